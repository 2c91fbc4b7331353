import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../../../src/persistence/schema';
import type { NewRun } from '../../../../src/state/runs.svelte';
import { ComplaintLabController } from '../../../../src/sims/complaint-classifier-lab/controller.svelte';
import { corpusSpec, treeSettings, type ComplaintValues } from '../../../../src/sims/complaint-classifier-lab/settings';
import { TrainingClient } from '../../../../src/state/training.svelte';
import { complaintReproducer } from '../../../../src/sims/runs-and-registry/reproduceComplaint';
import { checkReproduction } from '../../../../src/sims/runs-and-registry/reproduce';
import { ReproduceError } from '../../../../src/sims/runs-and-registry/reproducers';
import { inProcessTrainingWorker, inProcessTreeWorker } from '../complaint-classifier-lab/workers';

const workers = {
  createTreeWorker: () => inProcessTreeWorker(),
  createClient: (backend: 'cpu' | 'wasm' | 'webgl' | 'auto') => new TrainingClient({ backend, createWorker: () => inProcessTrainingWorker() }),
};
const values: ComplaintValues = { seed: 17, size: 500, noise: 15, depth: 6, leaf: 4, units: 12, epochs: 4 };

/** Trains the tree and the network the way the lab does, and returns the two recorded runs. */
async function originals(): Promise<RunRecord[]> {
  const recorded: NewRun[] = [];
  const lab = new ComplaintLabController({ ...workers, backend: () => 'cpu', onCalibration: () => {}, store: undefined, record: async (r) => (recorded.push(r), undefined) });
  try {
    await lab.setCorpus(corpusSpec(values));
    await lab.trainTree(treeSettings(values));
    await lab.trainNetwork(values);
  } finally {
    lab.dispose();
  }
  return recorded.map((r, i) => ({ ...r, id: `r${i}`, createdAt: 0 }));
}

describe('complaint classifier reproducer', () => {
  it('re-runs the tree and the network (same backend, cpu) from their records to identical metrics and curves', async () => {
    const [tree, network] = await originals();
    expect([tree.model, network.model]).toEqual(['decision-tree', 'neural-network']);
    const reproduce = complaintReproducer(workers);
    const reported: Record<string, number[]> = {};
    for (const original of [tree, network]) {
      const epochs: number[] = (reported[original.model!] = []);
      const again = await reproduce(original, { onProgress: (done, total) => epochs.push(done / total) });
      const check = checkReproduction(original, again);
      expect(check.checks.filter((c) => !c.same && !c.timing)).toEqual([]);
      expect(check.identical && check.sameBackend && check.sameSettings).toBe(true);
      expect(again.datasetVersion).toBe(original.datasetVersion);
      expect(again.curves).toEqual(original.curves);
    }
    expect(network.curves?.loss).toHaveLength(values.epochs);
    // The network reports its epochs in order (of 4); the tree fits in one step and reports nothing.
    expect(reported).toEqual({ 'decision-tree': [], 'neural-network': [0.25, 0.5, 0.75, 1] });
  });

  it('refuses hidden layers the lab cannot build', async () => {
    const run: RunRecord = {
      id: 'x', lab: 'complaint-classifier-lab', model: 'neural-network', seed: 1, datasetVersion: 'h', metrics: {}, backend: 'cpu', durationMs: 1, createdAt: 0,
      params: { size: 500, noise: 0.1, vocabulary: 100, hidden: '12-9', epochs: 2, batchSize: 128, learningRate: 0.004 },
    };
    await expect(complaintReproducer(workers)(run)).rejects.toBeInstanceOf(ReproduceError);
  });
});
