/**
 * A p-value with three significant digits: "0.0312", "0.500", and in scientific notation below 0.001
 * ("1.23e-7"); "< 1e-300" when it underflowed to 0; "–" when not defined.
 */
export function pValueText(p: number): string {
  if (!Number.isFinite(p)) return '–';
  if (p === 0) return '< 1e-300';
  if (p < 0.001) return p.toExponential(2);
  return p.toPrecision(3);
}
