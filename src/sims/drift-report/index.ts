import { defineScenario } from '../../lib/scenario';

/**
 * The Drift report reads the learner's own files, which never go into a link: its scenario has no
 * parameters (the frame's share button then links to the tool itself).
 */
export const scenario = defineScenario('drift', {});
export { default as component } from './DriftReport.svelte';
