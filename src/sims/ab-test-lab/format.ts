import { groupThousands } from '../../lib/format';

/** Number formats shared by the experiment labs: p-values and signed differences. */

const MINUS = '\u2212';

/**
 * A p-value as statisticians write it: "p < 0.001", "p = 0.003", "p = 0.27". Rounding never
 * moves a value across alpha: 0.0499 is shown as "p = 0.0499", not "p = 0.050".
 */
export function formatPValue(p: number, alpha = 0.05): string {
  if (!Number.isFinite(p)) return 'p not available';
  if (p < 0.001) return 'p < 0.001';
  let decimals = p < 0.1 ? 3 : 2;
  let text = p.toFixed(decimals);
  while (decimals < 6 && p < alpha !== Number(text) < alpha) text = p.toFixed(++decimals);
  return `p = ${text}`;
}

/** A signed number with a real minus sign: +0.52, −1.30, 0.00. */
export function formatSigned(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '–';
  const text = Math.abs(value).toFixed(decimals);
  if (Number(text) === 0) return text;
  return (value < 0 ? MINUS : '+') + text;
}

/** A whole count with thousands separators: 31234 → "31,234" (no Intl, see groupThousands). */
export function formatCount(value: number): string {
  return groupThousands(value);
}
