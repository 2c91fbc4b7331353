import { boolParam, defineScenario, enumParam, intParam, numberParam, seedParam } from '../../lib/scenario';
import { abMessages as m } from '../../messages/ab-test-lab';
import { KPIS } from './settings';

/**
 * The A/B test lab's scenario. Bounds keep every run cheap (the engine is O(days), ≤ 60 days) and the
 * rates valid: B's rate is at most 50 % · (1 + 50 % + 30 % novelty) < 100 %.
 */
export const scenario = defineScenario('ab', {
  seed: seedParam(42),
  baseline: numberParam(m.controls.baseline, 0.1, 50, 5, 0.1),
  effect: numberParam(m.controls.effect, -50, 50, 10, 0.1),
  split: intParam(m.controls.split, 1, 99, 50),
  visitors: intParam(m.controls.visitors, 100, 1_000_000, 10_000),
  days: intParam(m.controls.days, 1, 60, 14),
  novelty: boolParam(m.controls.novelty, false),
  kpi: enumParam(m.controls.kpi, KPIS, 'conversion'),
});
export { default as component } from './AbTestLab.svelte';
