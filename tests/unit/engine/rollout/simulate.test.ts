import { describe, expect, it } from 'vitest';
import { fairnessRatio } from '../../../../src/engine/rollout/fairness';
import { harmlessReplays } from '../../../../src/engine/rollout/replays';
import { simulateRollout, type RolloutConfig } from '../../../../src/engine/rollout/simulate';
import { regionStatus } from '../../../../src/engine/rollout/status';
import { HORIZON_DAYS, REGIONS, WEEKDAY_FACTOR } from '../../../../src/engine/rollout/city';
import { binomialAcceptance } from '../experiments/binomialAcceptance';

const limits = { wait: 10, supply: 5, trips: 3, fairness: 1.25 };
const base: RolloutConfig = { seed: 7, watchDays: 7, share: 0.25, limits, alpha: 0.05, trouble: true };

describe('fairnessRatio', () => {
  it('divides the poorest neighbourhood’s mean price rise by the richest’s when there are four (quarters of one)', () => {
    // Unsorted on purpose: poorest is income 10 (rise 0.3), richest is income 40 (rise 0.1).
    const hoods = [
      { income: 30, trips: 100, meanRise: 0.2 },
      { income: 10, trips: 200, meanRise: 0.3 },
      { income: 40, trips: 50, meanRise: 0.1 },
      { income: 20, trips: 300, meanRise: 0.25 },
    ];
    expect(fairnessRatio(hoods)).toBeCloseTo(3, 12);
  });

  it('weights by trips inside each quarter: (200·0.3 + 300·0.25)/500 ÷ (100·0.2 + 300·0.1)/400 = 0.27/0.125 = 2.16', () => {
    const hoods = [
      { income: 10, trips: 200, meanRise: 0.3 },
      { income: 20, trips: 300, meanRise: 0.25 },
      { income: 30, trips: 1, meanRise: 9 },
      { income: 40, trips: 1, meanRise: 9 },
      { income: 50, trips: 1, meanRise: 9 },
      { income: 60, trips: 1, meanRise: 9 },
      { income: 70, trips: 100, meanRise: 0.2 },
      { income: 80, trips: 300, meanRise: 0.1 },
    ];
    expect(fairnessRatio(hoods)).toBeCloseTo(2.16, 12);
  });

  it('is NaN when it cannot be defined', () => {
    expect(fairnessRatio([{ income: 1, trips: 10, meanRise: 0.2 }])).toBeNaN();
    expect(fairnessRatio([{ income: 1, trips: 10, meanRise: 0.2 }, { income: 2, trips: 10, meanRise: 0 }])).toBeNaN();
  });
});

describe('simulateRollout', () => {
  it('is exactly reproducible from its seed, and another seed gives other numbers', () => {
    expect(simulateRollout(base)).toEqual(simulateRollout(base));
    const other = simulateRollout({ ...base, seed: 43 });
    expect(other.regions[0].series!.wait.daily).not.toEqual(simulateRollout(base).regions[0].series!.wait.daily);
  });

  it('rolls back when the seeded bad region really breaks a guardrail, within its watch window', () => {
    const result = simulateRollout(base);
    expect(result.badRegion).not.toBeNull();
    const bad = result.regions[result.badRegion!];
    expect(result.rollback).not.toBeNull();
    expect(result.rollback!.region).toBe(result.badRegion);
    expect(result.rollback!.day).toBeGreaterThanOrEqual(bad.start + 1);
    expect(result.rollback!.day).toBeLessThanOrEqual(bad.watchEnd);
    expect(result.daysToDetection).toBe(result.rollback!.day - bad.start + 1);
    // The breach is confident: the band's lower edge is above the limit.
    expect(result.rollback!.lower).toBeGreaterThan(limits[result.rollback!.guardrail]);
  });

  it('does not roll back a harmless model with one very noisy day (+60% wait in Old Town’s new-model slots on day 3)', () => {
    const config: RolloutConfig = { ...base, trouble: false, incidents: [{ region: 0, day: 3, guardrail: 'wait', size: 60 }] };
    const result = simulateRollout(config);
    expect(result.regions[0].series!.wait.daily[3]).toBeGreaterThan(limits.wait);
    expect(result.regions[0].series!.wait.estimate[3]).toBeGreaterThan(limits.wait);
    expect(result.rollback).toBeNull();
    expect(result.daysToDetection).toBeNull();
    expect(result.ridersExposed).toBe(0);
  });

  it('counts riders: a quarter of a watched region’s riders, all of them afterwards, none after a rollback', () => {
    const result = simulateRollout({ ...base, trouble: false });
    const oldTown = REGIONS[0].ridersPerDay;
    const day0 = Math.round(Math.round(oldTown * WEEKDAY_FACTOR[0]) * 0.25);
    expect(result.reachedByDay[0]).toBe(day0);
    const day7 = Math.round(oldTown * WEEKDAY_FACTOR[0]) + Math.round(Math.round(REGIONS[1].ridersPerDay * WEEKDAY_FACTOR[0]) * 0.25);
    expect(result.reachedByDay[7] - result.reachedByDay[6]).toBe(day7);
    expect(result.reachedByDay).toHaveLength(HORIZON_DAYS);
    expect(result.ridersReached).toBe(result.reachedByDay[HORIZON_DAYS - 1]);

    const rolled = simulateRollout(base);
    const day = rolled.rollback!.day;
    expect(rolled.reachedByDay[HORIZON_DAYS - 1]).toBe(rolled.reachedByDay[day]);
    expect(rolled.ridersExposed).toBe(rolled.regions[rolled.badRegion!].reached);
  });

  it('shows the trade over 30 seeds: watching 3 days reaches more riders and exposes far more to the bad model than watching 7', () => {
    let fast = { reached: 0, exposed: 0, caught: 0 };
    let slow = { reached: 0, exposed: 0, caught: 0 };
    for (let seed = 0; seed < 30; seed++) {
      const f = simulateRollout({ ...base, seed, watchDays: 3, keepSeries: false });
      const s = simulateRollout({ ...base, seed, watchDays: 7, keepSeries: false });
      fast = { reached: fast.reached + f.ridersReached, exposed: fast.exposed + f.ridersExposed, caught: fast.caught + (f.daysToDetection ? 1 : 0) };
      slow = { reached: slow.reached + s.ridersReached, exposed: slow.exposed + s.ridersExposed, caught: slow.caught + (s.daysToDetection ? 1 : 0) };
    }
    expect(fast.reached).toBeGreaterThan(slow.reached);
    expect(fast.exposed).toBeGreaterThan(10 * slow.exposed);
    expect(slow.caught).toBe(30);
    expect(fast.caught).toBeLessThan(15);
  });

  it('refuses settings outside its bounds', () => {
    expect(() => simulateRollout({ ...base, watchDays: 1 })).toThrow(RangeError);
    expect(() => simulateRollout({ ...base, share: 1 })).toThrow(RangeError);
    expect(() => simulateRollout({ ...base, limits: { ...limits, wait: NaN } })).toThrow(RangeError);
  });
});

describe('the whole rollout’s false-alarm rate', () => {
  it('rolls back a harmless model (limits above its small true effects) in at most α = 5% of 300 seeded rollouts', () => {
    const { runs, rollbacks } = harmlessReplays({ ...base, alpha: 0.05 }, 300);
    const [, hi] = binomialAcceptance(runs, 0.05, 0.99);
    expect(rollbacks / runs).toBeLessThanOrEqual(hi);
  });

  it('rolls back far more often than α when a limit is tighter than an effect the model really has (fairness 1.0 < 1.05)', () => {
    const { runs, rollbacks } = harmlessReplays({ ...base, limits: { ...limits, fairness: 1 } }, 100);
    const [, hi] = binomialAcceptance(runs, 0.05, 0.99);
    expect(rollbacks / runs).toBeGreaterThan(2 * hi);
  });
});

describe('regionStatus', () => {
  it('walks a region through waiting, watched, live, and the rollback', () => {
    const result = simulateRollout(base);
    const rollback = result.rollback!;
    // Seed 7: Northgate (4th, switched on day 21) breaks its fairness guardrail on day 26, look 6.
    expect(result.badRegion).toBe(3);
    expect(rollback).toMatchObject({ day: 26, region: 3, guardrail: 'fairness', look: 6 });
    expect(regionStatus(result, 3, 20)).toEqual({ kind: 'waiting' });
    expect(regionStatus(result, 3, 21)).toEqual({ kind: 'watching', look: 1, of: 7 });
    expect(regionStatus(result, 3, 26)).toEqual({ kind: 'breached' });
    expect(regionStatus(result, 0, 26)).toEqual({ kind: 'live' });
    expect(regionStatus(result, 0, 27)).toEqual({ kind: 'rolled-back' });
    expect(regionStatus(result, 4, 27)).toEqual({ kind: 'never' });
    expect(regionStatus(result, 4, HORIZON_DAYS - 1)).toEqual({ kind: 'never' });
    const harmless = simulateRollout({ ...base, trouble: false });
    expect(regionStatus(harmless, 0, 7)).toEqual({ kind: 'live' });
  });
});
