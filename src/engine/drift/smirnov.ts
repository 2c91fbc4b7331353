import { logGamma } from '../stats/logGamma';

/** ln of the smallest normal double's neighbourhood: below this e^x underflows (cephes MINLOG). */
const MIN_LOG = -708.3964185322641;
const EPS = 2.220446049250313e-16;
/** Above this n, scipy switches to an approximation of the one-sided distribution. */
const MAX_EXACT_N = 1_000_000;
/** The sampled sum (sampledLogSum) reads every SAMPLE_STEP-th term or fewer, for sums of at least SAMPLED_MIN_TERMS terms. */
const SAMPLE_STEP = 8;
const SAMPLED_MIN_TERMS = 1024;
/** It is kept only when its first and last samples are this many nats below the largest term (no edge)… */
const SAMPLED_EDGE_NATS = 50;
/**
 * …and its two estimates (every step-th term, every 2·step-th term) agree to this relative difference. Each
 * term itself is only good to about 1e-12 (ln n! is in the thousands, so its last bit is worth ~1e-12), so
 * agreement can be no tighter; a sampled sum that misses the bump's shape is off by far more.
 */
const SAMPLED_AGREEMENT = 1e-9;

/**
 * Survival function of the one-sided one-sample Kolmogorov–Smirnov statistic D⁺_n (Smirnov's
 * distribution, scipy.special.smirnov): P(D⁺_n ≥ x) for integer n ≥ 1 and x in [0, 1], by the
 * Birnbaum–Tingey sum P = x·Σ_{j=0}^{⌊n(1−x)⌋} C(n, j)·(1 − x − j/n)^(n−j)·(x + j/n)^(j−1),
 * whose terms are all positive; each term is formed in log space (so neither C(n, j) nor the powers
 * overflow) and the sum stops, as scipy's does, once the remaining terms cannot change it. A sum of 1,024
 * terms or more is read from every 32nd or every 8th term when that is provably as good (sampledLogSum).
 * Special cases as in scipy: x ≤ 1/n gives 1 − x(1 + x)^(n−1); x ≥ 1 − 1/n gives (1 − x)^n;
 * −2nx² below the underflow limit gives 0; n > 10⁶ uses e^(−(6nx + 1)²/(18n)).
 */
export function smirnovSf(n: number, x: number): number {
  return smirnov(n, x, true);
}

/** smirnovSf with every term of the sum read (scipy's way): what the sampled sum is checked against. */
export function smirnovSfAllTerms(n: number, x: number): number {
  return smirnov(n, x, false);
}

function smirnov(n: number, x: number, sampled: boolean): number {
  if (!(n > 0 && x >= 0 && x <= 1)) return NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const nx = n * x;
  let nxfl = Math.floor(nx);
  let alpha = nx - nxfl;
  if (alpha >= 1) {
    nxfl += 1;
    alpha = 0;
  }
  if (nxfl === 0 || (nxfl === 1 && alpha === 0)) return clamp01(1 - x * Math.pow(1 + x, n - 1));
  if (-2 * n * x * x < MIN_LOG) return 0;
  if (nxfl >= n - 1) return clamp01(Math.pow(1 - x, n));
  if (n > MAX_EXACT_N) {
    const logp = -Math.pow(6 * n * x + 1, 2) / 18 / n;
    return clamp01(Math.exp(logp));
  }
  let lastTerm = n - nxfl - (alpha === 0 ? 0 : 1);
  if (alpha === 0) lastTerm -= 1;
  const nTerms = lastTerm + 1;
  const vmid = Math.floor(n / 2);
  const lf = logFactorials(n);
  const logN1 = lf[n];
  if (sampled && nTerms >= SAMPLED_MIN_TERMS) {
    const logSum = sampledLogSum(n, x, nTerms, lf);
    if (logSum !== null) return clamp01(Math.exp(logSum + Math.log(x)));
  }
  const logEps = Math.log(EPS);
  // The stopping test below needs log(sum), two logs per term. It can only pass when the term is tiny next to the
  // running maximum: logA − scale < log(EPS) − log(4(nTerms − j)) + log(sum) ≤ log(EPS) + log(nTerms) (sum ≤ terms
  // so far ≤ nTerms). Above that line (plus one nat, far beyond rounding) it is skipped: same decisions, same sum.
  const testBelow = logEps + Math.log(nTerms) + 1;
  // Running sum Σ A_j kept as sum·e^scale so that tiny terms neither underflow nor get lost.
  let scale = -Infinity;
  let sum = 0;
  for (let j = 0; j < nTerms; j++) {
    const logC = logN1 - lf[j] - lf[n - j];
    const rest = (n - j) / n - x;
    const logA = logC + (n - j) * Math.log(rest) + (j - 1) * Math.log(x + j / n);
    if (logA > -Infinity) {
      // A new maximum never ends the sum (sum ≥ 1 then, so the test's two sides are ≥ 23 nats apart).
      if (logA > scale) {
        sum = sum * Math.exp(scale - logA) + 1;
        scale = logA;
      } else {
        sum += Math.exp(logA - scale);
        if (logA - scale < testBelow) {
          const logSum = scale + Math.log(sum);
          if (Math.log(4 * (nTerms - j)) + logA < logEps + logSum && j !== nTerms - 1) break;
        }
      }
    } else if (j > vmid) break;
  }
  return clamp01(Math.exp(scale + Math.log(sum) + Math.log(x)));
}

/**
 * ln Σ_{j<nTerms} A_j from every step-th term, or null when that cannot be trusted. For n ≥ 1000 the terms
 * A_j (as above) form one smooth bump, tens to thousands of terms wide, that is negligible at both ends of
 * the range; the sum of such a sequence equals step × the sum of every step-th term up to a relative error
 * that falls like exp(−2π²σ²/step²) for a bump of width σ (Poisson summation), far below rounding once the
 * step is a few times smaller than σ. The conditions are checked, not assumed: both ends at least
 * SAMPLED_EDGE_NATS below the peak, and the estimates from a step and from twice that step within
 * SAMPLED_AGREEMENT of each other. The coarse step (32, against 64) serves wide bumps; when it fails, the
 * terms in between are added for step 8 (against 16). A unit test compares the result with the full sum.
 */
export function sampledLogSum(n: number, x: number, nTerms: number, lf: Float64Array = logFactorials(n)): number | null {
  const logTerm = (j: number) => lf[n] - lf[j] - lf[n - j] + (n - j) * Math.log((n - j) / n - x) + (j - 1) * Math.log(x + j / n);
  const last = nTerms - 1;
  // ln of each sampled term, by its index j / SAMPLE_STEP (only the multiples of the step in use are filled).
  const logs = new Float64Array(Math.floor(last / SAMPLE_STEP) + 1);
  let peak = -Infinity;
  const fill = (every: number, skip: number) => {
    for (let i = 0; i < logs.length; i += every) {
      if (skip && i % skip === 0) continue;
      logs[i] = logTerm(i * SAMPLE_STEP);
      if (logs[i] > peak) peak = logs[i];
    }
  };
  /** The estimates step·Σ and 2·step·Σ over samples every `every` and every 2·`every` indices, if they agree. */
  const agreed = (every: number): number | null => {
    let fine = 0;
    let coarse = 0;
    for (let i = 0; i < logs.length; i += every) {
      const a = Math.exp(logs[i] - peak);
      fine += a;
      if (i % (2 * every) === 0) coarse += a;
    }
    fine *= every * SAMPLE_STEP;
    coarse *= 2 * every * SAMPLE_STEP;
    return Math.abs(fine - coarse) <= SAMPLED_AGREEMENT * fine ? fine : null;
  };
  const coarseEvery = 4;
  fill(coarseEvery, 0);
  const logLast = logTerm(last);
  const lastSample = Math.floor((logs.length - 1) / coarseEvery) * coarseEvery;
  if (!(peak > -Infinity) || logs[0] - peak > -SAMPLED_EDGE_NATS || logs[lastSample] - peak > -SAMPLED_EDGE_NATS || logLast - peak > -SAMPLED_EDGE_NATS) return null;
  let sum = agreed(coarseEvery);
  if (sum === null) {
    fill(1, coarseEvery);
    sum = agreed(1);
  }
  return sum === null ? null : peak + Math.log(sum);
}

let cachedN = 0;
let cachedLogFactorials = new Float64Array(1);

/**
 * ln k! = logGamma(k + 1) for k = 0…n, kept for the last n asked (the monitors ask for one n all year): the sum
 * above reads ln C(n, j) from it instead of three logGamma calls per term, with the same values.
 */
function logFactorials(n: number): Float64Array {
  if (cachedN !== n) {
    const t = new Float64Array(n + 1);
    for (let k = 0; k <= n; k++) t[k] = logGamma(k + 1);
    cachedN = n;
    cachedLogFactorials = t;
  }
  return cachedLogFactorials;
}

function clamp01(p: number): number {
  return Math.min(1, Math.max(0, p));
}
