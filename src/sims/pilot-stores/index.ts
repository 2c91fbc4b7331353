import { THRESHOLD_BOUNDS as T } from '../../engine/pilot-stores/rule';
import { defineScenario, numberParam, seedParam } from '../../lib/scenario';
import { pilotStoresMessages as m } from '../../messages/pilot-stores';

/**
 * The Pilot stores lab's scenario: the chain's seed and the halt threshold on a
 * rollout wave's mean MAPE (percent, 2–40 in steps of 0.5). The learner's
 * decisions are not in the link: the room opens the same stores and decides.
 */
export const scenario = defineScenario('ps', {
  seed: seedParam(7),
  threshold: numberParam(m.controls.threshold, T.min, T.max, T.default, T.step),
});

export type PilotScenarioParams = (typeof scenario)['params'];
export { default as component } from './PilotStores.svelte';
