import { defineScenario, intParam, seedParam } from '../../lib/scenario';
import { TREE_JOB_BOUNDS as B } from '../../workers/treeProtocol';
import { complaintLabMessages as m } from '../../messages/complaint-classifier-lab';
import { NETWORK_BOUNDS as N } from './settings';

/**
 * The Complaint classifier lab's scenario: the corpus (seed, size, label noise in
 * percent), the tree's limits and the network's size and epochs, so a shared link
 * trains the same models on the same data. Every value is bounded here and again
 * by the workers.
 */
export const scenario = defineScenario('cc', {
  seed: seedParam(B.seed.default),
  size: intParam(m.data.size, B.size.min, B.size.max, B.size.default),
  noise: intParam(m.data.noiseLabel, B.noise.min * 100, B.noise.max * 100, B.noise.default * 100),
  depth: intParam(m.tree.depthLabel, B.maxDepth.min, B.maxDepth.max, B.maxDepth.default),
  leaf: intParam(m.tree.leafLabel, B.minSamplesLeaf.min, B.minSamplesLeaf.max, B.minSamplesLeaf.default),
  units: intParam(m.network.unitsLabel, N.units.min, N.units.max, N.units.default),
  epochs: intParam(m.network.epochsLabel, N.epochs.min, N.epochs.max, N.epochs.default),
});

export type ComplaintScenarioParams = (typeof scenario)['params'];
export { default as component } from './ComplaintClassifierLab.svelte';
