import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, weightVector } from '../../../../src/engine/review/hlr';
import type { Instance } from '../../../../src/engine/review/history';
import { FIT_DEFAULTS, fitWeights, loss } from '../../../../src/engine/review/fit';
import fixture from '../../../fixtures/review/hlr-fit.json';

// Written by scripts/reference/review_reference.py (scipy's L-BFGS-B on the same loss, written out in Python).
const ref = fixture as unknown as {
  source: string;
  lessons: string[];
  alpha: number;
  lambda: number;
  instances: Instance[];
  lossAtDefaults: number;
  minimum: { theta: number[]; loss: number; converged: boolean };
};

describe(`the review's fit against ${ref.source}`, () => {
  it('uses the settings the reference was computed with', () => {
    expect([FIT_DEFAULTS.alpha, FIT_DEFAULTS.lambda]).toEqual([ref.alpha, ref.lambda]);
    expect(ref.minimum.converged).toBe(true);
  });

  it('computes the same loss at the default weights', () => {
    expect(loss(weightVector(DEFAULT_WEIGHTS, ref.lessons), ref.instances, ref.lessons)).toBeCloseTo(ref.lossAtDefaults, 10);
  });

  it('reaches the minimum scipy finds', () => {
    const fitted = weightVector(fitWeights(ref.instances, ref.lessons), ref.lessons);
    expect(loss(fitted, ref.instances, ref.lessons)).toBeCloseTo(ref.minimum.loss, 6);
    fitted.forEach((t, i) => expect(t, `θ[${i}]`).toBeCloseTo(ref.minimum.theta[i], 2));
  });
});
