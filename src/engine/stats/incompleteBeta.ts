import { logBeta } from './logGamma';

const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITER = 100_000;

/**
 * Continued fraction for I_x(a, b) (Numerical Recipes betacf), evaluated with the modified
 * Lentz method; converges quickly for x < (a + 1)/(a + b + 2).
 */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_ITER; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return h;
}

/** ln of x^a y^b / (a B(a, b)) with y = 1 − x given separately. */
function logFront(a: number, b: number, x: number, y: number): number {
  const logX = x > 0.5 ? Math.log1p(-y) : Math.log(x);
  const logY = y > 0.5 ? Math.log1p(-x) : Math.log(y);
  return a * logX + b * logY - logBeta(a, b) - Math.log(a);
}

/**
 * Regularized incomplete beta I_x(a, b) = (1/B(a, b)) ∫₀ˣ t^(a−1)(1 − t)^(b−1) dt, for a, b > 0 and
 * x in [0, 1] (dimensionless, in [0, 1]). Pass y = 1 − x when it is known more precisely than
 * 1 − x (e.g. t²/(ν + t²) for the t distribution). Continued fraction of Numerical Recipes (modified
 * Lentz), on I_x(a, b) directly when x < (a + 1)/(a + b + 2), else through 1 − I_y(b, a); the branch
 * that is evaluated directly keeps full relative precision when the result is small.
 */
export function regularizedBeta(x: number, a: number, b: number, y: number = 1 - x): number {
  if (!(a > 0 && b > 0) || !(x >= 0 && x <= 1)) return NaN;
  if (x === 0) return 0;
  if (y <= 0) return 1;
  if (x < (a + 1) / (a + b + 2)) {
    return Math.exp(logFront(a, b, x, y)) * betaContinuedFraction(a, b, x);
  }
  return 1 - Math.exp(logFront(b, a, y, x)) * betaContinuedFraction(b, a, y);
}

/**
 * The complement 1 − I_x(a, b) = I_y(b, a) with y = 1 − x, computed without cancellation when it is small.
 */
export function regularizedBetaComplement(x: number, a: number, b: number, y: number = 1 - x): number {
  return regularizedBeta(y, b, a, x);
}
