import { normalCdf, normalIsf, normalQuantile } from './normal';
import type { Alternative } from './pValue';

export interface PowerInput {
  /** True conversion rates (fractions) of A and B. */
  rateA: number;
  rateB: number;
  /** Visitors per arm. */
  visitorsA: number;
  visitorsB: number;
  /** Significance level, default 0.05. */
  alpha?: number;
  /** Alternative of the planned test, default 'two-sided'. */
  alternative?: Alternative;
}

/**
 * Power (probability of rejecting H0, in [0, 1]) of the pooled two-proportion z-test when the true
 * rates are rateA and rateB, under the normal approximation. The test rejects when
 * |p̂B − p̂A| ≥ z·σ0 with σ0² = p̄(1 − p̄)(1/nA + 1/nB), p̄ = (nA·pA + nB·pB)/(nA + nB); under H1,
 * p̂B − p̂A ~ N(δ, σ1²), δ = pB − pA, σ1² = pA(1 − pA)/nA + pB(1 − pB)/nB. Hence
 * power = Φ((δ − z·σ0)/σ1) + Φ((−δ − z·σ0)/σ1) two-sided (z = z_(1−α/2), both tails counted),
 * Φ((δ − z·σ0)/σ1) for 'greater' and Φ((−δ − z·σ0)/σ1) for 'less' (z = z_(1−α)).
 */
export function twoProportionPower(input: PowerInput): number {
  const { rateA: pA, rateB: pB, visitorsA: nA, visitorsB: nB } = input;
  const alpha = input.alpha ?? 0.05;
  const alternative = input.alternative ?? 'two-sided';
  const delta = pB - pA;
  const pBar = (nA * pA + nB * pB) / (nA + nB);
  const sigma0 = Math.sqrt(pBar * (1 - pBar) * (1 / nA + 1 / nB));
  const sigma1 = Math.sqrt((pA * (1 - pA)) / nA + (pB * (1 - pB)) / nB);
  if (alternative === 'two-sided') {
    const z = normalIsf(alpha / 2);
    return normalCdf((delta - z * sigma0) / sigma1) + normalCdf((-delta - z * sigma0) / sigma1);
  }
  const z = normalIsf(alpha);
  return normalCdf(((alternative === 'greater' ? delta : -delta) - z * sigma0) / sigma1);
}

export interface SampleSizeInput {
  /** Baseline conversion rate p1 of A (a fraction in (0, 1)). */
  baseline: number;
  /** Minimum detectable effect, absolute: δ = p2 − p1 (0.005 = half a percentage point); may be negative. */
  mde: number;
  /** Significance level, default 0.05. */
  alpha?: number;
  /** Target power 1 − β, default 0.8. */
  power?: number;
  /** 2 for a two-sided test (default), 1 for a one-sided test in the direction of δ. */
  sides?: 1 | 2;
}

/** The unrounded sample size per variant of the standard formula (see sampleSizePerVariant). */
function sampleSizeExact(p1: number, delta: number, alpha: number, power: number, sides: 1 | 2): number {
  const p2 = p1 + delta;
  const pBar = (p1 + p2) / 2;
  const zAlpha = normalIsf(sides === 2 ? alpha / 2 : alpha);
  const zBeta = normalQuantile(power);
  const root = zAlpha * Math.sqrt(2 * pBar * (1 - pBar)) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  return (root * root) / (delta * delta);
}

/**
 * Visitors needed in EACH of two equal arms to detect an absolute change δ from baseline p1 with the
 * pooled two-proportion z-test (normal approximation, no continuity correction; Fleiss' formula):
 * n = ⌈(z_(1−α/s)·√(2p̄(1 − p̄)) + z_(1−β)·√(p1(1 − p1) + p2(1 − p2)))² / δ²⌉, p2 = p1 + δ,
 * p̄ = (p1 + p2)/2, s = number of sides. Example: p1 = 0.10, δ = 0.05, α = 0.05, power 0.8 → 686.
 * We use this rather than Cohen's h (arcsine) so that it matches twoProportionPower and the test shown.
 */
export function sampleSizePerVariant(input: SampleSizeInput): number {
  const { baseline, mde } = input;
  const p2 = baseline + mde;
  if (!(baseline > 0 && baseline < 1) || !(p2 > 0 && p2 < 1) || mde === 0) {
    throw new RangeError('sampleSizePerVariant needs 0 < baseline, baseline + mde < 1 and mde ≠ 0');
  }
  return Math.ceil(sampleSizeExact(baseline, mde, input.alpha ?? 0.05, input.power ?? 0.8, input.sides ?? 2));
}

export interface MdeInput {
  /** Baseline conversion rate p1 (a fraction in (0, 1)). */
  baseline: number;
  /** Visitors per variant (equal arms). */
  visitorsPerVariant: number;
  alpha?: number;
  power?: number;
  sides?: 1 | 2;
}

/**
 * Minimum detectable effect: the smallest absolute increase δ > 0 (a fraction of visitors, e.g. 0.004)
 * that the sample-size formula above says n visitors per variant detect with the given power, i.e. the
 * root of n(δ) = visitorsPerVariant, found by bisection. NaN when even δ = 1 − p1 is not detectable.
 */
export function minimumDetectableEffect(input: MdeInput): number {
  const { baseline, visitorsPerVariant: n } = input;
  const alpha = input.alpha ?? 0.05;
  const power = input.power ?? 0.8;
  const sides = input.sides ?? 2;
  let lo = 1e-12;
  let hi = 1 - baseline - 1e-12;
  if (sampleSizeExact(baseline, hi, alpha, power, sides) > n) return NaN;
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = 0.5 * (lo + hi);
    if (sampleSizeExact(baseline, mid, alpha, power, sides) > n) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}
