import { chiSquareSf } from '../stats/chiSquare';

export interface ChiSquareHomogeneityResult {
  /** Pearson's statistic Σ (O − E)²/E over the 2×k table. */
  statistic: number;
  /** Degrees of freedom (k − 1 for k categories). */
  df: number;
  /** P(χ²_df ≥ statistic); 1 when df = 0. */
  pValue: number;
}

/**
 * Pearson's chi-square test of homogeneity of two count rows over the same k categories, as
 * scipy.stats.chi2_contingency([reference, current], correction=False): expected counts
 * E_rc = (row total r)·(column total c)/N, statistic Σ (O − E)²/E, df = k − 1.
 * Categories must have a positive total (seen in either file) and both rows a positive total;
 * with a single category the statistic is 0 and the p-value 1, as in scipy.
 */
export function chiSquareHomogeneity(reference: readonly number[], current: readonly number[]): ChiSquareHomogeneityResult {
  const k = reference.length;
  if (k !== current.length || k === 0) throw new RangeError('chiSquareHomogeneity needs two count rows of one length');
  let r1 = 0;
  let r2 = 0;
  for (let c = 0; c < k; c++) {
    if (!(reference[c] + current[c] > 0)) throw new RangeError('every category needs a positive total');
    r1 += reference[c];
    r2 += current[c];
  }
  if (!(r1 > 0 && r2 > 0)) throw new RangeError('both rows need a positive total');
  const df = k - 1;
  if (df === 0) return { statistic: 0, df, pValue: 1 };
  const total = r1 + r2;
  let statistic = 0;
  for (let c = 0; c < k; c++) {
    const col = reference[c] + current[c];
    const e1 = (r1 * col) / total;
    const e2 = (r2 * col) / total;
    statistic += (reference[c] - e1) ** 2 / e1 + (current[c] - e2) ** 2 / e2;
  }
  return { statistic, df, pValue: chiSquareSf(statistic, df) };
}
