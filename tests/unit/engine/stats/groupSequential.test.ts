import { describe, expect, it } from 'vitest';
import { lanDeMetsBoundaries, obrienFlemingSpent } from '../../../../src/engine/stats/groupSequential';
import { expectClose, referenceCases } from './reference';

interface Inputs {
  informationFractions: number[];
  alpha: number;
}
interface Expected {
  boundaries: number[];
  cumulativeAlpha: number[];
  /** Published values: their printed precision (and ldbounds' own grid error) sets the tolerance. */
  toleranceAbs?: number;
  /** c_2 re-solved in Python by adaptive quadrature, independent of any grid. */
  secondBoundaryQuad?: number;
}

describe('lanDeMetsBoundaries (O’Brien–Fleming-type spending)', () => {
  const cases = referenceCases<Inputs, Expected>('groupSequential');

  it('reproduces the published R ldbounds output (t = 0.1, 0.33, 1) within its own accuracy', () => {
    const published = cases.filter((c) => c.expected.toleranceAbs !== undefined);
    expect(published.length).toBeGreaterThan(0);
    for (const { inputs, expected } of published) {
      const design = lanDeMetsBoundaries(inputs.informationFractions, inputs.alpha);
      const tol = expected.toleranceAbs ?? 0;
      design.boundaries.forEach((c, k) => expectClose(c, expected.boundaries[k], 0, `c_${k + 1}`, tol));
      // Exit probabilities are printed to 5 significant digits.
      design.cumulativeAlpha.forEach((a, k) => expectClose(a, expected.cumulativeAlpha[k], 1e-4, `α(t_${k + 1})`));
    }
  });

  const computed = cases.filter((c) => c.expected.toleranceAbs === undefined);

  it('matches the independent Python recursive integration for 3, 5, 10 and 30 looks to 1e-6', () => {
    for (const { inputs, expected } of computed) {
      const design = lanDeMetsBoundaries(inputs.informationFractions, inputs.alpha);
      const K = inputs.informationFractions.length;
      design.boundaries.forEach((c, k) => expectClose(c, expected.boundaries[k], 1e-6, `K=${K} c_${k + 1}`));
      design.cumulativeAlpha.forEach((a, k) => expectClose(a, expected.cumulativeAlpha[k], 1e-12, `K=${K} α_${k + 1}`));
    }
  });

  it('matches the second boundary re-solved by adaptive quadrature to 1e-8', () => {
    for (const { inputs, expected } of computed) {
      const design = lanDeMetsBoundaries(inputs.informationFractions, inputs.alpha);
      expectClose(design.boundaries[1], expected.secondBoundaryQuad ?? NaN, 1e-8, `K=${inputs.informationFractions.length} c_2`);
    }
  });

  it('spends the whole alpha by the last look and almost none at the first', () => {
    expectClose(obrienFlemingSpent(1, 0.05), 0.05, 1e-14, 'α(1)');
    expect(obrienFlemingSpent(0.1, 0.05)).toBeLessThan(1e-11);
  });

  it('rejects information fractions that do not increase', () => {
    expect(() => lanDeMetsBoundaries([0.5, 0.4, 1])).toThrow(RangeError);
  });
});
