/** A relative lift R − 1 = mB/mA − 1 with its delta-method standard error and interval. */
export interface RelativeLift {
  /** Point estimate mB/mA − 1 (a fraction: 0.05 = +5 %). */
  lift: number;
  /** Delta-method standard error of the ratio mB/mA (same units as lift). */
  se: number;
  /** Symmetric interval lift ± z·se. */
  ci: [number, number];
}

/**
 * Relative lift of B over A, mB/mA − 1, with a confidence interval by the delta method on the
 * ratio R = mB/mA (first-order Taylor expansion, A and B independent):
 * Var(R) ≈ Var(mB)/mA² + mB²·Var(mA)/mA⁴, interval (R − 1) ± z·√Var(R).
 * Chosen over Fieller's interval for its simplicity; it is symmetric and needs mA well away from 0
 * (mA/SE(mA) large), which holds for the traffic of an online test. varMeanA and varMeanB are the
 * variances of the two means (e.g. p(1 − p)/n, or s²/n), z the normal critical value (1.96 for 95 %).
 * Returns NaN fields when mA = 0.
 */
export function relativeLift(meanA: number, varMeanA: number, meanB: number, varMeanB: number, z: number): RelativeLift {
  if (meanA === 0) return { lift: NaN, se: NaN, ci: [NaN, NaN] };
  const ratio = meanB / meanA;
  const se = Math.sqrt(varMeanB / (meanA * meanA) + (meanB * meanB * varMeanA) / (meanA * meanA * meanA * meanA));
  return { lift: ratio - 1, se, ci: [ratio - 1 - z * se, ratio - 1 + z * se] };
}
