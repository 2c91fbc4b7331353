// When a PSI is large enough to call drift: a fixed rule of thumb, or a line that scales with the sample sizes.
import { chiSquareSf } from '../stats/chiSquare';
import type { ThresholdMode } from './config';

/** The rule-of-thumb floor kept under the scaled line, so very large samples do not alarm on trivial shifts. */
export const PSI_FLOOR = 0.1;
/** False-alarm rate per monitor per day of the scaled line (with 4 monitors, about 1.5 false alarms a year). */
export const PSI_ALPHA = 0.001;

/**
 * Quantile of the chi-square distribution with df degrees of freedom: the x with P(X > x) = upper, found
 * by bisection on chiSquareSf to a relative width of 1e-12. upper in (0, 1), df > 0.
 */
export function chiSquareQuantileUpper(upper: number, df: number): number {
  // A reference is rebuilt at every promotion (up to daily) and asks for the same few quantiles each time.
  const key = `${upper} ${df}`;
  let q = quantiles.get(key);
  if (q === undefined) {
    q = bisectChiSquareUpper(upper, df);
    if (quantiles.size < 64) quantiles.set(key, q);
  }
  return q;
}

const quantiles = new Map<string, number>();

function bisectChiSquareUpper(upper: number, df: number): number {
  let lo = 0;
  let hi = Math.max(1, df);
  while (chiSquareSf(hi, df) > upper) hi *= 2;
  while (hi - lo > 1e-12 * hi) {
    const mid = (lo + hi) / 2;
    if (chiSquareSf(mid, df) > upper) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The PSI alarm line for a feature with k bins (or categories) when a day of n events is compared with a
 * reference of m events. Fixed modes: 0.1 or 0.2 whatever n and m. Scaled: with no drift,
 * PSI ≈ Σ (c_i − r_i)²/p_i and PSI / (1/n + 1/m) is about χ²(k − 1), so the line is
 * max(PSI_FLOOR, χ²_{k−1} quantile at 1 − PSI_ALPHA · (1/n + 1/m)): it rises as the samples shrink.
 */
export function psiThreshold(mode: ThresholdMode, k: number, n: number, m: number): number {
  if (mode === 'fixed-0.1') return 0.1;
  if (mode === 'fixed-0.2') return 0.2;
  return Math.max(PSI_FLOOR, chiSquareQuantileUpper(PSI_ALPHA, Math.max(1, k - 1)) * (1 / n + 1 / m));
}

/** Expected PSI with no drift between a day of n and a reference of m events over k bins: (k − 1)·(1/n + 1/m). */
export function noDriftPsiMean(k: number, n: number, m: number): number {
  return (k - 1) * (1 / n + 1 / m);
}
