import { boolParam, defineScenario, intParam, numberParam, seedParam } from '../../lib/scenario';
import { smallWinsMessages as m } from '../../messages/many-small-wins';

/** Many small wins' scenario: ≤ 500 tests a year keeps a run to a few milliseconds. */
export const scenario = defineScenario('sw', {
  seed: seedParam(2),
  changes: intParam(m.controls.changes, 1, 500, 100),
  nullShare: intParam(m.controls.nullShare, 0, 100, 80),
  mean: numberParam(m.controls.mean, -2, 5, 1, 0.1),
  sd: numberParam(m.controls.sd, 0, 5, 0.5, 0.1),
  traffic: intParam(m.controls.traffic, 1000, 10_000_000, 3_000_000),
  alpha: numberParam(m.controls.alpha, 1, 20, 5, 0.5),
  power: intParam(m.controls.power, 50, 99, 80),
  underpowered: boolParam(m.controls.underpowered, false),
});
export { default as component } from './ManySmallWins.svelte';
