import { describe, expect, it } from 'vitest';
import { chiSquareHomogeneity } from '../../../../src/engine/drift/chiSquareHomogeneity';
import { countInBins, psiFromCounts, psiNumeric, quantileEdges } from '../../../../src/engine/drift/psi';
import { expectClose } from '../stats/reference';
import { SIG4, toolCases } from './reference';

describe('chiSquareHomogeneity matches scipy.stats.chi2_contingency(correction=False)', () => {
  for (const c of toolCases<{ reference: number[]; current: number[] }, { statistic: number; df: number; pValue: number }>('chiSquare')) {
    it(`${c.inputs.reference.join('/')} against ${c.inputs.current.join('/')}`, () => {
      const r = chiSquareHomogeneity(c.inputs.reference, c.inputs.current);
      expect(r.df).toBe(c.expected.df);
      expectClose(r.statistic, c.expected.statistic, SIG4, 'statistic', 1e-12);
      expectClose(r.pValue, c.expected.pValue, SIG4, 'p-value', 1e-300);
    });
  }
  it('refuses a category seen in neither row and an empty row', () => {
    expect(() => chiSquareHomogeneity([1, 0], [2, 0])).toThrow(RangeError);
    expect(() => chiSquareHomogeneity([0, 0], [2, 1])).toThrow(RangeError);
  });
});

type PsiInputs = { label: string; a?: number[]; b?: number[]; referenceCounts?: number[]; currentCounts?: number[] };

describe('PSI matches the numpy computation of the stated binning', () => {
  for (const c of toolCases<PsiInputs, { psi: number; edges?: number[] }>('psi')) {
    it(c.inputs.label, () => {
      if (c.inputs.a && c.inputs.b) {
        const a = Float64Array.from(c.inputs.a).sort();
        const b = Float64Array.from(c.inputs.b).sort();
        expect(quantileEdges(a)).toEqual(c.expected.edges);
        expectClose(psiNumeric(a, b), c.expected.psi, SIG4, 'psi', 1e-12);
      } else {
        expectClose(psiFromCounts(c.inputs.referenceCounts!, c.inputs.currentCounts!), c.expected.psi, SIG4, 'psi', 1e-12);
      }
    });
  }
  it('puts a value equal to an edge in the bin that the edge closes', () => {
    expect(Array.from(countInBins([1, 2, 2, 3, 4], [2, 3]))).toEqual([3, 1, 1]);
  });
  it('is zero for identical counts', () => {
    expect(psiFromCounts([5, 10, 0], [5, 10, 0])).toBe(0);
  });
});
