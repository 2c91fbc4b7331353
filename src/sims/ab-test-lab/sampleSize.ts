import { sampleSizePerVariant } from '../../engine/stats';

/** The calculator's inputs as typed: percent, percentage points, percent, percent (null when empty). */
export interface SampleSizeInputs {
  baseline: number | null;
  mde: number | null;
  alpha: number | null;
  power: number | null;
}

export type SampleSizeField = keyof SampleSizeInputs;

export type SampleSizePlan =
  | { ok: true; perVariant: number; total: number }
  | { ok: false; problems: SampleSizeField[] };

/** Larger answers are shown as a problem with the effect rather than as a number nobody can reach. */
export const MAX_SAMPLE_SIZE = 1e12;

const finite = (v: number | null): v is number => v !== null && Number.isFinite(v);

/**
 * Visitors per variant for a two-sided pooled two-proportion z-test (sampleSizePerVariant, equal arms),
 * from the calculator's units: baseline in percent, MDE in percentage points (absolute), α and power in
 * percent. Each input outside its meaningful range is reported by name instead of computing nonsense.
 */
export function planSampleSize(inputs: SampleSizeInputs): SampleSizePlan {
  const { baseline, mde, alpha, power } = inputs;
  const problems: SampleSizeField[] = [];
  const baselineOk = finite(baseline) && baseline >= 0.01 && baseline <= 99.99;
  if (!baselineOk) problems.push('baseline');
  if (!finite(mde) || mde === 0 || Math.abs(mde) < 0.001 || (baselineOk && !(baseline + mde > 0 && baseline + mde < 100))) problems.push('mde');
  const alphaOk = finite(alpha) && alpha >= 0.01 && alpha <= 50;
  if (!alphaOk) problems.push('alpha');
  if (!finite(power) || power > 99.99 || power <= (alphaOk ? alpha : 0)) problems.push('power');
  if (problems.length > 0) return { ok: false, problems };

  const perVariant = sampleSizePerVariant({ baseline: baseline! / 100, mde: mde! / 100, alpha: alpha! / 100, power: power! / 100, sides: 2 });
  if (!Number.isFinite(perVariant) || perVariant > MAX_SAMPLE_SIZE) return { ok: false, problems: ['mde'] };
  return { ok: true, perVariant, total: 2 * perVariant };
}

/**
 * Days of traffic a test needs when `visitorsPerDay` are split with `splitPercent` going to B: an
 * unequal split needs N visitors in all with 1/(N(1 − s)) + 1/(N·s) = 2/n, i.e. N = n(1/(1 − s) + 1/s)/2,
 * so that the difference is as precise as with n in each of two equal arms (normal approximation).
 */
export function daysNeeded(perVariant: number, visitorsPerDay: number, splitPercent: number): { visitors: number; days: number } {
  const s = splitPercent / 100;
  const visitors = (perVariant * (1 / (1 - s) + 1 / s)) / 2;
  return { visitors, days: visitors / visitorsPerDay };
}

/** Whole weeks of days, at least one week, so that a test covers every weekday equally often. */
export function roundUpToWeeks(days: number): number {
  return Math.max(7, Math.ceil(days / 7) * 7);
}
