/** Formatting of the Drift lab's numbers for its UI strings. */

/** A share as a percentage with one decimal: 0.7466 → "74.7%". */
export const formatAccuracy = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** A PSI or KS statistic to three decimals. */
export const formatStat = (x: number): string => x.toFixed(3);

/** A p-value: 4 significant digits, or "< 1e-12" below that. */
export const formatP = (p: number): string => (p < 1e-12 ? '< 1e-12' : p < 1e-3 ? p.toExponential(2) : p.toPrecision(4));
