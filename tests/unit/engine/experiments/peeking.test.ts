import { describe, expect, it } from 'vitest';
import { peekingSimulation } from '../../../../src/engine/experiments/peeking';
import { binomialAcceptance } from './binomialAcceptance';

const base = { looks: 30, visitorsPerLook: 1000, baseline: 0.1, alpha: 0.05, seed: 2024 };

describe('peekingSimulation', () => {
  const result = peekingSimulation({ ...base, experiments: 2000 });
  const [lo, hi] = binomialAcceptance(2000, 0.05, 0.99);

  it('keeps 2,000 fixed-horizon A/A tests inside the 99 % binomial interval around alpha', () => {
    expect(result.final.fixedHorizon).toBeGreaterThanOrEqual(lo);
    expect(result.final.fixedHorizon).toBeLessThanOrEqual(hi);
  });

  it('inflates the false-positive rate far above alpha when stopping at the first p < 0.05 of 30 looks', () => {
    // Theory for 30 equally spaced looks is about 0.29; anything above 0.2 is "clearly above".
    expect(result.final.peeking).toBeGreaterThan(0.2);
    expect(result.final.peeking).toBeGreaterThan(hi);
  });

  it('holds the O’Brien–Fleming design inside the 99 % binomial interval around alpha', () => {
    expect(result.final.sequential).toBeGreaterThanOrEqual(lo);
    expect(result.final.sequential).toBeLessThanOrEqual(hi);
  });

  it('returns per-look curves for plotting: cumulative rates never fall, one value per look', () => {
    expect(result.looks).toEqual(Array.from({ length: 30 }, (_, k) => k + 1));
    for (const curve of [result.peeking, result.sequential]) {
      expect(curve).toHaveLength(30);
      curve.slice(1).forEach((r, k) => expect(r).toBeGreaterThanOrEqual(curve[k]));
    }
    expect(result.fixedHorizon).toHaveLength(30);
    expect(result.peeking[0]).toBe(result.fixedHorizon[0]);
    expect(result.boundaries[29]).toBeGreaterThan(result.nominalZ);
    expect(result.boundaries[0]).toBeGreaterThan(10);
  });

  it('gives identical output for the same seed and different output for another', () => {
    const config = { ...base, experiments: 200 };
    expect(peekingSimulation(config)).toEqual(peekingSimulation(config));
    expect(peekingSimulation({ ...config, seed: 7 }).peeking).not.toEqual(peekingSimulation(config).peeking);
  });

  it('refuses inputs that could freeze the tab', () => {
    expect(() => peekingSimulation({ ...base, experiments: 1e9 })).toThrow(RangeError);
    expect(() => peekingSimulation({ ...base, experiments: 10, looks: 1000 })).toThrow(RangeError);
  });
});
