import type { Guardrail } from '../../engine/rollout';

/** A whole count with thousands separators: 360668 → "360,668". */
export function formatCount(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–';
}

/** A guardrail value in its unit: percent with one decimal ("+12.3%"), or the fairness ratio ("1.32"). */
export function formatGuardrail(g: Guardrail, v: number): string {
  if (!Number.isFinite(v)) return '–';
  if (g === 'fairness') return v.toFixed(2);
  return `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(1)}%`;
}
