import { boolParam, defineScenario, intParam, numberParam, seedParam } from '../../lib/scenario';
import { rolloutMessages as m } from '../../messages/regional-rollout';

/**
 * The Regional rollout's scenario: rollout speed (days each region is watched), the experiment's
 * share, the four guardrail limits (percent, or a ratio for fairness), whether one region reacts
 * badly, and the seed. One rollout plus 200 harmless replays takes a few hundred ms, so it runs in a worker.
 */
export const scenario = defineScenario('rr', {
  seed: seedParam(7),
  days: intParam(m.controls.days, 2, 14, 7),
  share: intParam(m.controls.share, 10, 50, 25),
  wait: numberParam(m.controls.wait, 1, 50, 10, 0.5),
  supply: numberParam(m.controls.supply, 1, 30, 5, 0.5),
  trips: numberParam(m.controls.trips, 0.5, 20, 3, 0.5),
  fair: numberParam(m.controls.fairness, 1, 3, 1.25, 0.05),
  bad: boolParam(m.controls.trouble, true),
});

export type RolloutScenarioParams = (typeof scenario)['params'];
export { default as component } from './RegionalRollout.svelte';
