import { describe, expect, it } from 'vitest';
import { type ManySmallWinsConfig, manySmallWins } from '../../../../src/engine/experiments/manySmallWins';
import { binomialAcceptance } from './binomialAcceptance';

const year: ManySmallWinsConfig = {
  changes: 52,
  trueEffects: { nullShare: 0.3, mean: 0.002, sd: 0.01 },
  trafficPerTest: 50_000,
  baseline: 0.05,
  alpha: 0.05,
  power: 0.8,
  seed: 9,
};

describe('manySmallWins', () => {
  it('gives identical output for the same seed', () => {
    expect(manySmallWins(year)).toEqual(manySmallWins(year));
  });

  it('classifies every change once and ends each series on its final compound', () => {
    const r = manySmallWins(year);
    const { counts } = r;
    expect(counts['true-win'] + counts['false-win'] + counts['missed-win'] + counts['correct-rejection']).toBe(52);
    for (const key of ['claimed', 'realized', 'oracle', 'shipEverything'] as const) {
      expect(r.series[key]).toHaveLength(52);
      expect(r.series[key][51]).toBe(r.compound[key]);
    }
    for (const c of r.changes) expect(c.kind === 'true-win' || c.kind === 'false-win').toBe(c.shipped);
  });

  it('draws the same year of true effects whatever the traffic, so only the testing differs', () => {
    const small = manySmallWins({ ...year, trafficPerTest: 2_000 });
    const large = manySmallWins({ ...year, trafficPerTest: 2_000_000 });
    expect(small.changes.map((c) => c.trueLift)).toEqual(large.changes.map((c) => c.trueLift));
  });

  it('misses more real wins and ships less of the available gain when tests are under-powered', () => {
    const small = manySmallWins({ ...year, changes: 300, trafficPerTest: 5_000 });
    const large = manySmallWins({ ...year, changes: 300, trafficPerTest: 2_000_000 });
    expect(small.mdeRelative).toBeGreaterThan(large.mdeRelative * 10);
    expect(small.underpoweredWins).toBeGreaterThan(large.underpoweredWins);
    expect(small.meanPowerOfWins).toBeLessThan(large.meanPowerOfWins);
    expect(small.counts['missed-win']).toBeGreaterThan(large.counts['missed-win']);
    expect(small.compound.realized).toBeLessThan(large.compound.realized);
  });

  it('overstates the compound effect of shipped changes when tests are small (winner’s curse)', () => {
    let claimed = 0;
    let realized = 0;
    for (let seed = 0; seed < 20; seed++) {
      const r = manySmallWins({ ...year, trafficPerTest: 10_000, seed });
      claimed += Math.log(r.compound.claimed);
      realized += Math.log(r.compound.realized);
    }
    expect(claimed).toBeGreaterThan(realized);
  });

  it('ships null changes at rate alpha / 2 (significant and positive)', () => {
    const r = manySmallWins({ ...year, changes: 1000, trueEffects: { nullShare: 1, mean: 0, sd: 0 } });
    const [lo, hi] = binomialAcceptance(1000, 0.025, 0.99);
    expect(r.counts['false-win'] / 1000).toBeGreaterThanOrEqual(lo);
    expect(r.counts['false-win'] / 1000).toBeLessThanOrEqual(hi);
    expect(r.compound.realized).toBe(1);
  });

  it('refuses inputs outside the documented bounds', () => {
    expect(() => manySmallWins({ ...year, changes: 10_000 })).toThrow(RangeError);
    expect(() => manySmallWins({ ...year, power: 0.01 })).toThrow(RangeError);
  });
});
