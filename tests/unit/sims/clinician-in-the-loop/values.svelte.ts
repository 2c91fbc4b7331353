/** Reactive scenario values for the controller tests (the lab reads them through a getter, as from ScenarioState). */
export function reactiveValues(initial: { seed: number; patients: number; leak: number; drop: string }) {
  const v = $state({ ...initial });
  return { get: () => v, set: (next: Partial<typeof initial>) => Object.assign(v, next) };
}
