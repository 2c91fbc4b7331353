import { defineScenario } from '../../lib/scenario';

/**
 * The Spaced review has no shareable settings: what it asks depends on the learner's own
 * history on this device, which a link never carries.
 */
export const scenario = defineScenario('sr', {});
export { default as component } from './SpacedReview.svelte';
