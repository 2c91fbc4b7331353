import { describe, expect, it } from 'vitest';
import reference from '../../../fixtures/clinical/metrics.json';
import { auc, brierScore, expectedCalibrationError, groupCalibration, reliabilityBins } from '../../../../src/engine/metrics/probabilistic';

interface RefBin {
  count: number;
  meanPredicted: number | null;
  observedRate: number | null;
}
interface RefCase {
  name: string;
  source: string;
  inputs: { y: number[]; p: number[]; bins: number; age?: number[] };
  expected: { auc: number; brier: number; bins: RefBin[]; over75?: { count: number; meanPredicted: number; observedRate: number; gap: number; brier: number } };
}

const cases = (reference as unknown as { cases: RefCase[] }).cases;
/** Four significant digits or better: |a − b| ≤ 5e-5 · |b| (and 1e-12 absolute near zero). */
const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.max(1e-12, 5e-5 * Math.abs(expected)));

describe.each(cases)('against scipy/numpy: $name', (c) => {
  it('has a named independent source', () => expect(c.source).toMatch(/scipy\.stats\.mannwhitneyu/));

  it('AUC matches Mann–Whitney U / (n1·n0), ties included', () => close(auc(c.inputs.y, c.inputs.p), c.expected.auc));

  it('Brier score matches', () => close(brierScore(c.inputs.y, c.inputs.p), c.expected.brier));

  it('reliability bins match in count, mean prediction and observed rate', () => {
    const bins = reliabilityBins(c.inputs.y, c.inputs.p, c.inputs.bins);
    expect(bins.map((b) => b.count)).toEqual(c.expected.bins.map((b) => b.count));
    bins.forEach((b, i) => {
      const e = c.expected.bins[i];
      if (e.count === 0) {
        expect(b.meanPredicted).toBeNaN();
        expect(b.observedRate).toBeNaN();
      } else {
        close(b.meanPredicted, e.meanPredicted!);
        close(b.observedRate, e.observedRate!);
      }
    });
  });
});

describe('subgroup calibration against numpy', () => {
  const c = cases.find((x) => x.inputs.age)!;
  it('the seeded case carries ages and a subgroup expectation', () => expect(c.expected.over75!.count).toBeGreaterThan(50));
  it('matches count, means, gap and Brier for patients over 75', () => {
    const g = groupCalibration(c.inputs.y, c.inputs.p, (i) => c.inputs.age![i] > 75);
    const e = c.expected.over75!;
    expect(g.count).toBe(e.count);
    for (const k of ['meanPredicted', 'observedRate', 'gap', 'brier'] as const) close(g[k], e[k]);
  });
});

describe('probability metrics by hand', () => {
  it('AUC is 1 for a perfect ranking, 0 for a reversed one and ½ when every score ties', () => {
    expect(auc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9])).toBe(1);
    expect(auc([1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9])).toBe(0);
    expect(auc([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5])).toBe(0.5);
  });

  it('AUC is NaN when one class is missing, and lengths must agree', () => {
    expect(auc([1, 1], [0.2, 0.3])).toBeNaN();
    expect(() => auc([1, 0], [0.2])).toThrow(RangeError);
  });

  it('Brier of always predicting the base rate b is b(1 − b)', () => {
    expect(brierScore([1, 0, 0, 0], [0.25, 0.25, 0.25, 0.25])).toBeCloseTo(0.1875, 12);
    expect(brierScore([], [])).toBeNaN();
  });

  it('puts a prediction of exactly 1 in the last bin and reports the expected calibration error', () => {
    const bins = reliabilityBins([1, 0, 1, 0], [1, 0, 0.95, 0.05], 10);
    expect(bins[9]).toMatchObject({ count: 2, meanPredicted: 0.975, observedRate: 1 });
    expect(bins[0]).toMatchObject({ count: 2, meanPredicted: 0.025, observedRate: 0 });
    // (2/4)·0.025 + (2/4)·0.025
    expect(expectedCalibrationError(bins)).toBeCloseTo(0.025, 12);
    expect(() => reliabilityBins([1], [0.5], 0)).toThrow(RangeError);
  });

  it('an empty subgroup gives NaNs, not zeros', () => {
    const g = groupCalibration([1, 0], [0.3, 0.2], () => false);
    expect(g.count).toBe(0);
    expect(g.gap).toBeNaN();
  });
});
