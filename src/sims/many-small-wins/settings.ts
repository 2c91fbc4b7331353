import type { ManySmallWinsConfig } from '../../engine/experiments';

/** Many small wins' controls, percentages as 5 for 5 %. */
export interface SmallWinsSettings {
  seed: number;
  changes: number;
  nullShare: number;
  mean: number;
  sd: number;
  traffic: number;
  alpha: number;
  power: number;
  underpowered: boolean;
}

/** The under-powered switch gives each test this fraction of the traffic. */
export const UNDERPOWERED_FACTOR = 30;
export const MIN_TRAFFIC = 1000;
export const BASELINE = 0.05;

/** Visitors per arm each test really gets. */
export function testTraffic(s: Pick<SmallWinsSettings, 'traffic' | 'underpowered'>): number {
  return s.underpowered ? Math.max(MIN_TRAFFIC, Math.round(s.traffic / UNDERPOWERED_FACTOR)) : s.traffic;
}

export function toSmallWinsConfig(s: SmallWinsSettings): ManySmallWinsConfig {
  return {
    changes: s.changes,
    trueEffects: { nullShare: s.nullShare / 100, mean: s.mean / 100, sd: s.sd / 100 },
    trafficPerTest: testTraffic(s),
    baseline: BASELINE,
    alpha: s.alpha / 100,
    power: s.power / 100,
    seed: s.seed,
  };
}

/** Everything but the under-powered switch: two runs with the same key test the same year of ideas. */
export function ideasKey(s: SmallWinsSettings): string {
  return [s.seed, s.changes, s.nullShare, s.mean, s.sd, s.traffic, s.alpha, s.power].join('|');
}
