import { POLICIES, THRESHOLD_MODES, YEAR_BOUNDS as B } from '../../engine/drift-stream/config';
import { boolParam, defineScenario, enumParam, intParam, seedParam } from '../../lib/scenario';
import { driftMessages as m } from '../../messages/drift-lab';

/**
 * The Drift lab's scenario: the stream (seed, sessions a day, which drifts), the label delay, the retraining
 * policy, the PSI alarm line and the shadow days, so a shared link reproduces the year. Bounds keep a
 * daily-retrain year within a few seconds.
 */
export const scenario = defineScenario('dl', {
  seed: seedParam(42),
  events: intParam(m.controls.events, B.eventsPerDay.min, B.eventsPerDay.max, B.eventsPerDay.default),
  delay: intParam(m.controls.delay, B.labelDelay.min, B.labelDelay.max, B.labelDelay.default),
  shadow: intParam(m.controls.shadow, B.shadowDays.min, B.shadowDays.max, B.shadowDays.default),
  policy: enumParam(m.controls.policy, POLICIES, 'drift'),
  line: enumParam(m.controls.threshold, THRESHOLD_MODES, 'scaled'),
  sudden: boolParam(m.controls.sudden, true),
  gradual: boolParam(m.controls.gradual, true),
  recurring: boolParam(m.controls.recurring, true),
  concept: boolParam(m.controls.concept, true),
  broken: boolParam(m.controls.brokenExports, true),
});

export type DriftScenarioParams = (typeof scenario)['params'];
export { default as component } from './DriftLab.svelte';
