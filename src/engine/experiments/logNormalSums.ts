import { randomLogNormal, randomNormal } from 'd3-random';
import type { Rng } from '../random/rng';

/** A skewed, positive KPI per unit (order value in €, session length in s): log-normal with this arithmetic mean. */
export interface LogNormalKpi {
  /** Arithmetic mean E[X], in the KPI's unit. */
  mean: number;
  /** Standard deviation of ln X (shape; 1 means a long right tail). At most 1.5. */
  sigma: number;
}

/** Running sums of n draws: Σx and Σx², enough for a mean and a sample variance. */
export interface SumPair {
  sum: number;
  sumOfSquares: number;
}

/** Below this many draws the sums are drawn exactly, one value at a time. */
export const EXACT_BELOW = 2000;

/** μ = ln(mean) − σ²/2, the log-scale location giving a log-normal the arithmetic mean `mean`. */
export function logNormalMu(mean: number, sigma: number): number {
  return Math.log(mean) - 0.5 * sigma * sigma;
}

/**
 * Returns a sampler of (Σx, Σx²) for n i.i.d. log-normal draws X = e^(μ + σZ), bound to `rng`.
 * For n < EXACT_BELOW it sums n draws. Above, by the central limit theorem, (Σx, Σx²) is bivariate
 * normal with mean n·(m₁, m₂) and covariance n·[[m₂ − m₁², m₃ − m₁m₂], [m₃ − m₁m₂, m₄ − m₂²]], using the
 * exact moments m_k = e^(kμ + k²σ²/2); it is drawn by Cholesky from two standard normals, and redrawn
 * in the rare case that it implies a negative sample variance. The Σx² margin converges slowly for
 * heavy tails (its skewness is of order e^(3σ²)/√n), which is why σ is capped at 1.5 and the exact
 * path covers n below 2,000. Cost: O(1) per call above the threshold.
 */
export function createLogNormalSums(rng: Rng): (n: number, mu: number, sigma: number) => SumPair {
  const normal = randomNormal.source(rng)(0, 1);
  const logNormal = randomLogNormal.source(rng);
  return (n, mu, sigma) => {
    if (n <= 0) return { sum: 0, sumOfSquares: 0 };
    if (n < EXACT_BELOW) {
      const draw = logNormal(mu, sigma);
      let sum = 0;
      let sumOfSquares = 0;
      for (let i = 0; i < n; i++) {
        const x = draw();
        sum += x;
        sumOfSquares += x * x;
      }
      return { sum, sumOfSquares };
    }
    const s2 = sigma * sigma;
    const m1 = Math.exp(mu + 0.5 * s2);
    const m2 = Math.exp(2 * mu + 2 * s2);
    // Covariance entries written with expm1 so that small σ does not cancel.
    const v11 = m1 * m1 * Math.expm1(s2);
    const v12 = Math.exp(3 * mu + 2.5 * s2) * Math.expm1(2 * s2);
    const v22 = Math.exp(4 * mu + 4 * s2) * Math.expm1(4 * s2);
    const l11 = Math.sqrt(v11);
    const l21 = v12 / l11;
    const l22 = Math.sqrt(Math.max(0, v22 - l21 * l21));
    const root = Math.sqrt(n);
    let sum = n * m1;
    let sumOfSquares = n * m2;
    for (let attempt = 0; attempt < 20; attempt++) {
      const z1 = normal();
      const z2 = normal();
      sum = n * m1 + root * l11 * z1;
      sumOfSquares = n * m2 + root * (l21 * z1 + l22 * z2);
      if (sum > 0 && sumOfSquares * n >= sum * sum) break;
    }
    return { sum, sumOfSquares: Math.max(sumOfSquares, (sum * sum) / n) };
  };
}
