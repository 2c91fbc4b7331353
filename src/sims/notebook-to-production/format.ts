import { formatPercent } from '../../lib/format';

/**
 * A latency for people: "0.42 ms", "3.14 ms", "18.3 ms", "152 ms", "1.2 s"; "–" when
 * not finite. Under 0.05 ms it reads "< 0.1 ms": browser timers tick every 0.1 ms at
 * best without cross-origin isolation, so such a value only says "faster than a tick".
 */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '–';
  if (ms < 0.05) return '< 0.1 ms';
  if (ms >= 1000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 100) return `${Math.round(ms)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

/** Samples per second with grouping and at most 3 significant digits: 12345 → "12,300". */
export function formatRate(perSecond: number): string {
  if (!Number.isFinite(perSecond) || perSecond < 0) return '–';
  const rounded = perSecond >= 100 ? Number(perSecond.toPrecision(3)) : Math.round(perSecond * 10) / 10;
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

/** An accuracy fraction with one decimal: 0.905 → "90.5%". */
export const formatAccuracy = (fraction: number) => formatPercent(fraction, 1);

/** A parameter count in thousands or millions: 32_197 → "32k", 3_205_125 → "3.2M". */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return '–';
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (n >= 1e3) return `${Math.round(n / 1e3)}k`;
  return String(n);
}
