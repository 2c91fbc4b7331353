import { minimumDetectableEffect, sampleRatioMismatch, twoProportionPower, twoProportionTest, welchTTest } from '../../engine/stats';

/** What the analyzer shows: the difference B − A, its 95 % interval, p-value, lift and the split check. */
export interface AbAnalysis {
  /** B − A: a fraction of visitors for conversion (0.006 = 0.6 pp), or the KPI's unit for a continuous KPI. */
  diff: number;
  ci: [number, number];
  /** Two-sided p-value; NaN when not defined (no variation in either arm). */
  pValue: number;
  /** Relative lift B/A − 1 (a fraction); NaN when A's rate or mean is 0. */
  lift: number;
  /** Sample-ratio mismatch p-value of the visitor counts against the planned split. */
  srmPValue: number;
  /** Power of the test against a true difference equal to the observed one (conversion only). */
  power: number;
  /** Smallest absolute increase detectable with 80 % power at A's rate and the smaller arm (conversion only). */
  mde: number;
}

export interface ConversionInput {
  visitorsA: number;
  conversionsA: number;
  visitorsB: number;
  conversionsB: number;
  /** Planned share of traffic to B, in percent. */
  shareB: number;
}

export interface ContinuousInput {
  visitorsA: number;
  meanA: number;
  sdA: number;
  visitorsB: number;
  meanB: number;
  sdB: number;
  shareB: number;
}

const srm = (nA: number, nB: number, shareB: number) => sampleRatioMismatch([nA, nB], [100 - shareB, shareB]).pValue;

/**
 * A conversion test read as statsmodels' proportions_ztest (pooled two-sided z-test; p NaN when the
 * pooled variance is 0, i.e. both arms convert none or all) with the unpooled Wald 95 % interval,
 * relative lift, scipy.stats.chisquare sample-ratio check, power against the observed difference
 * and the 80 %-power minimum detectable effect (engine/stats). Inputs must be valid counts.
 */
export function analyzeConversion(input: ConversionInput): AbAnalysis {
  const a = { visitors: input.visitorsA, conversions: input.conversionsA };
  const b = { visitors: input.visitorsB, conversions: input.conversionsB };
  const t = twoProportionTest(a, b);
  const rateA = t.rateA;
  const power = twoProportionPower({ rateA, rateB: t.rateB, visitorsA: a.visitors, visitorsB: b.visitors });
  const n = Math.min(a.visitors, b.visitors);
  const mde = rateA > 0 && rateA < 1 ? minimumDetectableEffect({ baseline: rateA, visitorsPerVariant: n }) : NaN;
  return {
    diff: t.diff,
    ci: t.ci,
    pValue: t.sePooled > 0 ? t.pValue : NaN,
    lift: rateA > 0 ? t.rateB / rateA - 1 : NaN,
    srmPValue: srm(a.visitors, b.visitors, input.shareB),
    power: t.diff === 0 ? NaN : power,
    mde,
  };
}

/**
 * A continuous KPI (e.g. revenue per visitor) read as scipy.stats.ttest_ind_from_stats(equal_var=False):
 * Welch's t-test from each arm's mean, standard deviation (ddof = 1) and visitors, with its t-based
 * 95 % interval, relative lift and the sample-ratio check. Power and MDE are not computed (NaN).
 */
export function analyzeContinuous(input: ContinuousInput): AbAnalysis {
  const w = welchTTest(
    { mean: input.meanA, variance: input.sdA ** 2, count: input.visitorsA },
    { mean: input.meanB, variance: input.sdB ** 2, count: input.visitorsB },
  );
  return {
    diff: w.diff,
    ci: w.ci,
    pValue: w.pValue,
    lift: input.meanA !== 0 ? input.meanB / input.meanA - 1 : NaN,
    srmPValue: srm(input.visitorsA, input.visitorsB, input.shareB),
    power: NaN,
    mde: NaN,
  };
}

/** Caveats of a reading, most serious first. */
export type AbCaveat = 'srm' | 'peeking' | 'low-power' | 'no-variation';

/** Sample-ratio p-value below which the split is called broken; power below which the test is called weak. */
export const SRM_ALERT = 0.001;
export const POWER_TARGET = 0.8;

/** The caveats that apply: a broken split, an early stop (peeking), low power for the observed effect, no variation. */
export function caveats(analysis: AbAnalysis, stoppedEarly: boolean): AbCaveat[] {
  const out: AbCaveat[] = [];
  if (analysis.srmPValue < SRM_ALERT) out.push('srm');
  if (stoppedEarly) out.push('peeking');
  if (analysis.power < POWER_TARGET) out.push('low-power');
  if (Number.isNaN(analysis.pValue)) out.push('no-variation');
  return out;
}
