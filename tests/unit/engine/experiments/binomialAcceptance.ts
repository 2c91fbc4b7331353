import { regularizedBeta } from '../../../../src/engine/stats/incompleteBeta';

/** P(X ≤ k) for X ~ Binomial(n, p): I_(1−p)(n − k, k + 1). */
function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  return regularizedBeta(1 - p, n - k, k + 1, p);
}

/**
 * The central acceptance region [lo, hi] (as rates k/n) that holds a Binomial(n, p) count with
 * probability at least `level`: each tail outside it has probability at most (1 − level)/2.
 */
export function binomialAcceptance(n: number, p: number, level = 0.99): [number, number] {
  const tail = (1 - level) / 2;
  let lo = 0;
  while (binomialCdf(lo, n, p) <= tail) lo++; // then P(X < lo) ≤ tail < P(X ≤ lo)
  let hi = lo;
  while (1 - binomialCdf(hi, n, p) > tail) hi++;
  return [lo / n, hi / n];
}
