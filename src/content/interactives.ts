import type { Component } from 'svelte';
import type { ParamSpecs, ScenarioSpec } from '../lib/scenario';
import type { ScenarioState } from '../state/scenario.svelte';
import type { InteractiveId } from './interactiveIds';

/** What every sim folder's index.ts exports. */
export interface SimModule<S extends ParamSpecs = ParamSpecs> {
  scenario: ScenarioSpec<S>;
  component: Component<{ scenario: ScenarioState<S> }>;
}

type Loader = () => Promise<SimModule>;

/**
 * Lazy loaders of the interactives that have landed. Each sim is its own chunk, so a
 * lesson downloads only the sims it shows. An id missing here renders as "coming soon".
 */
export const simLoaders: Partial<Record<InteractiveId, Loader>> = {
  'role-sorter': () => import('../sims/role-sorter/index') as unknown as Promise<SimModule>,
  'complaint-classifier-lab': () => import('../sims/complaint-classifier-lab/index') as unknown as Promise<SimModule>,
  'notebook-to-production': () => import('../sims/notebook-to-production/index') as unknown as Promise<SimModule>,
  'ab-test-lab': () => import('../sims/ab-test-lab/index') as unknown as Promise<SimModule>,
  'peeking-trap': () => import('../sims/peeking-trap/index') as unknown as Promise<SimModule>,
  'many-small-wins': () => import('../sims/many-small-wins/index') as unknown as Promise<SimModule>,
  'sales-forecast-lab': () => import('../sims/sales-forecast-lab/index') as unknown as Promise<SimModule>,
  'change-request-simulator': () => import('../sims/change-request-simulator/index') as unknown as Promise<SimModule>,
  'pilot-stores': () => import('../sims/pilot-stores/index') as unknown as Promise<SimModule>,
  'clinician-in-the-loop': () => import('../sims/clinician-in-the-loop/index') as unknown as Promise<SimModule>,
  'regional-rollout': () => import('../sims/regional-rollout/index') as unknown as Promise<SimModule>,
  'ab-test-analyzer': () => import('../sims/ab-test-analyzer/index') as unknown as Promise<SimModule>,
  'drift-report': () => import('../sims/drift-report/index') as unknown as Promise<SimModule>,
  'drift-lab': () => import('../sims/drift-lab/index') as unknown as Promise<SimModule>,
  'pipeline-explorer': () => import('../sims/pipeline-explorer/index') as unknown as Promise<SimModule>,
  'spaced-review': () => import('../sims/spaced-review/index') as unknown as Promise<SimModule>,
  'runs-and-registry': () => import('../sims/runs-and-registry/index') as unknown as Promise<SimModule>,
};
