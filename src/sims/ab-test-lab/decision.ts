import type { KpiReading } from './kpi';

/** What the lab concludes from a test at the day the learner decided. */
export type Verdict = 'win' | 'loss' | 'inconclusive' | 'no-data' | 'untrustworthy';

/** Warnings that qualify the verdict, most serious first. */
export type Caveat = 'srm' | 'peeking' | 'underpowered' | 'novelty' | 'false-positive' | 'wrong-sign';

/** A sample-ratio-mismatch p-value below this stops the reading (the alert level many platforms use). */
export const SRM_THRESHOLD = 0.001;
/** Power below this is called under-powered (the conventional planning target). */
export const POWER_TARGET = 0.8;

export interface DecisionInput {
  reading: KpiReading;
  alpha: number;
  /** Day the decision was taken, and the planned horizon. */
  decisionDay: number;
  plannedDays: number;
  /** Power to detect the true long-run effect with the data at the decision day. */
  power: number;
  /** True long-run relative effect (0.1 = +10 %) and the matching difference in the KPI's unit. */
  effect: number;
  trueDifference: number;
  novelty: boolean;
  /** p-value of the sample-ratio-mismatch check on the visitor counts. */
  srmPValue: number;
}

export interface Decision {
  verdict: Verdict;
  caveats: Caveat[];
  /** Whether the 95 % interval contains the true long-run difference; null when there is no interval. */
  coversTruth: boolean | null;
  /**
   * The test and the interval disagree about zero (significant with an interval touching zero, or the
   * reverse). It happens on the borderline of the conversion test, whose statistic uses the pooled
   * standard error while its interval uses the unpooled one.
   */
  borderline: boolean;
}

/**
 * Reads a test as a careful analyst would: a failed sample-ratio check voids the result; no finite
 * p-value means not enough data; otherwise significant at α decides win or loss by the sign of B − A.
 * Caveats flag early stopping (peeking), low power against the true effect, a novelty effect, and,
 * because the simulation knows the truth, a false positive or a significant result of the wrong sign.
 */
export function decide(input: DecisionInput): Decision {
  const { reading, alpha } = input;
  const hasData = Number.isFinite(reading.pValue) && Number.isFinite(reading.ci[0]) && Number.isFinite(reading.ci[1]);
  const srm = input.srmPValue < SRM_THRESHOLD;
  let verdict: Verdict;
  if (!hasData) verdict = 'no-data';
  else if (srm) verdict = 'untrustworthy';
  else if (reading.pValue < alpha) verdict = reading.estimate > 0 ? 'win' : 'loss';
  else verdict = 'inconclusive';

  const significant = hasData && reading.pValue < alpha;
  const caveats: Caveat[] = [];
  if (srm) caveats.push('srm');
  if (input.decisionDay < input.plannedDays) caveats.push('peeking');
  if (hasData && input.effect !== 0 && input.power < POWER_TARGET) caveats.push('underpowered');
  if (input.novelty) caveats.push('novelty');
  if (significant && input.effect === 0) caveats.push('false-positive');
  if (significant && input.effect !== 0 && Math.sign(reading.estimate) !== Math.sign(input.effect)) caveats.push('wrong-sign');

  const coversTruth = hasData ? reading.ci[0] <= input.trueDifference && input.trueDifference <= reading.ci[1] : null;
  const excludesZero = reading.ci[0] > 0 || reading.ci[1] < 0;
  return { verdict, caveats, coversTruth, borderline: hasData && significant !== excludesZero };
}
