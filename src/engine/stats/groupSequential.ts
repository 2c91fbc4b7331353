import { normalIsf, normalPdf, normalSf } from './normal';

/** Boundaries beyond this |z| are treated as "never stop" when the continuation region is gridded. */
const MAX_Z = 40;

/**
 * Cumulative two-sided type I error spent by information fraction t in (0, 1] under the Lan–DeMets
 * O'Brien–Fleming-type spending function, each side spending α/2 through
 * f(t; α/2) = 2 − 2Φ(z_(1−α/4)/√t) (the convention of R's ldbounds and gsDesign's sfLDOF):
 * total α(t) = 4·(1 − Φ(z_(1−α/4)/√t)). α(1) = α; almost nothing is spent early.
 */
export function obrienFlemingSpent(t: number, alpha: number): number {
  if (t <= 0) return 0;
  return 4 * normalSf(normalIsf(alpha / 4) / Math.sqrt(Math.min(t, 1)));
}

export interface SequentialDesign {
  informationFractions: number[];
  /** Critical |z| at each look: stop and reject H0 when |Z_k| ≥ boundaries[k] (Infinity: cannot stop). */
  boundaries: number[];
  /** Two-sided type I error spent up to and including each look, α(t_k). */
  cumulativeAlpha: number[];
  /** The two-sided nominal p-value threshold at each look, 2·(1 − Φ(c_k)). */
  nominalAlpha: number[];
}

/** Simpson weights times the sub-density of the score on a uniform grid over [−b, b]. */
interface GriddedDensity {
  points: Float64Array;
  weighted: Float64Array;
}

function simpsonGrid(bound: number, spacing: number): { points: Float64Array; weights: Float64Array } {
  const m = 2 * Math.max(1, Math.ceil(bound / spacing)) + 1;
  const h = (2 * bound) / (m - 1);
  const points = new Float64Array(m);
  const weights = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    points[i] = -bound + i * h;
    weights[i] = ((i === 0 || i === m - 1 ? 1 : i % 2 === 1 ? 4 : 2) * h) / 3;
  }
  return { points, weights };
}

/**
 * Sub-density at `points` of S_k = S_(k−1) + N(0, sd²): g_k(s) = Σ_i w_i g_(k−1)(u_i) φ((s − u_i)/sd)/sd.
 * On the uniform grid u_i the Gaussian kernel obeys K(d − h) = K(d)·e^((2dh − h²)/(2sd²)), whose ratio
 * shrinks by e^(−h²/sd²) per step, so each row is built outward from its peak with two multiplications
 * per term instead of an exp (values only decrease outward, so underflow to 0 is harmless).
 */
function propagate(previous: GriddedDensity, points: Float64Array, sd: number): Float64Array {
  const u = previous.points;
  const w = previous.weighted;
  const m = u.length;
  const h = m > 1 ? u[1] - u[0] : 1;
  const inv2v = 1 / (2 * sd * sd);
  const shrink = Math.exp(-h * h * 2 * inv2v);
  const out = new Float64Array(points.length);
  for (let j = 0; j < points.length; j++) {
    const s = points[j];
    const i0 = Math.min(m - 1, Math.max(0, Math.round((s - u[0]) / h)));
    const d0 = s - u[i0];
    const k0 = Math.exp(-d0 * d0 * inv2v);
    let sum = w[i0] * k0;
    // rightwards: d decreases by h each step
    let k = k0;
    let ratio = Math.exp((2 * d0 * h - h * h) * inv2v);
    for (let i = i0 + 1; i < m && k > 0; i++) {
      k *= ratio;
      ratio *= shrink;
      sum += w[i] * k;
    }
    // leftwards: d increases by h each step
    k = k0;
    ratio = Math.exp((-2 * d0 * h - h * h) * inv2v);
    for (let i = i0 - 1; i >= 0 && k > 0; i--) {
      k *= ratio;
      ratio *= shrink;
      sum += w[i] * k;
    }
    out[j] = sum / (sd * Math.sqrt(2 * Math.PI));
  }
  return out;
}

/** P(still running at look k − 1 and |Z_k| ≥ c) and its derivative in c; score increment s.d. `sd`. */
function crossing(density: GriddedDensity, c: number, rootT: number, sd: number): [number, number] {
  const b = c * rootT;
  let p = 0;
  let dp = 0;
  for (let i = 0; i < density.points.length; i++) {
    const s = density.points[i];
    const w = density.weighted[i];
    p += w * (normalSf((b - s) / sd) + normalSf((b + s) / sd));
    dp -= w * (normalPdf((b - s) / sd) + normalPdf((b + s) / sd));
  }
  return [p, (dp * rootT) / sd];
}

/** The c with crossing(c) = target: Newton on ln crossing, bracketed in [0, z_(1−target/2)]. */
function solveBoundary(density: GriddedDensity, target: number, rootT: number, sd: number): number {
  let lo = 0;
  let hi = normalIsf(target / 2); // crossing(c) ≤ 2(1 − Φ(c)) so the root lies below
  let c = hi;
  const logTarget = Math.log(target);
  for (let i = 0; i < 100; i++) {
    const [p, dp] = crossing(density, c, rootT, sd);
    const f = Math.log(p) - logTarget;
    if (f > 0) lo = c;
    else hi = c;
    const step = f / (dp / p);
    // Converged: test before the bracket, or a sub-rounding step that lands on a bracket end would bisect away.
    if (f === 0 || Math.abs(step) < 1e-12) return c - step;
    let next = c - step;
    if (!Number.isFinite(next) || next <= lo || next >= hi) next = 0.5 * (lo + hi);
    c = next;
  }
  return c;
}

/**
 * Two-sided symmetric group-sequential boundaries for looks at the given information fractions
 * (increasing, last = 1; e.g. k/K for K equal looks), with Lan–DeMets O'Brien–Fleming-type alpha
 * spending (obrienFlemingSpent). The look-k boundary c_k solves
 * P(|Z_1| < c_1, …, |Z_(k−1)| < c_(k−1), |Z_k| ≥ c_k) = α(t_k) − α(t_(k−1)) under H0, where the score
 * S_k = Z_k·√t_k has independent N(0, t_k − t_(k−1)) increments. The sub-density of S_k on the
 * continuation region is propagated by recursive numerical integration (Armitage, McPherson & Rowe
 * 1969; Jennison & Turnbull 2000, ch. 19) with Simpson's rule on a uniform grid of `pointsPerSd`
 * points per increment standard deviation; each c_k by safeguarded Newton on the log crossing
 * probability. Agrees with R ldbounds to its printed 4 decimals.
 */
export function lanDeMetsBoundaries(informationFractions: readonly number[], alpha = 0.05, pointsPerSd = 12): SequentialDesign {
  const ts = [...informationFractions];
  ts.forEach((t, k) => {
    if (!(t > (k ? ts[k - 1] : 0) && t <= 1)) throw new RangeError('information fractions must increase within (0, 1]');
  });
  const cumulativeAlpha = ts.map((t) => obrienFlemingSpent(t, alpha));
  const boundaries: number[] = [];
  let density: GriddedDensity | null = null;
  let previousT = 0;
  for (let k = 0; k < ts.length; k++) {
    const t = ts[k];
    const sd = Math.sqrt(t - previousT);
    const rootT = Math.sqrt(t);
    const target = cumulativeAlpha[k] - (k ? cumulativeAlpha[k - 1] : 0);
    let c: number;
    if (!(target > 1e-300)) c = Infinity;
    else if (density === null) c = normalIsf(target / 2);
    else c = solveBoundary(density, target, rootT, sd);
    boundaries.push(c);
    if (k === ts.length - 1) break;

    const nextSd = Math.sqrt(ts[k + 1] - t);
    const bound = Math.min(c, MAX_Z) * rootT;
    const { points, weights } = simpsonGrid(bound, Math.min(sd, nextSd) / pointsPerSd);
    const g = density === null ? points.map((s) => normalPdf(s / sd) / sd) : propagate(density, points, sd);
    for (let j = 0; j < points.length; j++) weights[j] *= g[j];
    density = { points, weighted: weights };
    previousT = t;
  }
  return {
    informationFractions: ts,
    boundaries,
    cumulativeAlpha,
    nominalAlpha: boundaries.map((c) => 2 * normalSf(c)),
  };
}
