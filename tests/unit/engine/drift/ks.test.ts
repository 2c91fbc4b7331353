import { describe, expect, it } from 'vitest';
import { ks2Samp, ksStatistic, roundHalfEven } from '../../../../src/engine/drift/ks';
import { kolmogorovSf } from '../../../../src/engine/drift/kolmogorov';
import { sampledLogSum, smirnovSf, smirnovSfAllTerms } from '../../../../src/engine/drift/smirnov';
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

describe('smirnovSf’s sampled sum (every 32nd or 8th term of a sum of 1,024 or more)', () => {
  // x from where the two-sided test first calls smirnovSf (n·x² = 2.2) to ½, in 12 steps.
  const grid = (n: number) => Array.from({ length: 13 }, (_, step) => Math.sqrt(2.2 / n) + ((0.5 - Math.sqrt(2.2 / n)) * step) / 12);
  const sampled = (n: number, x: number) => sampledLogSum(n, x, n - Math.floor(n * x)) !== null;

  it.each([1000, 1250, 2397, 5000, 20_000, 100_000, 1_000_000])('n = %i: agrees with the sum of every term to 1e-9', (n) => {
    for (const x of grid(n)) {
      const all = smirnovSfAllTerms(n, x);
      expect(Math.abs(smirnovSf(n, x) - all)).toBeLessThanOrEqual(1e-9 * all);
    }
  });

  it.each([2397, 5000, 20_000, 100_000, 1_000_000])('n = %i (a drift lab day or larger): serves every x of the grid', (n) => {
    expect(grid(n).filter((x) => sampled(n, x))).toHaveLength(13);
  });

  it('declines where the first term is not negligible next to the largest (n·x² = 2.2 at n = 1,000: only ~38 nats)', () => {
    expect(sampled(1000, Math.sqrt(2.2 / 1000))).toBe(false);
    expect(smirnovSf(1000, Math.sqrt(2.2 / 1000))).toBe(smirnovSfAllTerms(1000, Math.sqrt(2.2 / 1000)));
  });
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
