import { describe, expect, it } from 'vitest';
import type { Alternative } from '../../../../src/engine/stats/pValue';
import { minimumDetectableEffect, sampleSizePerVariant, twoProportionPower } from '../../../../src/engine/stats/power';
import { expectClose, referenceCases } from './reference';

describe('twoProportionPower', () => {
  const cases = referenceCases<
    { rateA: number; rateB: number; visitorsA: number; visitorsB: number; alpha: number; alternative: Alternative },
    { power: number }
  >('power');

  it('matches the normal-approximation power computed independently in Python', () => {
    for (const { inputs, expected } of cases) {
      expectClose(twoProportionPower(inputs), expected.power, 1e-9, JSON.stringify(inputs));
    }
  });

  it('equals alpha when there is no effect', () => {
    const p = twoProportionPower({ rateA: 0.1, rateB: 0.1, visitorsA: 5000, visitorsB: 5000, alpha: 0.05 });
    expectClose(p, 0.05, 1e-12, 'power under H0');
  });
});

describe('sampleSizePerVariant', () => {
  const cases = referenceCases<
    { baseline: number; mde: number; alpha: number; power: number; sides: 1 | 2 },
    { perVariant: number }
  >('sampleSize');

  it('matches the standard formula rounded up, e.g. 686 per group for 10 % → 15 %', () => {
    for (const { inputs, expected } of cases) {
      expect(sampleSizePerVariant(inputs), JSON.stringify(inputs)).toBe(expected.perVariant);
    }
  });

  it('gives the lesson’s 31,234 per variant for 5 % → 5.5 % at α = 0.05, power 0.8', () => {
    expect(sampleSizePerVariant({ baseline: 0.05, mde: 0.005 })).toBe(31234);
  });

  it('reaches the target power at the size it returns', () => {
    for (const { inputs, expected } of cases) {
      const alternative: Alternative = inputs.sides === 2 ? 'two-sided' : inputs.mde > 0 ? 'greater' : 'less';
      const n = expected.perVariant;
      const power = twoProportionPower({
        rateA: inputs.baseline,
        rateB: inputs.baseline + inputs.mde,
        visitorsA: n,
        visitorsB: n,
        alpha: inputs.alpha,
        alternative,
      });
      expect(power).toBeGreaterThanOrEqual(inputs.power);
    }
  });

  it('refuses an effect that leaves (0, 1)', () => {
    expect(() => sampleSizePerVariant({ baseline: 0.98, mde: 0.05 })).toThrow(RangeError);
  });
});

describe('minimumDetectableEffect', () => {
  const cases = referenceCases<
    { baseline: number; perVariant: number; alpha: number; power: number; sides: 1 | 2 },
    { mde: number }
  >('minimumDetectableEffect');

  it('inverts the sample-size formula as scipy.optimize.brentq does', () => {
    for (const { inputs, expected } of cases) {
      const mde = minimumDetectableEffect({ ...inputs, visitorsPerVariant: inputs.perVariant });
      expectClose(mde, expected.mde, 1e-9, JSON.stringify(inputs));
    }
  });
});
