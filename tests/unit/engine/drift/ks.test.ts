import { describe, expect, it } from 'vitest';
import { ks2Samp, ksStatistic, roundHalfEven } from '../../../../src/engine/drift/ks';
import { kolmogorovSf } from '../../../../src/engine/drift/kolmogorov';
import { smirnovSf } from '../../../../src/engine/drift/smirnov';
import { expectClose } from '../stats/reference';
import { recipeValues, SIG4, toolCases, type Recipe } from './reference';

type KsInputs = { label: string; a?: number[]; b?: number[]; recipeA?: Recipe; recipeB?: Recipe };
const sorted = (xs: ArrayLike<number>) => Float64Array.from(xs).sort();

describe('ks2Samp matches scipy.stats.ks_2samp (default method) to 4 significant digits', () => {
  const cases = toolCases<KsInputs, { statistic: number; pValue: number; method: string }>('ks2samp');
  it('has at least 20 cases, on both sides of the exact/asymptotic switch', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(new Set(cases.map((c) => c.expected.method))).toEqual(new Set(['exact', 'asymptotic']));
  });
  for (const c of cases) {
    it(c.inputs.label, () => {
      const a = sorted(c.inputs.a ?? recipeValues(c.inputs.recipeA!));
      const b = sorted(c.inputs.b ?? recipeValues(c.inputs.recipeB!));
      const result = ks2Samp(a, b);
      expect(result.method).toBe(c.expected.method);
      expectClose(result.statistic, c.expected.statistic, 1e-12, `${c.inputs.label} statistic`);
      expectClose(result.pValue, c.expected.pValue, SIG4, `${c.inputs.label} p-value`, 1e-300);
    });
  }
});

describe('kolmogorovSf matches scipy.stats.kstwo.sf on every branch of its dispatch', () => {
  for (const c of toolCases<{ n: number; x: number }, { sf: number }>('kstwo')) {
    it(`n = ${c.inputs.n}, x = ${c.inputs.x}`, () => {
      expectClose(kolmogorovSf(c.inputs.n, c.inputs.x), c.expected.sf, SIG4, `kstwo.sf(${c.inputs.x}, ${c.inputs.n})`, 1e-300);
    });
  }
});

describe('smirnovSf matches scipy.special.smirnov', () => {
  for (const c of toolCases<{ n: number; x: number }, { sf: number }>('smirnov')) {
    it(`n = ${c.inputs.n}, x = ${c.inputs.x}`, () => {
      expectClose(smirnovSf(c.inputs.n, c.inputs.x), c.expected.sf, SIG4, `smirnov(${c.inputs.n}, ${c.inputs.x})`, 1e-300);
    });
  }
});

describe('ksStatistic', () => {
  it('counts ties on both sides before comparing the two empirical CDFs', () => {
    expect(ksStatistic([1, 2, 2, 3], [2, 2, 2, 2])).toBe(0.25);
    expect(ksStatistic([1, 2, 3], [1, 2, 3])).toBe(0);
    expect(ksStatistic([1, 2], [3, 4])).toBe(1);
  });
  it('rounds the effective sample size half to even, as numpy does', () => {
    expect([roundHalfEven(5000.5), roundHalfEven(5001.5), roundHalfEven(2.4), roundHalfEven(2.6)]).toEqual([5000, 5002, 2, 3]);
  });
});
