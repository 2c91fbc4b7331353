import { defineScenario, intParam, numberParam, seedParam } from '../../lib/scenario';
import { changeRequestMessages as m } from '../../messages/change-request-simulator';

/**
 * The Change-request simulator's scenario. At the bounds (40 requests, 12 sprints) a run takes well under
 * a millisecond, so it runs on the main thread.
 */
export const scenario = defineScenario('cr', {
  seed: seedParam(2),
  changes: intParam(m.controls.changes, 1, 40, 8),
  contract: numberParam(m.controls.contract, 0, 10, 2, 0.5),
  feedback: intParam(m.controls.feedback, 1, 6, 2),
  goal: intParam(m.controls.goal, 0, 12, 7),
  worth: intParam(m.controls.worth, 0, 100, 25),
  overhead: intParam(m.controls.overhead, 0, 50, 10),
});

export type CrScenarioParams = (typeof scenario)['params'];
export { default as component } from './ChangeRequestSimulator.svelte';
