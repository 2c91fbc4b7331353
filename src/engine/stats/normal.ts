import { erfc } from './erf';

const SQRT2 = Math.SQRT2;
const SQRT_2PI = Math.sqrt(2 * Math.PI);

/** Standard normal density φ(z) = e^(−z²/2) / √(2π), z in standard deviations. */
export function normalPdf(z: number): number {
  return Math.exp(-0.5 * z * z) / SQRT_2PI;
}

/** Standard normal CDF Φ(z) = P(Z ≤ z) = erfc(−z/√2)/2; full relative precision in the lower tail. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / SQRT2);
}

/** Standard normal survival function 1 − Φ(z) = P(Z > z) = erfc(z/√2)/2; full relative precision in the upper tail. */
export function normalSf(z: number): number {
  return 0.5 * erfc(z / SQRT2);
}

// P. J. Acklam's rational approximation of Φ⁻¹ (relative error < 1.2e-9): the initial guess.
const AA = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
const AB = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const AC = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const AD = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

/** Acklam's approximation for p in (0, 0.5]. */
function acklamLower(p: number): number {
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((AC[0] * q + AC[1]) * q + AC[2]) * q + AC[3]) * q + AC[4]) * q + AC[5]) /
      ((((AD[0] * q + AD[1]) * q + AD[2]) * q + AD[3]) * q + 1)
    );
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((AA[0] * r + AA[1]) * r + AA[2]) * r + AA[3]) * r + AA[4]) * r + AA[5]) * q) /
    (((((AB[0] * r + AB[1]) * r + AB[2]) * r + AB[3]) * r + AB[4]) * r + 1)
  );
}

/** Φ⁻¹(p) for p in (0, 0.5]: Acklam's guess refined by Halley steps on Φ(x) − p. */
function lowerQuantile(p: number): number {
  let x = acklamLower(p);
  for (let i = 0; i < 3; i++) {
    const density = normalPdf(x);
    if (density === 0) break;
    const u = (normalCdf(x) - p) / density;
    const step = u / (1 + 0.5 * x * u);
    x -= step;
    if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(x))) break;
  }
  return x;
}

/**
 * Standard normal quantile Φ⁻¹(p): the z with P(Z ≤ z) = p, for a probability p in [0, 1]
 * (±Infinity at the ends). Acklam's rational guess plus Halley refinement, which gives
 * full double precision. For upper-tail probabilities below ~1e-16 use normalIsf.
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  return p <= 0.5 ? lowerQuantile(p) : -lowerQuantile(1 - p);
}

/**
 * Inverse survival function: the z with P(Z > z) = q, for q in [0, 1]. Exact for tiny q
 * (e.g. z for q = 1e-12), where 1 − q would lose precision. Example: normalIsf(0.025) = 1.959964.
 */
export function normalIsf(q: number): number {
  return -normalQuantile(q);
}
