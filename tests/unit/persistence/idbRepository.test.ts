import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBDatabase, IDBObjectStore } from 'fake-indexeddb';
import { StorageFullError } from '../../../src/persistence/errors';
import { createIdbRepository } from '../../../src/persistence/idbRepository';
import { persistenceMessages } from '../../../src/persistence/messages';
import type { Repository } from '../../../src/persistence/repository';
import type { ChangeKind } from '../../../src/persistence/sync';
import { freshIndexedDb, makeModel, makeRun, openConnection, populate, sampleData, snapshot } from './helpers';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

let repo: Repository;
let changes: ChangeKind[];

beforeEach(async () => {
  freshIndexedDb();
  changes = [];
  repo = createIdbRepository(await openConnection(), { onChange: (kind) => changes.push(kind) });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the IndexedDB repository', () => {
  it.each([
    { name: 'marking a section done', write: (r: Repository) => r.markSectionDone('experiments', 'intro'), store: 'progress' },
    { name: 'setting the last position', write: (r: Repository) => r.setLastPosition('experiments', 'intro'), store: 'progress' },
    { name: 'putting progress', write: (r: Repository) => r.putProgress({ slug: 's', completedSections: [], lastSection: null, updatedAt: 1 }), store: 'progress' },
    { name: 'recording an answer', write: (r: Repository) => r.recordAnswer({ checkId: 'q', lessonSlug: 's', choice: 1, correct: true, answeredAt: 1 }), store: 'answers' },
  ])('writes with strict durability when $name', async ({ write, store }) => {
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await write(repo);
    expect(spy).toHaveBeenCalledWith([store], 'readwrite', { durability: 'strict' });
  });

  it('announces each committed write with the store it changed', async () => {
    await repo.markSectionDone('experiments', 'intro');
    await repo.addRun(makeRun());
    await repo.putSetting('theme', 'dark');
    await repo.importAll(sampleData());
    await repo.resetAll();
    expect(changes).toEqual(['progress', 'runs', 'settings', 'all', 'all']);
  });

  it('announces nothing when a write fails', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quotaError();
    });
    await expect(repo.addRun(makeRun())).rejects.toThrow();
    expect(changes).toEqual([]);
  });

  describe('when the storage quota is used up', () => {
    it('rejects with StorageFullError carrying the learner-facing message', async () => {
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
        throw quotaError();
      });
      const error = await repo.markSectionDone('experiments', 'intro').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageFullError);
      expect((error as StorageFullError).message).toBe(persistenceMessages.storageFull);
      expect((error as StorageFullError).cause).toMatchObject({ name: 'QuotaExceededError' });
    });

    it('keeps earlier progress intact when a read-modify-write fails', async () => {
      await populate(repo);
      const before = await snapshot(repo);
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
        throw quotaError();
      });
      await expect(repo.markSectionDone('experiments', 'summary')).rejects.toBeInstanceOf(StorageFullError);
      vi.restoreAllMocks();
      expect(await snapshot(repo)).toEqual(before);
    });

    it('aborts an import half-way and keeps every store as it was', async () => {
      await populate(repo);
      const before = await snapshot(repo);
      const realPut = IDBObjectStore.prototype.put;
      let puts = 0;
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (++puts === 4) throw quotaError(); // after the clears and three puts
        return realPut.apply(this, args);
      });
      await expect(repo.importAll({ ...sampleData(), settings: [] })).rejects.toBeInstanceOf(StorageFullError);
      expect(puts).toBe(4);
      vi.restoreAllMocks();
      expect(await snapshot(repo)).toEqual(before);
    });

    it('leaves the registry as it was when saving a model fills the disk after its weights were written', async () => {
      await populate(repo);
      await repo.recordEvaluation('model-1', { id: 'e1', at: Date.now(), datasetVersion: '0123456789abcdef', metrics: { macroF1: 0.9 }, passed: true, summary: 'ok' });
      const before = await snapshot(repo);
      const realPut = IDBObjectStore.prototype.put;
      const stores: string[] = [];
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        stores.push(this.name);
        if (this.name === 'models') throw quotaError(); // the artifacts went in first, in the same transaction
        return realPut.apply(this, args);
      });
      const error = await repo.putModel(makeModel({ id: 'model-2' })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageFullError);
      expect(stores).toEqual(['modelArtifacts', 'models']);
      vi.restoreAllMocks();
      expect(await snapshot(repo)).toEqual(before);
      expect(await repo.getModel('model-2')).toBeUndefined();
    });

    it('keeps both models as they were when archiving the previous production model fails', async () => {
      const evaluation = (id: string, baselineModelId?: string) => ({ id, at: Date.now(), datasetVersion: '0123456789abcdef', metrics: { macroF1: 0.9 }, passed: true, summary: 'ok', baselineModelId });
      await repo.putModel(makeModel({ id: 'old', createdAt: 1, stage: 'production' }));
      await repo.putModel(makeModel({ id: 'new', createdAt: 2, stage: 'staging' }));
      await repo.recordEvaluation('new', evaluation('e', 'old'));
      const before = await snapshot(repo);
      const realPut = IDBObjectStore.prototype.put;
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((args[0] as { id?: string }).id === 'old') throw quotaError();
        return realPut.apply(this, args);
      });
      await expect(repo.changeModelStage('new', 'production')).rejects.toBeInstanceOf(StorageFullError);
      vi.restoreAllMocks();
      expect(await snapshot(repo)).toEqual(before);
    });

    it('maps a quota error reported by the aborted transaction, not only a thrown one', async () => {
      await populate(repo);
      const before = await snapshot(repo);
      const realPut = IDBObjectStore.prototype.put;
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        const request = realPut.apply(this, args);
        // What a browser does when the disk fills at commit: the request fails and the transaction aborts.
        request.addEventListener('success', () => {
          Object.defineProperty(this.transaction, 'error', { value: quotaError() });
          this.transaction.abort();
        });
        return request;
      });
      await expect(repo.putSetting('theme', 'light')).rejects.toBeInstanceOf(StorageFullError);
      vi.restoreAllMocks();
      expect(await snapshot(repo)).toEqual(before);
    });
  });

  it('keeps every store unchanged when an import record lacks its key', async () => {
    await populate(repo);
    const before = await snapshot(repo);
    const bad = sampleData();
    bad.runs.push({ ...makeRun(), id: undefined as unknown as string });
    await expect(repo.importAll(bad)).rejects.toMatchObject({ name: 'DataError' });
    expect(await snapshot(repo)).toEqual(before);
  });
});
