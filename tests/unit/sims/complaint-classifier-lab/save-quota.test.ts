import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBObjectStore } from 'fake-indexeddb';
import { createIdbRepository } from '../../../../src/persistence/idbRepository';
import { complaintLabMessages as m } from '../../../../src/messages/complaint-classifier-lab';
import { appModelStore, ComplaintLabController } from '../../../../src/sims/complaint-classifier-lab/controller.svelte';
import { corpusSpec, type ComplaintValues } from '../../../../src/sims/complaint-classifier-lab/settings';
import { appStorage } from '../../../../src/state/storage.svelte';
import { TrainingClient } from '../../../../src/state/training.svelte';
import { freshIndexedDb, makeModel, openConnection, snapshot } from '../../persistence/helpers';
import { inProcessTrainingWorker, inProcessTreeWorker } from './workers';

const values: ComplaintValues = { seed: 42, size: 600, noise: 10, depth: 8, leaf: 5, units: 8, epochs: 2 };

let lab: ComplaintLabController | null = null;
afterEach(() => {
  vi.restoreAllMocks();
  lab?.dispose();
});

describe('saving a network when the storage quota is used up', () => {
  it('leaves the registry as it was and tells the learner why, through the app’s own save path', async () => {
    freshIndexedDb();
    const repo = createIdbRepository(await openConnection());
    await repo.putModel(makeModel({ id: 'earlier', lab: 'complaint-classifier-lab' }));
    appStorage.repo = repo;
    appStorage.storageFull = false;
    lab = new ComplaintLabController({
      createTreeWorker: () => inProcessTreeWorker(),
      createClient: (backend) => new TrainingClient({ backend, createWorker: () => inProcessTrainingWorker() }),
      backend: () => 'cpu',
      record: async () => undefined,
      store: appModelStore,
    });
    await lab.setCorpus(corpusSpec(values));
    await lab.trainNetwork(values);
    expect(lab.network).not.toBeNull();
    const before = await snapshot(repo);

    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await lab.net.save()).toBe(false);
    vi.restoreAllMocks();

    expect(lab.net.notice).toBe(m.network.storageFull);
    expect(appStorage.storageFull).toBe(true); // the app-wide banner too
    expect(await snapshot(repo)).toEqual(before);
    expect((await repo.listModels()).map((x) => x.id)).toEqual(['earlier']);
  });
});
