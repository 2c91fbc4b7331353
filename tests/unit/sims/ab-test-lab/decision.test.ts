import { describe, expect, it } from 'vitest';
import { decide, type DecisionInput } from '../../../../src/sims/ab-test-lab/decision';
import type { KpiReading } from '../../../../src/sims/ab-test-lab/kpi';

const reading = (estimate: number, ci: [number, number], pValue: number): KpiReading => ({
  meanA: 0.05,
  meanB: 0.05 + estimate,
  estimate,
  ci,
  pValue,
  lift: estimate / 0.05,
  liftCi: [ci[0] / 0.05, ci[1] / 0.05],
});

const base: DecisionInput = {
  reading: reading(0.005, [0.002, 0.008], 0.001),
  alpha: 0.05,
  decisionDay: 14,
  plannedDays: 14,
  power: 0.95,
  effect: 0.1,
  trueDifference: 0.005,
  novelty: false,
  srmPValue: 0.5,
};

describe('decide', () => {
  it.each([
    { name: 'a significant positive difference is a win', input: {}, verdict: 'win', caveats: [] },
    { name: 'a significant negative difference is a loss of the right sign', input: { reading: reading(-0.004, [-0.007, -0.001], 0.01), effect: -0.1, trueDifference: -0.005 }, verdict: 'loss', caveats: [] },
    { name: 'an interval that includes zero is inconclusive', input: { reading: reading(0.001, [-0.001, 0.003], 0.3) }, verdict: 'inconclusive', caveats: [] },
    { name: 'no p-value means not enough data, without a power warning', input: { reading: reading(NaN, [NaN, NaN], NaN), power: 0.1 }, verdict: 'no-data', caveats: [] },
    { name: 'a failed sample-ratio check voids the result', input: { srmPValue: 0.0001 }, verdict: 'untrustworthy', caveats: ['srm'] },
    { name: 'an early stop is peeking', input: { decisionDay: 5 }, verdict: 'win', caveats: ['peeking'] },
    { name: 'low power against a real effect is under-powered', input: { power: 0.4 }, verdict: 'win', caveats: ['underpowered'] },
    { name: 'a zero true effect is never "under-powered", but a win is a false positive', input: { effect: 0, trueDifference: 0, power: 0.05 }, verdict: 'win', caveats: ['false-positive'] },
    { name: 'a significant result against the true sign is flagged', input: { effect: -0.1, trueDifference: -0.005 }, verdict: 'win', caveats: ['wrong-sign'] },
    { name: 'the novelty switch always adds its caveat', input: { novelty: true }, verdict: 'win', caveats: ['novelty'] },
    { name: 'caveats come most serious first', input: { srmPValue: 1e-6, decisionDay: 3, power: 0.3, novelty: true }, verdict: 'untrustworthy', caveats: ['srm', 'peeking', 'underpowered', 'novelty'] },
  ] as const)('$name', ({ input, verdict, caveats }) => {
    const decision = decide({ ...base, ...input });
    expect(decision.verdict).toBe(verdict);
    expect(decision.caveats).toEqual(caveats);
  });

  it('flags a borderline result where the test and the interval disagree about zero', () => {
    expect(decide(base).borderline).toBe(false);
    expect(decide({ ...base, reading: reading(0.004, [-0.0001, 0.008], 0.049) }).borderline).toBe(true);
    expect(decide({ ...base, reading: reading(0.004, [0.0001, 0.008], 0.051) }).borderline).toBe(true);
    expect(decide({ ...base, reading: reading(NaN, [NaN, NaN], NaN) }).borderline).toBe(false);
  });

  it('says whether the interval contains the true difference', () => {
    expect(decide(base).coversTruth).toBe(true);
    expect(decide({ ...base, trueDifference: 0.01 }).coversTruth).toBe(false);
    expect(decide({ ...base, reading: reading(NaN, [NaN, NaN], NaN) }).coversTruth).toBeNull();
  });
});
