import { afterEach, describe, expect, it } from 'vitest';
import { refusalText, registryMessages as m } from '../../../../src/messages/model-registry';
import { StorageFullError } from '../../../../src/persistence/errors';
import { IMPORT_MAX_BYTES } from '../../../../src/persistence/exchange';
import { modelFileMessages, serializeModelFile } from '../../../../src/persistence/modelFile';
import { createMemoryRepository } from '../../../../src/persistence/memoryRepository';
import type { ModelSummary, Repository } from '../../../../src/persistence/repository';
import type { RunRecord } from '../../../../src/persistence/schema';
import { ComplaintLabController } from '../../../../src/sims/complaint-classifier-lab/controller.svelte';
import { LAB_ID, type ModelStore } from '../../../../src/sims/complaint-classifier-lab/network.svelte';
import { corpusSpec, type ComplaintValues } from '../../../../src/sims/complaint-classifier-lab/settings';
import { TrainingClient } from '../../../../src/state/training.svelte';
import { TreeClient } from '../../../../src/sims/complaint-classifier-lab/tree-client';
import { evaluateNetwork } from '../../../../src/sims/runs-and-registry/registry/evaluate';
import { RegistryState, type RegistryDeps } from '../../../../src/sims/runs-and-registry/registry/registry.svelte';
import { inProcessTrainingWorker, inProcessTreeWorker } from '../complaint-classifier-lab/workers';

const values: ComplaintValues = { seed: 42, size: 600, noise: 10, depth: 8, leaf: 5, units: 16, epochs: 6 };
const disposers: Array<() => void> = [];
afterEach(() => disposers.splice(0).forEach((d) => d()));

/** Trains and saves `count` networks through the lab (in-process workers) into a memory repository. */
async function savedNetworks(repo: Repository, count: number): Promise<void> {
  const store: ModelStore = {
    put: async (r) => (await repo.putModel(r), 'saved'),
    latest: async () => (await repo.listModels({ lab: LAB_ID }))[0],
    get: (id) => repo.getModel(id),
    run: (id) => repo.getRun(id),
  };
  const lab = new ComplaintLabController({
    createTreeWorker: () => inProcessTreeWorker(),
    createClient: (backend) => new TrainingClient({ backend, createWorker: () => inProcessTrainingWorker() }),
    backend: () => 'cpu',
    record: async (run) => {
      const full: RunRecord = { ...run, id: crypto.randomUUID(), createdAt: Date.now() };
      await repo.addRun(full);
      return full;
    },
    store,
  });
  disposers.push(() => lab.dispose());
  await lab.setCorpus(corpusSpec(values));
  for (let i = 0; i < count; i++) {
    await lab.trainNetwork({ ...values, units: 16 + 8 * i });
    expect(await lab.net.save()).toBe(true);
  }
}

function inProcessDeps(repo: Repository): RegistryDeps {
  const trees = new TreeClient(() => inProcessTreeWorker());
  const client = new TrainingClient({ backend: 'cpu', createWorker: () => inProcessTrainingWorker() });
  disposers.push(() => (trees.dispose(), client.dispose()));
  let at = Date.now();
  return {
    repo: () => repo,
    write: async (op) => op(repo),
    onChange: () => () => {},
    evaluate: async (summary, production) =>
      evaluateNetwork(
        { corpus: (spec) => trees.request({ type: 'corpus', spec }), load: (a) => client.load(a), predict: (x, r, c) => client.predict(x, r, c) },
        (await repo.getModel(summary.id))!,
        production ? ((await repo.getModel(production.id)) ?? null) : null,
        ++at,
        `eval-${at}`,
      ),
    download: () => {},
  };
}

const byName = (registry: RegistryState, index: number): ModelSummary => [...registry.models].sort((a, b) => a.createdAt - b.createdAt)[index];

describe('the model registry', () => {
  it('evaluates a saved network on its holdout, then promotes it to Staging and Production; a second one is compared with it', { timeout: 90_000 }, async () => {
    const repo = createMemoryRepository();
    await savedNetworks(repo, 2);
    const registry = new RegistryState(inProcessDeps(repo));
    await registry.load();
    const first = byName(registry, 0);
    expect(registry.actions(first).find((a) => a.label === m.actions.staging)?.refusal).toBe(refusalText({ code: 'evidence', problem: 'no-evaluation' }));

    await registry.evaluate(first);
    const evaluated = byName(registry, 0);
    expect(evaluated.evaluations).toHaveLength(1);
    const e = evaluated.evaluations[0];
    // Scored on the same holdout its training run was scored on: the same numbers.
    expect(e.metrics.accuracy).toBeCloseTo(first.metrics.accuracy, 10);
    expect(e.metrics.macroF1).toBeCloseTo(first.metrics.macroF1, 10);
    expect(e).toMatchObject({ datasetVersion: first.lineage!.datasetVersion, passed: true });
    expect(e).not.toHaveProperty('baselineModelId');

    await registry.move(evaluated, 'staging');
    await registry.move(byName(registry, 0), 'production');
    expect(byName(registry, 0).stage).toBe('production');
    expect(registry.notices[first.id]?.text).toBe(m.moved(first.name, 'production', null));

    const second = byName(registry, 1);
    await registry.evaluate(second);
    const e2 = byName(registry, 1).evaluations[0];
    expect(e2.baselineModelId).toBe(first.id);
    expect(e2.metrics.baselineMacroF1).toBeCloseTo(first.metrics.macroF1, 10); // the production model scored on the same holdout
  });

  it('imports a model file into None, and refuses a file over the size limit, a second copy and a damaged file with sentences', async () => {
    const source = createMemoryRepository();
    await savedNetworks(source, 1);
    const [summary] = await source.listModels();
    const text = serializeModelFile({ ...(await source.getModel(summary.id))!, stage: 'production' });
    const repo = createMemoryRepository();
    const registry = new RegistryState(inProcessDeps(repo));
    let read = false;
    await registry.importPicked({ size: IMPORT_MAX_BYTES + 1, text: async () => ((read = true), text) });
    expect(registry.importNotice).toEqual({ kind: 'error', text: modelFileMessages.tooLarge });
    expect(read).toBe(false); // refused on its size, never read
    await registry.importPicked(new Blob([text]));
    expect(registry.importNotice).toEqual({ kind: 'ok', text: m.imported(summary.name) });
    expect(registry.models.map((x) => [x.id, x.stage])).toEqual([[summary.id, 'none']]);
    expect(new Uint8Array((await repo.getModel(summary.id))!.weightData)).toEqual(new Uint8Array((await source.getModel(summary.id))!.weightData));
    await registry.importFile(text);
    expect(registry.importNotice).toEqual({ kind: 'error', text: m.importDuplicate(summary.name) });
    await registry.importFile(text.slice(0, -10));
    expect(registry.importNotice?.kind).toBe('error');
    expect(await repo.listModels()).toHaveLength(1);
  }, 60_000);

  it('shows the storage-full sentence and keeps the registry when a move cannot be written', async () => {
    const repo = createMemoryRepository();
    await repo.putModel({
      id: 'm',
      name: 'Net',
      lab: LAB_ID,
      runId: '',
      stage: 'staging',
      createdAt: 1,
      topology: {},
      weightSpecs: [],
      weightData: new ArrayBuffer(0),
      sizeBytes: 0,
      lineage: null,
      metrics: {},
      card: { intendedUse: '', data: '', limits: '' },
      evaluations: [],
      stageHistory: [],
    });
    const deps: RegistryDeps = {
      ...inProcessDeps(repo),
      write: async (op) => {
        try {
          return await op({ ...repo, changeModelStage: () => Promise.reject(new StorageFullError()) });
        } catch {
          return undefined; // what appStorage.write does with a full disk
        }
      },
    };
    const registry = new RegistryState(deps);
    await registry.load();
    await registry.move(registry.models[0], 'none');
    expect(registry.notices.m?.text).toBe(m.storageFull);
    expect((await repo.listModels())[0].stage).toBe('staging');
  });
});
