import { describe, expect, it } from 'vitest';
import { type ExperimentConfig, simulateExperiment } from '../../../../src/engine/experiments/simulateExperiment';
import { createRng } from '../../../../src/engine/random/rng';
import { binomialAcceptance } from './binomialAcceptance';

const config: ExperimentConfig = { days: 14, visitorsPerDay: 20_000, split: 0.5, baselineRate: 0.05, lift: 0.1 };
const width = ([lo, hi]: [number, number]) => hi - lo;

describe('simulateExperiment', () => {
  it('gives identical output for the same seed', () => {
    expect(simulateExperiment(config, createRng(3))).toEqual(simulateExperiment(config, createRng(3)));
    expect(simulateExperiment(config, createRng(4))).not.toEqual(simulateExperiment(config, createRng(3)));
  });

  it('reports cumulative totals that add up to the daily traffic', () => {
    const days = simulateExperiment(config, createRng(1));
    expect(days).toHaveLength(14);
    days.forEach((d, i) => {
      expect(d.day).toBe(i + 1);
      expect(d.a.visitors + d.b.visitors).toBe((i + 1) * config.visitorsPerDay);
      expect(d.a.conversions).toBeLessThanOrEqual(d.a.visitors);
    });
  });

  it('narrows every interval as the days accumulate', () => {
    const days = simulateExperiment(config, createRng(2));
    const [first, last] = [days[0], days[13]];
    for (const pick of [(d: typeof first) => d.conversion.ci, (d: typeof first) => d.sales.ci, (d: typeof first) => d.duration.ci]) {
      expect(width(pick(last))).toBeLessThan(width(pick(first)) / 2.5);
    }
    expect(width(last.conversion.relative.ci)).toBeLessThan(width(first.conversion.relative.ci) / 2.5);
  });

  it('finds a large true lift on every KPI and brackets it', () => {
    const last = simulateExperiment({ ...config, lift: 0.2 }, createRng(5)).at(-1)!;
    for (const kpi of [last.conversion, last.sales, last.duration]) expect(kpi.pValue).toBeLessThan(1e-4);
    expect(last.conversion.relative.ci[0]).toBeLessThan(0.2);
    expect(last.conversion.relative.ci[1]).toBeGreaterThan(0.2);
    expect(last.conversionPower).toBeGreaterThan(0.99);
  });

  it('adds a novelty effect on day 1 that halves every half-life', () => {
    const days = simulateExperiment({ ...config, lift: 0.02, novelty: { lift: 0.08, halfLifeDays: 3 } }, createRng(6));
    expect(days[0].trueEffect).toBeCloseTo(0.1, 12);
    expect(days[3].trueEffect).toBeCloseTo(0.06, 12);
    expect(days[13].trueEffect).toBeLessThan(0.03);
  });

  it('refuses configurations outside the documented bounds', () => {
    expect(() => simulateExperiment({ ...config, split: 1 }, createRng(1))).toThrow(RangeError);
    expect(() => simulateExperiment({ ...config, days: 1000 }, createRng(1))).toThrow(RangeError);
    expect(() => simulateExperiment({ ...config, sessionDuration: { mean: 100, sigma: 3 } }, createRng(1))).toThrow(RangeError);
  });
});

describe('simulateExperiment as a whole, over 1,000 seeded A/A tests', () => {
  const runs = 1000;
  const aa: ExperimentConfig = { days: 7, visitorsPerDay: 20_000, split: 0.3, baselineRate: 0.05, lift: 0 };
  const finals = Array.from({ length: runs }, (_, seed) => simulateExperiment(aa, createRng(seed + 1000)).at(-1)!);
  const [lo, hi] = binomialAcceptance(runs, 0.05, 0.99);
  const rate = (hit: (d: (typeof finals)[number]) => boolean) => finals.filter(hit).length / runs;

  it.each([
    ['conversion', (d: (typeof finals)[number]) => d.conversion.pValue < 0.05],
    ['sales per session', (d: (typeof finals)[number]) => d.sales.pValue < 0.05],
    ['session duration', (d: (typeof finals)[number]) => d.duration.pValue < 0.05],
    ['sample-ratio check', (d: (typeof finals)[number]) => d.srm.pValue < 0.05],
  ])('keeps the %s false-positive rate inside the 99 %% binomial interval around 0.05', (_name, hit) => {
    const r = rate(hit);
    expect(r).toBeGreaterThanOrEqual(lo);
    expect(r).toBeLessThanOrEqual(hi);
  });

  it('covers the true lift of 0 with the delta-method interval about 95 % of the time', () => {
    const [cLo, cHi] = binomialAcceptance(runs, 0.95, 0.99);
    const covered = rate((d) => d.duration.relative.ci[0] <= 0 && d.duration.relative.ci[1] >= 0);
    expect(covered).toBeGreaterThanOrEqual(cLo);
    expect(covered).toBeLessThanOrEqual(cHi);
  });
});
