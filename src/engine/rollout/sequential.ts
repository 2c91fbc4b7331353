import { obrienFlemingSpent } from '../stats/groupSequential';
import { studentTIsf } from '../stats/studentT';

/**
 * One-sided sequential t boundaries for a guardrail watched on `looks` daily looks, with false-alarm
 * rate at most `alpha`.
 *
 * Look 1 cannot test (one day gives no spread), so α is spent over looks 2…K with the Lan–DeMets
 * O'Brien–Fleming-type function (obrienFlemingSpent, one-sided: half of the two-sided spend at 2α) at
 * information fractions j/(K − 1), j = 1…K − 1: look k gets Δ_k = α(t_k) − α(t_(k−1)), Σ Δ_k = α,
 * almost all of it at the last looks. Each look is an exact one-sided t-test of the running mean at
 * level Δ_k: b_k = t⁻¹_(k−1)(1 − Δ_k) with k − 1 degrees of freedom, and b_1 = ∞.
 * False-alarm rate: by the union bound P(any t_k ≥ b_k | mean = limit) ≤ Σ Δ_k = α for normal daily
 * values, whatever the number of looks; with 2 looks it is exactly α (one t-test). With more looks it
 * is below α, because consecutive looks share most of their data (simulated: about 0.6α at 7 looks).
 * Units: t statistics.
 */
export function guardrailBoundaries(looks: number, alpha: number): number[] {
  if (!(Number.isInteger(looks) && looks >= 1 && looks <= 60)) throw new RangeError('looks must be an integer in [1, 60]');
  if (!(alpha > 0 && alpha < 0.25)) throw new RangeError('alpha must be in (0, 0.25)');
  const boundaries = [Infinity];
  let spentBefore = 0;
  for (let k = 2; k <= looks; k++) {
    const spent = obrienFlemingSpent((k - 1) / (looks - 1), 2 * alpha) / 2;
    boundaries.push(studentTIsf(spent - spentBefore, k - 1));
    spentBefore = spent;
  }
  return boundaries;
}

/** The running state of one guardrail: the daily values seen so far, summarised. */
export interface GuardrailState {
  looks: number;
  sum: number;
  sumSquares: number;
}

/** A guardrail before its first look: no days seen. */
export const emptyGuardrail = (): GuardrailState => ({ looks: 0, sum: 0, sumSquares: 0 });

/** What the rule concludes after one more day. */
export interface GuardrailLook {
  /** Look number k (1 = first day watched). */
  look: number;
  /** Running mean of the daily values, x̄_k, in the guardrail's unit. */
  estimate: number;
  /** Sample standard deviation of the daily values, s_k (NaN at look 1). */
  sd: number;
  /** t_k = (x̄_k − limit)/(s_k/√k): how far above the limit the estimate is, in standard errors. */
  t: number;
  /** The t boundary b_k of this look. */
  boundary: number;
  /** x̄_k ∓ b_k·s_k/√k: the sequential confidence band (±∞ where b_k = ∞). */
  lower: number;
  upper: number;
  /** t_k ≥ b_k, i.e. lower > limit: the guardrail is broken with the rule's confidence. */
  breached: boolean;
}

/**
 * Adds one day's value x_k of a guardrail (in harm direction: larger is worse) and tests
 * H0: E[x] ≤ limit against H1: E[x] > limit with the one-sided sequential t-test of
 * guardrailBoundaries. Rolls back when t_k = (x̄_k − limit)/(s_k/√k) ≥ b_k. Because the test is on
 * the cumulative mean with the day-to-day spread estimated from the data, one wild day raises s_k as
 * much as x̄_k and cannot trigger a rollback on its own, while a steady breach grows t_k like √k.
 * False-alarm rate: at most α (≈ α when the true mean equals the limit, less below it).
 * Mutates `state`; `boundaries` must have at least state.looks + 1 entries.
 */
export function observeGuardrail(state: GuardrailState, value: number, limit: number, boundaries: readonly number[]): GuardrailLook {
  state.looks += 1;
  state.sum += value;
  state.sumSquares += value * value;
  const k = state.looks;
  const estimate = state.sum / k;
  const variance = k > 1 ? Math.max(0, (state.sumSquares - k * estimate * estimate) / (k - 1)) : NaN;
  const sd = Math.sqrt(variance);
  const se = sd / Math.sqrt(k);
  const boundary = boundaries[k - 1];
  const t = k > 1 && se > 0 ? (estimate - limit) / se : NaN;
  const half = Number.isFinite(boundary) && Number.isFinite(se) ? boundary * se : Infinity;
  return {
    look: k,
    estimate,
    sd,
    t,
    boundary,
    lower: estimate - half,
    upper: estimate + half,
    breached: Number.isFinite(t) && t >= boundary,
  };
}

/** Runs observeGuardrail over a whole stream; returns the look at which it first breaches (1-based) or null. */
export function firstBreach(values: readonly number[], limit: number, alpha: number): number | null {
  const boundaries = guardrailBoundaries(values.length, alpha);
  const state = emptyGuardrail();
  for (const value of values) {
    const look = observeGuardrail(state, value, limit, boundaries);
    if (look.breached) return look.look;
  }
  return null;
}
