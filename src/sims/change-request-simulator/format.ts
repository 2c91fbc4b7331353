/** Person-days or value points with at most one decimal: 6 → "6", 38.475 → "38.5", 1.25 → "1.3" (half away from zero). */
export function formatAmount(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const rounded = Math.round(Math.abs(value) * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return value < 0 && rounded !== 0 ? `\u2212${text}` : text;
}
