import { describe, expect, it } from 'vitest';
import type { LatencyResult, ModelSize } from '../../../../src/engine/training/types';
import { judge } from '../../../../src/sims/notebook-to-production/verdict';
import { FAMILY_MEMBERS, OFFLINE_ACCURACY, SIZES } from '../../../../src/sims/notebook-to-production/family';

const result = (size: ModelSize, p95: number, p50 = p95 / 2): LatencyResult => ({
  size,
  hidden: [],
  params: 0,
  bytes: 0,
  latency: { p50, p95, mean: p50, min: 0, max: p95 },
  throughput: 1000,
  throughputBatch: 64,
});
const measured = (small: number, medium: number, large: number) => [result('small', small), result('medium', medium), result('large', large)];

describe('judge', () => {
  const cases = [
    { name: 'every model fits a loose budget: the offline winner also wins in production', results: measured(0.2, 0.5, 3), budget: 5, kind: 'winner-fits', pick: 'large', fits: { small: true, medium: true, large: true } },
    { name: 'a tight budget: the offline winner loses to the most accurate model that fits', results: measured(0.2, 0.5, 3), budget: 1, kind: 'winner-loses', pick: 'medium', fits: { small: true, medium: true, large: false } },
    { name: 'a budget only the small model meets', results: measured(0.2, 1.5, 3), budget: 1, kind: 'winner-loses', pick: 'small', fits: { small: true, medium: false, large: false } },
    { name: 'a p95 exactly on the budget fits it', results: measured(0.2, 0.5, 3), budget: 3, kind: 'winner-fits', pick: 'large', fits: { small: true, medium: true, large: true } },
    { name: 'nothing fits', results: measured(2, 4, 9), budget: 1, kind: 'none-fits', pick: null, fits: { small: false, medium: false, large: false } },
    { name: 'a noisy medium slower than large: large still wins when it fits', results: measured(0.2, 4, 3), budget: 3.5, kind: 'winner-fits', pick: 'large', fits: { small: true, medium: false, large: true } },
    { name: 'a partial measurement waits, but judges what it has', results: measured(0.2, 0.5, 3).slice(0, 2), budget: 0.3, kind: 'waiting', pick: null, fits: { small: true, medium: false } },
    { name: 'a non-finite p95 counts as not measured', results: measured(0.2, NaN, 3), budget: 5, kind: 'waiting', pick: null, fits: { small: true, large: true } },
  ] as const;
  for (const c of cases) {
    it(`handles ${c.name}`, () => {
      const v = judge(SIZES, OFFLINE_ACCURACY, c.results, c.budget);
      expect(v.kind).toBe(c.kind);
      expect(v.productionWinner).toBe(c.pick);
      expect(v.fits).toEqual(c.fits);
      expect(v.offlineWinner).toBe('large');
    });
  }

  it('reports the offline winner’s p95, the budget below which it loses', () => {
    expect(judge(SIZES, OFFLINE_ACCURACY, measured(0.2, 0.5, 3), 5).winnerP95).toBe(3);
    expect(judge(SIZES, OFFLINE_ACCURACY, [], 5).winnerP95).toBeNull();
  });

  it('breaks an accuracy tie in favour of the smaller model', () => {
    const tie = { small: 0.9, medium: 0.9, large: 0.8 };
    expect(judge(SIZES, tie, measured(0.2, 0.5, 3), 5)).toMatchObject({ offlineWinner: 'small', productionWinner: 'small' });
  });
});

describe('the family', () => {
  it('is one family in three sizes, each bigger and a little more accurate offline than the last', () => {
    expect(FAMILY_MEMBERS.map((f) => f.size)).toEqual(['small', 'medium', 'large']);
    for (let i = 1; i < FAMILY_MEMBERS.length; i++) {
      expect(FAMILY_MEMBERS[i].params).toBeGreaterThan(FAMILY_MEMBERS[i - 1].params);
      expect(FAMILY_MEMBERS[i].accuracy).toBeGreaterThan(FAMILY_MEMBERS[i - 1].accuracy);
      expect(FAMILY_MEMBERS[i].accuracy - FAMILY_MEMBERS[i - 1].accuracy).toBeLessThan(0.03);
    }
  });
});
