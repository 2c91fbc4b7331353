// Two-sample Kolmogorov–Smirnov test with the p-value of scipy.stats.ks_2samp's default
// (alternative='two-sided', method='auto'). Read scipy 1.17's _stats_py.py to see what that is:
// exact when both samples have at most 10,000 values; otherwise the finite-n distribution kstwo
// at the effective size round(m·n/(m + n)), NOT the limiting Kolmogorov distribution kstwobign.
import { probOutsideBand, probOutsideSquare } from './ksExact';
import { kolmogorovSf } from './kolmogorov';

/** scipy's `auto` switch: exact when max(n1, n2) ≤ this. */
export const KS_EXACT_MAX_N = 10_000;

export interface KsResult {
  /** D = sup_x |F1(x) − F2(x)|, the largest gap between the two empirical CDFs (in [0, 1]). */
  statistic: number;
  /** Two-sided p-value P(D ≥ observed) under H0 (both samples from one continuous distribution). */
  pValue: number;
  /** Which null distribution gave the p-value. */
  method: 'exact' | 'asymptotic';
  /** Sample sizes. */
  n1: number;
  n2: number;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Rounds half to even, like numpy's np.round (scipy rounds the effective size with it). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * The KS statistic of two ascending-sorted samples: D = max over all observed values v of
 * |#{a ≤ v}/n1 − #{b ≤ v}/n2| (ties handled as scipy's searchsorted(side='right') does), by one
 * merge pass, O(n1 + n2). Samples must be sorted and free of NaN.
 */
export function ksStatistic(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < n1 || j < n2) {
    const v = j >= n2 || (i < n1 && a[i] <= b[j]) ? a[i] : b[j];
    while (i < n1 && a[i] <= v) i++;
    while (j < n2 && b[j] <= v) j++;
    const diff = Math.abs(i / n1 - j / n2);
    if (diff > d) d = diff;
  }
  return d;
}

/**
 * P(D ≥ d) for sample sizes n1, n2 as ks_2samp(method='auto') computes it. Exact (max(n1, n2) ≤ 10⁴):
 * d is snapped to h/lcm(n1, n2) with h = round(d·lcm); equal sizes use the reflection formula, unequal
 * ones the lattice-path recursion; a result outside [0, 1] falls back to the asymptotic branch.
 * Asymptotic: kolmogorovSf(round(n1·n2/(n1 + n2)), d), the one-sample two-sided distribution at the
 * effective size (Smirnov). Returns the possibly snapped statistic with the p-value.
 */
export function ksPValue(d: number, n1: number, n2: number): { statistic: number; pValue: number; method: KsResult['method'] } {
  if (Math.max(n1, n2) <= KS_EXACT_MAX_N) {
    const g = gcd(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = roundHalfEven(d * lcm);
    const snapped = h / lcm;
    if (h === 0) return { statistic: snapped, pValue: 1, method: 'exact' };
    const p = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideBand(n1, n2, g, h);
    if (p >= 0 && p <= 1) return { statistic: snapped, pValue: p, method: 'exact' };
    d = snapped;
  }
  const [m, n] = n1 >= n2 ? [n1, n2] : [n2, n1];
  const en = (m * n) / (m + n);
  return { statistic: d, pValue: Math.min(1, Math.max(0, kolmogorovSf(roundHalfEven(en), d))), method: 'asymptotic' };
}

/**
 * Two-sample Kolmogorov–Smirnov test of H0 "a and b come from the same continuous distribution",
 * matching scipy.stats.ks_2samp(a, b) (two-sided, method='auto'). Inputs must be ascending-sorted,
 * non-empty and NaN-free (values in any unit, the same for both).
 */
export function ks2Samp(a: ArrayLike<number>, b: ArrayLike<number>): KsResult {
  if (a.length === 0 || b.length === 0) throw new RangeError('ks2Samp needs two non-empty samples');
  const { statistic, pValue, method } = ksPValue(ksStatistic(a, b), a.length, b.length);
  return { statistic, pValue, method, n1: a.length, n2: b.length };
}
