import { chiSquareSf } from './chiSquare';

export interface SampleRatioMismatchResult {
  /** Pearson statistic Σ (observed − expected)² / expected. */
  chiSquare: number;
  /** Degrees of freedom: number of arms − 1. */
  df: number;
  /** P(χ²_df > statistic); a tiny value (e.g. < 0.001) flags a broken split. */
  pValue: number;
}

/**
 * Sample-ratio-mismatch check: Pearson's chi-square goodness-of-fit test of the visitor counts per
 * arm against the configured traffic shares, as scipy.stats.chisquare(observed, total·share).
 * observed: visitors per arm (counts); shares: intended fractions per arm (normalised to sum to 1).
 */
export function sampleRatioMismatch(observed: readonly number[], shares: readonly number[]): SampleRatioMismatchResult {
  if (observed.length !== shares.length || observed.length < 2) {
    throw new RangeError('sampleRatioMismatch needs one share per arm and at least two arms');
  }
  const total = observed.reduce((s, x) => s + x, 0);
  const shareSum = shares.reduce((s, x) => s + x, 0);
  let chiSquare = 0;
  for (let i = 0; i < observed.length; i++) {
    const expected = (total * shares[i]) / shareSum;
    chiSquare += ((observed[i] - expected) * (observed[i] - expected)) / expected;
  }
  const df = observed.length - 1;
  return { chiSquare, df, pValue: chiSquareSf(chiSquare, df) };
}
