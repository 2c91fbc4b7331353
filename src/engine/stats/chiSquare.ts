import { regularizedGammaP, regularizedGammaQ } from './incompleteGamma';

/** CDF of the chi-square distribution with k > 0 degrees of freedom: P(X ≤ x) = P(k/2, x/2) (regularized lower incomplete gamma). */
export function chiSquareCdf(x: number, df: number): number {
  if (x <= 0) return 0;
  return regularizedGammaP(0.5 * df, 0.5 * x);
}

/**
 * Survival function of the chi-square distribution with k > 0 degrees of freedom:
 * P(X > x) = Q(k/2, x/2) (regularized upper incomplete gamma), computed directly so that
 * p-values of 1e-10 and below keep full relative precision.
 */
export function chiSquareSf(x: number, df: number): number {
  if (x <= 0) return 1;
  return regularizedGammaQ(0.5 * df, 0.5 * x);
}
