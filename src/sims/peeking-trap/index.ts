import { defineScenario, intParam, numberParam, seedParam } from '../../lib/scenario';
import { peekingMessages as m } from '../../messages/peeking-trap';

/**
 * The Peeking trap's scenario. At the bounds (2,000 tests × 60 looks) the simulation takes a few hundred
 * milliseconds, so it runs in a worker; the bounds keep even that short.
 */
export const scenario = defineScenario('pk', {
  seed: seedParam(7),
  experiments: intParam(m.controls.experiments, 10, 2000, 1000),
  looks: intParam(m.controls.looks, 1, 60, 30),
  visitors: intParam(m.controls.visitors, 10, 100_000, 1000),
  alpha: numberParam(m.controls.alpha, 1, 10, 5, 0.5),
});
export { default as component } from './PeekingTrap.svelte';
