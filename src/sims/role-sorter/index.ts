import { defineScenario, seedParam } from '../../lib/scenario';

/** The deal order is the only scenario value: a shared link deals the room the same deck. */
export const scenario = defineScenario('rs', { seed: seedParam(1) });
export { default as component } from './RoleSorter.svelte';
