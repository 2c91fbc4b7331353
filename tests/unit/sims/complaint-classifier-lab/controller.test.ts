import * as tf from '@tensorflow/tfjs';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRepository } from '../../../../src/persistence/memoryRepository';
import type { RunRecord } from '../../../../src/persistence/schema';
import { ComplaintLabController } from '../../../../src/sims/complaint-classifier-lab/controller.svelte';
import { LAB_ID, type ModelStore } from '../../../../src/sims/complaint-classifier-lab/network.svelte';
import { corpusSpec, type ComplaintValues } from '../../../../src/sims/complaint-classifier-lab/settings';
import type { NewRun } from '../../../../src/state/runs.svelte';
import { TrainingClient } from '../../../../src/state/training.svelte';
import type { WorkerReply } from '../../../../src/workers/protocol';
import { inProcessTrainingWorker, inProcessTreeWorker } from './workers';

const values: ComplaintValues = { seed: 42, size: 600, noise: 10, depth: 8, leaf: 5, units: 16, epochs: 8 };
const COMPLAINT = 'I was charged twice for my order and want a refund';

function setup(options: { intercept?: () => ((r: WorkerReply) => WorkerReply | null) | undefined } = {}) {
  const repo = createMemoryRepository();
  const runs: RunRecord[] = [];
  const treeWorkers: ReturnType<typeof inProcessTreeWorker>[] = [];
  let clients = 0;
  const store: ModelStore = {
    put: async (r) => (await repo.putModel(r), 'saved'),
    latest: async () => (await repo.listModels({ lab: LAB_ID }))[0],
    get: (id) => repo.getModel(id),
    run: (id) => repo.getRun(id),
  };
  const lab = new ComplaintLabController({
    createTreeWorker: () => {
      const w = inProcessTreeWorker();
      treeWorkers.push(w);
      return w;
    },
    createClient: (backend) => (clients++, new TrainingClient({ backend, createWorker: () => inProcessTrainingWorker(options.intercept?.()) })),
    backend: () => 'cpu',
    record: async (run: NewRun) => {
      const full = { ...run, id: crypto.randomUUID(), createdAt: Date.now() };
      await repo.addRun(full);
      runs.push(full);
      return full;
    },
    store,
  });
  return { lab, runs, treeWorkers, clients: () => clients };
}

let current: ComplaintLabController | null = null;
afterEach(() => current?.dispose());

async function ready(v: ComplaintValues = values, opts?: Parameters<typeof setup>[0]) {
  const s = setup(opts);
  current = s.lab;
  await s.lab.setCorpus(corpusSpec(v));
  return s;
}

describe('ComplaintLabController', () => {
  it('fits the tree in its worker, records the run and explains a typed complaint step by step', async () => {
    const { lab, runs } = await ready();
    const fit = await lab.trainTree({ maxDepth: 8, minSamplesLeaf: 5 });
    expect(fit?.metrics.accuracy).toBeGreaterThan(0.6);
    expect(lab.tree).toBe(fit);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ lab: LAB_ID, model: 'decision-tree', backend: 'js', seed: 42, datasetVersion: lab.corpus!.datasetVersion });
    expect(Object.keys(runs[0].metrics).sort()).toEqual(['accuracy', 'macroF1', 'parameters', 'sizeBytes', 'trainMs']);
    lab.setText(COMPLAINT);
    expect(lab.tokens?.known).toContain('refund');
    expect(lab.explanation?.steps.length).toBeGreaterThan(0);
    expect(lab.explanation?.className).toBe('billing');
  });

  it('trains the network on cpu, scores it on the holdout, records the run and scores a typed complaint', async () => {
    const { lab, runs } = await ready();
    await lab.trainNetwork(values);
    const r = lab.network!;
    expect(r.backend).toBe('cpu');
    expect(r.scores.accuracy).toBeGreaterThan(0.5);
    expect(Object.values(r.scores).every(Number.isFinite)).toBe(true);
    expect(r.scores.parameters).toBe(lab.corpus!.cols * 16 + 16 + 16 * 8 + 8 + 8 * 5 + 5);
    expect(runs[0]).toMatchObject({ model: 'neural-network', backend: 'cpu', params: { hidden: '16-8', epochs: 8 } });
    expect(r.runId).toBe(runs[0].id);
    expect(lab.net.client?.history.valAcc).toHaveLength(8);
    // The run keeps its training curves, one value per epoch, for overlaid comparison.
    const h = lab.net.client!.history;
    expect(runs[0].curves).toEqual({ loss: h.loss, accuracy: h.acc, valLoss: h.valLoss, valAccuracy: h.valAcc });
    expect(runs[0].curves!.loss).toHaveLength(8);
    lab.setText(COMPLAINT);
    await waitFor(() => lab.networkScores !== null);
    expect(lab.networkScores!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });

  it('honours a Cancel pressed before the first network training has its worker', async () => {
    const { lab, runs } = await ready();
    const training = lab.trainNetwork(values);
    expect(lab.net.client).toBeNull();
    lab.cancel();
    await training;
    expect(lab.net.client?.status).toBe('cancelled');
    expect(lab.network).toBeNull();
    expect(runs).toEqual([]);
    // The next training is not cancelled by the old press.
    await lab.trainNetwork(values);
    expect(lab.network?.backend).toBe('cpu');
    expect(runs).toHaveLength(1);
  });

  it('gives the same network for the same seed on the same backend', async () => {
    const { lab } = await ready();
    await lab.trainNetwork(values);
    const first = { scores: lab.network!.scores, history: lab.net.client!.history };
    await lab.trainNetwork(values);
    expect(lab.network!.scores.accuracy).toBe(first.scores.accuracy);
    expect(lab.network!.scores.macroF1).toBe(first.scores.macroF1);
    expect(lab.net.client!.history.loss).toEqual(first.history.loss);
  });

  it('saves the network and loads it back with the same predictions, after training another one', async () => {
    const { lab } = await ready();
    await lab.trainNetwork(values);
    lab.setText(COMPLAINT);
    await waitFor(() => lab.networkScores !== null);
    const before = { scores: lab.networkScores!, accuracy: lab.network!.scores.accuracy };
    expect(await lab.net.save()).toBe(true);
    expect(lab.net.saved).toMatchObject({ lab: LAB_ID, stage: 'none' });

    await lab.trainNetwork({ ...values, units: 8, epochs: 1 });
    await waitFor(() => lab.networkScores !== null && lab.networkScores !== before.scores);
    const other = lab.networkScores;
    expect(other).not.toEqual(before.scores);

    await lab.loadSaved(() => {
      throw new Error('the data settings did not change');
    });
    expect(lab.network).toMatchObject({ source: 'loaded', hidden: [16, 8] });
    expect(lab.network!.scores.accuracy).toBe(before.accuracy);
    await waitFor(() => lab.networkScores !== null && lab.networkScores !== other);
    expect(lab.networkScores).toEqual(before.scores);
  });

  it('restores the data settings a saved network was trained on before loading it', async () => {
    const { lab } = await ready();
    await lab.trainNetwork(values);
    const version = lab.corpus!.datasetVersion;
    await lab.net.save();
    const other = corpusSpec({ ...values, seed: 7 });
    await lab.setCorpus(other);
    expect(lab.network).toBeNull();
    const applied: unknown[] = [];
    await lab.loadSaved((spec) => applied.push(spec));
    expect(applied).toEqual([corpusSpec(values)]);
    expect(lab.corpus!.datasetVersion).toBe(version);
    expect(lab.network?.source).toBe('loaded');
  });

  it('stops cleanly when the WebGL context is lost and continues on the suggested backend', async () => {
    let lose = true;
    const { lab, clients } = await ready(values, {
      intercept: () => {
        const mine = lose;
        lose = false;
        return (r) =>
          mine && r.type === 'progress' && r.stage === 'epoch' && r.epoch === 2
            ? { type: 'error', id: r.id, code: 'context-lost', message: 'lost', recoverable: true, suggestBackend: 'cpu' }
            : r;
      },
    });
    await lab.trainNetwork(values);
    expect(lab.network).toBeNull();
    expect(lab.net.client?.status).toBe('error');
    expect(lab.net.client?.error).toMatchObject({ code: 'context-lost', suggestBackend: 'cpu' });
    expect(lab.net.client!.history.loss.every(Number.isFinite)).toBe(true);
    await lab.continueOn('cpu');
    expect(lab.network?.backend).toBe('cpu');
    expect(Number.isFinite(lab.network!.scores.accuracy)).toBe(true);
    expect(clients()).toBe(1); // one client; useBackend replaced its worker
  });

  it('cancels a network run: nothing is kept and the lab is free again', async () => {
    const { lab, runs } = await ready();
    const run = lab.trainNetwork({ ...values, epochs: 200 });
    await waitFor(() => (lab.net.client?.history.loss.length ?? 0) >= 1);
    lab.cancel();
    await run;
    expect(lab.net.client?.status).toBe('cancelled');
    expect(lab.network).toBeNull();
    expect(lab.busy).toBe(false);
    expect(runs).toEqual([]);
  });

  it('cancels a tree fit by stopping its worker, then prepares the corpus again in a fresh one', async () => {
    const { lab, treeWorkers } = await ready();
    const fit = lab.trainTree({ maxDepth: 12, minSamplesLeaf: 1 });
    lab.cancel();
    expect(await fit).toBeNull();
    expect(treeWorkers[0].terminated).toBe(true);
    expect(lab.treeBusy).toBe(false);
    expect(await lab.trainTree({ maxDepth: 4, minSamplesLeaf: 1 })).not.toBeNull();
    expect(treeWorkers).toHaveLength(2);
  });

  it('prepares only the latest of corpora asked for in quick succession', async () => {
    const { lab, treeWorkers } = await ready();
    const specs = [1, 2, 3].map((seed) => corpusSpec({ ...values, seed }));
    const results = await Promise.all(specs.map((s) => lab.setCorpus(s)));
    const asked = treeWorkers[0].sent.filter((r) => (r as { type: string }).type === 'corpus').map((r) => (r as { spec: { seed: number } }).spec.seed);
    expect(asked).toEqual([42, 1, 3]);
    expect(results.map((r) => r?.spec.seed ?? null)).toEqual([null, null, 3]);
    expect(lab.corpus?.spec.seed).toBe(3);
  });

  it('leaves no tensors behind in the worker engine after training and disposing', async () => {
    const { lab } = await ready();
    await lab.trainNetwork({ ...values, epochs: 1 });
    lab.dispose();
    const before = tf.memory().numTensors;
    const again = await ready();
    await again.lab.trainNetwork({ ...values, epochs: 1 });
    await again.lab.net.client!.predict(new Float32Array(again.lab.corpus!.cols), 1, again.lab.corpus!.cols);
    again.lab.net.client!.dispose();
    // The host keeps exactly one model (the last trained); its weights are the only tensors left.
    expect(tf.memory().numTensors - before).toBeLessThanOrEqual(6);
  });
});

async function waitFor(condition: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}
