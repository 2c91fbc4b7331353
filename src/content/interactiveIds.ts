/**
 * Every interactive of the course by id, with its on-page name from PRODUCT.md.
 * The name is the accessible name of the interactive's region: outside checks rely
 * on it, so never rename one.
 */
export const INTERACTIVE_NAMES = {
  'role-sorter': 'Role sorter',
  'notebook-to-production': 'Notebook-to-production',
  'complaint-classifier-lab': 'Complaint classifier lab',
  'sales-forecast-lab': 'Sales forecast lab',
  'change-request-simulator': 'Change-request simulator',
  'clinician-in-the-loop': 'Clinician-in-the-loop',
  'pilot-stores': 'Pilot stores',
  'regional-rollout': 'Regional rollout',
  'ab-test-lab': 'A/B test lab',
  'peeking-trap': 'Peeking trap',
  'many-small-wins': 'Many small wins',
  'pipeline-explorer': 'Pipeline explorer',
  'drift-lab': 'Drift lab',
  'runs-and-registry': 'Runs and registry',
  'spaced-review': 'Spaced review',
  'ab-test-analyzer': 'A/B test analyzer',
  'drift-report': 'Drift report',
} as const;

export type InteractiveId = keyof typeof INTERACTIVE_NAMES;

export function isInteractiveId(id: string): id is InteractiveId {
  return Object.hasOwn(INTERACTIVE_NAMES, id);
}
