import { FAULTS } from '../../engine/pipelines';
import { defineScenario, enumParam } from '../../lib/scenario';
import { pipelineMessages as m } from '../../messages/pipeline-explorer';

/** The Pipeline explorer's scenario: the injected fault, one of the engine's faults (anything else falls back to a failing unit test with a notice). */
export const scenario = defineScenario('pe', {
  fault: enumParam(m.faultParam, FAULTS, 'failing-test'),
});
export { default as component } from './PipelineExplorer.svelte';
