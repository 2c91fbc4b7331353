import { normalIsf } from './normal';
import { type Alternative, pValueFromT } from './pValue';
import { type RelativeLift, relativeLift } from './relativeLift';
import { studentTIsf } from './studentT';
import type { TestOptions } from './twoProportion';

/** Sufficient statistics of one arm of a continuous KPI (e.g. € per session, seconds per session). */
export interface SampleSummary {
  /** Sample mean, in the KPI's unit. */
  mean: number;
  /** Sample variance with the n − 1 denominator (ddof = 1), in the KPI's unit squared. */
  variance: number;
  /** Number of observations (integer ≥ 2). */
  count: number;
}

export interface WelchResult {
  meanA: number;
  meanB: number;
  /** Difference of means meanB − meanA, in the KPI's unit. */
  diff: number;
  /** Standard error √(sA²/nA + sB²/nB) of diff. */
  se: number;
  /** t = diff / se. */
  t: number;
  /** Welch–Satterthwaite degrees of freedom (fractional). */
  df: number;
  pValue: number;
  /** Two-sided 1 − α interval diff ± t_(df, 1−α/2)·se. */
  ci: [number, number];
  /** Relative lift meanB/meanA − 1 with its delta-method (normal) interval. */
  relative: RelativeLift;
}

/**
 * Welch's unequal-variances t-test of B against A from summary statistics, as
 * scipy.stats.ttest_ind(b, a, equal_var=False): t = (x̄B − x̄A)/√(sA²/nA + sB²/nB) with the
 * Welch–Satterthwaite degrees of freedom ν = (vA + vB)² / (vA²/(nA − 1) + vB²/(nB − 1)), vX = sX²/nX.
 * Returns NaN statistics when a count is below 2 or both variances are 0.
 */
export function welchTTest(a: SampleSummary, b: SampleSummary, options: TestOptions = {}): WelchResult {
  const alpha = options.alpha ?? 0.05;
  const alternative: Alternative = options.alternative ?? 'two-sided';
  const vA = a.variance / a.count;
  const vB = b.variance / b.count;
  const se = Math.sqrt(vA + vB);
  const diff = b.mean - a.mean;
  const valid = a.count >= 2 && b.count >= 2 && se > 0;
  const df = valid ? ((vA + vB) * (vA + vB)) / ((vA * vA) / (a.count - 1) + (vB * vB) / (b.count - 1)) : NaN;
  const t = valid ? diff / se : NaN;
  const critical = valid ? studentTIsf(alpha / 2, df) : NaN;
  return {
    meanA: a.mean,
    meanB: b.mean,
    diff,
    se,
    t,
    df,
    pValue: valid ? pValueFromT(t, df, alternative) : NaN,
    ci: [diff - critical * se, diff + critical * se],
    relative: relativeLift(a.mean, vA, b.mean, vB, normalIsf(alpha / 2)),
  };
}

/**
 * Mean and sample variance (ddof = 1) from running sums: mean = Σx/n,
 * s² = (Σx² − (Σx)²/n)/(n − 1), clamped at 0 against rounding. Units: those of x (and x²).
 */
export function summaryFromSums(count: number, sum: number, sumOfSquares: number): SampleSummary {
  const mean = count > 0 ? sum / count : NaN;
  const variance = count > 1 ? Math.max(0, (sumOfSquares - sum * mean) / (count - 1)) : NaN;
  return { mean, variance, count };
}
