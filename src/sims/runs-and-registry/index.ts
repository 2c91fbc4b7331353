import { defineScenario } from '../../lib/scenario';

/**
 * Runs and registry has no scenario of its own: it shows what the learner's labs recorded on this
 * device, so there is nothing to put in a shared link.
 */
export const scenario = defineScenario('runs', {});
export { default as component } from './RunsAndRegistry.svelte';
