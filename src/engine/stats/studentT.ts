import { regularizedBeta } from './incompleteBeta';
import { logBeta } from './logGamma';
import { normalCdf, normalIsf, normalPdf, normalSf } from './normal';

/**
 * Density of Student's t with ν > 0 degrees of freedom (ν may be fractional, e.g. Welch's df):
 * f(t) = (1 + t²/ν)^(−(ν+1)/2) / (√ν · B(ν/2, ½)). ν = Infinity gives the standard normal density.
 */
export function studentTPdf(t: number, df: number): number {
  if (df === Infinity) return normalPdf(t);
  return Math.exp(-0.5 * (df + 1) * Math.log1p((t * t) / df) - logBeta(0.5 * df, 0.5)) / Math.sqrt(df);
}

/**
 * Survival function P(T > t) of Student's t with ν > 0 degrees of freedom:
 * for t > 0 it is ½ I_x(ν/2, ½) with x = ν/(ν + t²) (regularized incomplete beta), which keeps full
 * relative precision in the upper tail (p ~ 1e-10 and below).
 */
export function studentTSf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (df === Infinity) return normalSf(t);
  if (t === 0) return 0.5;
  if (t < 0) return 1 - studentTSf(-t, df);
  const t2 = t * t;
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  return 0.5 * regularizedBeta(x, 0.5 * df, 0.5, y);
}

/** CDF P(T ≤ t) of Student's t with ν > 0 degrees of freedom; precise in the lower tail (= sf(−t)). */
export function studentTCdf(t: number, df: number): number {
  if (df === Infinity) return normalCdf(t);
  return studentTSf(-t, df);
}

/** Initial guess for the upper quantile t with P(T > t) = q, q in (0, ½): exact for ν = 1, 2, else Cornish–Fisher. */
function initialGuess(q: number, df: number): number {
  if (df === 1) return 1 / Math.tan(Math.PI * q);
  if (df === 2) return (1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
  const z = normalIsf(q);
  const z2 = z * z;
  const g1 = (z2 + 1) * z / 4;
  const g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
  const g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
  const guess = z + g1 / df + g2 / (df * df) + g3 / (df * df * df);
  return guess > 0 && Number.isFinite(guess) ? guess : z;
}

/**
 * Upper quantile (inverse survival function) of Student's t: the t ≥ 0 with P(T > t) = q, for
 * q in (0, ½]. Cornish–Fisher (or the closed form for ν = 1, 2) as a start, then Newton steps on
 * h(u) = ln sf(eᵘ) − ln q in u = ln t, safeguarded by bisection; relative precision ~1e-14
 * even for q = 1e-12 and ν = 1.
 */
function upperQuantile(q: number, df: number): number {
  if (q === 0.5) return 0;
  const logQ = Math.log(q);
  let u = Math.log(initialGuess(q, df));
  let lo = -Infinity; // h(lo) > 0: t too small
  let hi = Infinity; // h(hi) < 0: t too large
  for (let i = 0; i < 200; i++) {
    const t = Math.exp(u);
    const sf = studentTSf(t, df);
    const h = Math.log(sf) - logQ;
    if (h === 0) return t;
    if (h > 0) lo = u;
    else hi = u;
    const slope = (-t * studentTPdf(t, df)) / sf;
    const step = h / slope;
    // Converged: test before the bracket, or a sub-rounding step that lands on a bracket end would bisect away.
    if (Math.abs(step) <= 2e-16 * Math.max(1, Math.abs(u))) return Math.exp(u - step);
    let next = u - step;
    if (!Number.isFinite(next) || next <= lo || next >= hi) {
      if (Number.isFinite(lo) && Number.isFinite(hi)) next = 0.5 * (lo + hi);
      else next = Number.isFinite(lo) ? lo + 2 : hi - 2;
    }
    u = next;
  }
  return Math.exp(u);
}

/**
 * Quantile of Student's t with ν > 0 degrees of freedom: the t with P(T ≤ t) = p, p in [0, 1]
 * (±Infinity at the ends). Example: studentTQuantile(0.975, 10) = 2.228139.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p >= 0 && p <= 1) || !(df > 0)) return NaN;
  if (df === Infinity) return -normalIsf(p);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  return p < 0.5 ? -upperQuantile(p, df) : upperQuantile(1 - p, df);
}

/** Inverse survival function of Student's t: the t with P(T > t) = q; exact for tiny q (no 1 − q rounding). */
export function studentTIsf(q: number, df: number): number {
  if (!(q >= 0 && q <= 1) || !(df > 0)) return NaN;
  if (df === Infinity) return normalIsf(q);
  if (q === 0) return Infinity;
  if (q === 1) return -Infinity;
  return q <= 0.5 ? upperQuantile(q, df) : -upperQuantile(1 - q, df);
}
