import { childSeed } from '../random/rng';
import { simulateRollout, type RolloutConfig } from './simulate';

export interface ReplayResult {
  /** Harmless rollouts simulated. */
  runs: number;
  /** How many of them were rolled back anyway. */
  rollbacks: number;
}

/**
 * Replays the same rollout `runs` times with no troubled region (only the small acceptable effects)
 * and fresh noise (seeds childSeed(seed, 'replay-i')), and counts rollbacks: an estimate of how
 * often these limits stop a model the business would accept. With every limit at or above the true
 * acceptable effect this is at most α (the rule's guarantee); with a limit below it, the rollback is
 * the rule doing its job on a limit set too tight. runs: integer 1–2,000.
 */
export function harmlessReplays(config: RolloutConfig, runs: number): ReplayResult {
  if (!(Number.isInteger(runs) && runs >= 1 && runs <= 2000)) throw new RangeError('harmlessReplays: runs must be an integer in [1, 2000]');
  let rollbacks = 0;
  for (let i = 0; i < runs; i++) {
    const result = simulateRollout({ ...config, trouble: false, incidents: [], keepSeries: false, seed: childSeed(config.seed, `replay-${i}`) });
    if (result.rollback) rollbacks++;
  }
  return { runs, rollbacks };
}
