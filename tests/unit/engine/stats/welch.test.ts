import { describe, expect, it } from 'vitest';
import type { Alternative } from '../../../../src/engine/stats/pValue';
import { summaryFromSums, welchTTest } from '../../../../src/engine/stats/welch';
import { expectClose, referenceCases } from './reference';

interface Inputs {
  meanA: number;
  varianceA: number;
  countA: number;
  meanB: number;
  varianceB: number;
  countB: number;
  alternative: Alternative;
  alpha: number;
}
interface Expected {
  t: number;
  pValue: number;
  df: number;
  ci: [number, number];
  se: number;
  diff: number;
  lift: number;
  liftSe: number;
  liftCi: [number, number];
}

describe("welchTTest against scipy.stats.ttest_ind(equal_var=False)", () => {
  const cases = referenceCases<Inputs, Expected>('welch');

  it.each(cases.map((c) => [`nA=${c.inputs.countA}, nB=${c.inputs.countB}, ${c.inputs.alternative}`, c] as const))(
    'matches t, Welch–Satterthwaite df, p-value and intervals for %s',
    (_name, { inputs, expected }) => {
      const r = welchTTest(
        { mean: inputs.meanA, variance: inputs.varianceA, count: inputs.countA },
        { mean: inputs.meanB, variance: inputs.varianceB, count: inputs.countB },
        { alpha: inputs.alpha, alternative: inputs.alternative },
      );
      const rel = 1e-9;
      expectClose(r.diff, expected.diff, rel, 'diff');
      expectClose(r.se, expected.se, rel, 'SE');
      expectClose(r.t, expected.t, rel, 't');
      expectClose(r.df, expected.df, rel, 'df');
      expectClose(r.pValue, expected.pValue, rel, 'p-value');
      expectClose(r.ci[0], expected.ci[0], rel, 'CI low');
      expectClose(r.ci[1], expected.ci[1], rel, 'CI high');
      expectClose(r.relative.lift, expected.lift, rel, 'lift');
      expectClose(r.relative.se, expected.liftSe, rel, 'lift SE');
      expectClose(r.relative.ci[0], expected.liftCi[0], rel, 'lift CI low');
      expectClose(r.relative.ci[1], expected.liftCi[1], rel, 'lift CI high');
    },
  );

  it('returns NaN rather than a misleading number with fewer than two observations', () => {
    const r = welchTTest({ mean: 1, variance: NaN, count: 1 }, { mean: 2, variance: 1, count: 5 });
    expect(Number.isNaN(r.pValue)).toBe(true);
  });
});

describe('summaryFromSums', () => {
  it('gives the mean and the n − 1 variance of the values behind the sums', () => {
    const xs = [2, 4, 4, 4, 5, 5, 7, 9];
    const s = summaryFromSums(xs.length, xs.reduce((a, x) => a + x, 0), xs.reduce((a, x) => a + x * x, 0));
    expect(s.mean).toBe(5);
    expectClose(s.variance, 32 / 7, 1e-15, 'variance');
  });
});
