import { defineScenario, enumParam, intParam, numberParam } from '../../lib/scenario';
import { LATENCY_BOUNDS } from '../../workers/protocol';
import { notebookMessages as m } from '../../messages/notebook-to-production';

/**
 * The Notebook-to-production lab's scenario: the learner's latency budget (ms, on
 * the p95), how many predictions each model is timed on, and which backend runs
 * them. A shared link reproduces the question; the answer is each device's own.
 */
export const scenario = defineScenario('np', {
  budget: numberParam(m.controls.budget, 0.1, 100, 2, 0.1),
  calls: intParam(m.controls.calls, 20, Math.min(300, LATENCY_BOUNDS.calls.max), 100),
  backend: enumParam(m.controls.backend, ['default', 'webgl', 'wasm', 'cpu'] as const, 'default'),
});

export type NotebookScenarioParams = (typeof scenario)['params'];
export { default as component } from './NotebookToProduction.svelte';
