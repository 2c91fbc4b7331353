import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStorage } from '../../../src/persistence/createStorage';
import { closeSyncChannel } from '../../../src/persistence/sync';
import { freshIndexedDb } from './helpers';

beforeEach(freshIndexedDb);
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  closeSyncChannel();
});

describe('createStorage', () => {
  it('uses memory in guest mode and never opens the database', async () => {
    const open = vi.spyOn(indexedDB, 'open');
    const storage = await createStorage({ guest: true });
    expect(storage).toMatchObject({ persistent: false, reason: 'guest' });
    await storage.repo.markSectionDone('experiments', 'intro');
    expect(open).not.toHaveBeenCalled();
  });

  it('falls back to memory when the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const storage = await createStorage();
    expect(storage).toMatchObject({ persistent: false, reason: 'unsupported' });
    expect((await storage.repo.markSectionDone('experiments', 'intro')).completedSections).toEqual(['intro']);
  });

  it('falls back to memory when opening fails (private mode, storage disabled)', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('denied', 'InvalidStateError');
    });
    const storage = await createStorage();
    expect(storage).toMatchObject({ persistent: false, reason: 'open-failed' });
    await expect(storage.repo.listRuns()).resolves.toEqual([]);
  });

  it('uses IndexedDB otherwise, so a second storage sees the first one’s writes', async () => {
    const first = await createStorage();
    expect(first.persistent).toBe(true);
    await first.repo.markSectionDone('experiments', 'intro');
    const second = await createStorage();
    expect((await second.repo.getProgress('experiments'))?.completedSections).toEqual(['intro']);
  });

  it('announces committed writes to other tabs', async () => {
    const tab = new BroadcastChannel('ml-that-works');
    try {
      const received = new Promise((resolve) => tab.addEventListener('message', (e) => resolve(e.data), { once: true }));
      const storage = await createStorage();
      await storage.repo.putSetting('theme', 'dark');
      expect(await received).toEqual({ type: 'change', kind: 'settings' });
    } finally {
      tab.close();
    }
  });
});
