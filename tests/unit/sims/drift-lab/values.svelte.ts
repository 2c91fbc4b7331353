import type { DriftValues } from '../../../../src/sims/drift-lab/controller.svelte';

/** Reactive scenario values for the controller tests (the lab reads them through a getter, as from ScenarioState). */
export function reactiveValues(initial: DriftValues) {
  const v = $state({ ...initial });
  return { get: () => v, set: (next: Partial<DriftValues>) => Object.assign(v, next) };
}
