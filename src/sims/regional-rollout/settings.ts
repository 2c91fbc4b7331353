import type { RolloutConfig } from '../../engine/rollout';
import type { ScenarioValues } from '../../lib/scenario';
import type { RolloutScenarioParams } from './index';

export type RolloutSettings = ScenarioValues<RolloutScenarioParams>;

/** Family-wise false-alarm rate of every rollout in the lab. */
export const ALPHA = 0.05;
/** Harmless replays per run, for the false-rollback estimate. */
export const REPLAYS = 200;

/** The engine's config for the lab's settings (share in percent → fraction). */
export function toRolloutConfig(s: RolloutSettings): RolloutConfig {
  return {
    seed: s.seed,
    watchDays: s.days,
    share: s.share / 100,
    limits: { wait: s.wait, supply: s.supply, trips: s.trips, fairness: s.fair },
    alpha: ALPHA,
    trouble: s.bad,
  };
}

export function settingsKey(s: RolloutSettings): string {
  return [s.seed, s.days, s.share, s.wait, s.supply, s.trips, s.fair, s.bad].join('|');
}
