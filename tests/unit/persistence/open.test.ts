import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forceCloseDatabase } from 'fake-indexeddb';
import { openDB, unwrap } from 'idb';
import { connect } from '../../../src/persistence/connection';
import { DatabaseClosedError } from '../../../src/persistence/errors';
import { createIdbRepository } from '../../../src/persistence/idbRepository';
import { migrations } from '../../../src/persistence/migrations';
import { openDatabase } from '../../../src/persistence/open';
import { DB_NAME, DB_VERSION, type MlDb } from '../../../src/persistence/schema';
import { freshIndexedDb, openConnection } from './helpers';

/** A test-only next version that changes nothing. */
const NEXT = DB_VERSION + 1;
const withNext = { ...migrations, [NEXT]: () => {} };

const forceClose = (db: MlDb) => forceCloseDatabase(unwrap(db) as unknown as Parameters<typeof forceCloseDatabase>[0]);

beforeEach(freshIndexedDb);
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('openDatabase', () => {
  it('reports "unsupported" when the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      expect(await openDatabase()).toEqual({ ok: false, reason: 'unsupported' });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('reports "unsupported" when merely reading indexedDB throws (sandboxed frames)', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB')!;
    Object.defineProperty(globalThis, 'indexedDB', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      expect(await openDatabase()).toEqual({ ok: false, reason: 'unsupported' });
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', descriptor);
    }
  });

  it('reports "open-failed" instead of throwing when open() throws (storage disabled)', async () => {
    const error = new DOMException('The operation is insecure.', 'SecurityError');
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw error;
    });
    expect(await openDatabase()).toEqual({ ok: false, reason: 'open-failed', error });
  });

  it('reports "upgrade-required" when the stored database is newer than this code', async () => {
    const newer = await openDatabase({ version: NEXT, migrations: withNext });
    if (newer.ok) newer.db.close();
    expect(await openDatabase()).toMatchObject({ ok: false, reason: 'upgrade-required' });
  });
});

describe('an upgrade requested by another tab', () => {
  it('closes our connection, calls onVersionChange, and lets the new tab open', async () => {
    const onVersionChange = vi.fn();
    await openConnection({ onVersionChange });
    const onBlocked = vi.fn();
    const newTab = await openDatabase({ version: NEXT, migrations: withNext, onBlocked });
    expect(newTab.ok).toBe(true);
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    expect(onBlocked).not.toHaveBeenCalled();
    expect(newTab.ok && newTab.db.version).toBe(NEXT);
  });

  it('makes later writes in the old tab fail with DatabaseClosedError instead of reopening', async () => {
    const oldTab = createIdbRepository(await openConnection());
    const newTab = await openDatabase({ version: NEXT, migrations: withNext });
    expect(newTab.ok).toBe(true);
    await expect(oldTab.markSectionDone('experiments', 'intro')).rejects.toBeInstanceOf(DatabaseClosedError);
  });

  it('reports onBlocked while an old tab keeps its connection open, and opens once it closes', async () => {
    const stubborn = await openDB(DB_NAME, 1, { upgrade: (db) => void db.createObjectStore('progress') });
    const onBlocked = vi.fn();
    let settled = false;
    const opening = openDatabase({ version: 2, migrations: { 1: () => {}, 2: () => {} }, onBlocked }).finally(() => {
      settled = true;
    });
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalledWith(1, 2));
    expect(settled).toBe(false);
    stubborn.close();
    const result = await opening;
    expect(result.ok).toBe(true);
  });
});

describe('a connection the browser terminates', () => {
  it('reports onTerminated and reopens on the next operation', async () => {
    const onTerminated = vi.fn();
    const connection = await openConnection({ onTerminated });
    const repo = createIdbRepository(connection);
    await repo.markSectionDone('experiments', 'intro');
    await connection.run(async (db) => forceClose(db));
    expect(onTerminated).toHaveBeenCalledTimes(1);
    expect((await repo.markSectionDone('experiments', 'power')).completedSections).toEqual(['intro', 'power']);
  });

  it('retries an operation that failed because the connection closed under it, once', async () => {
    const connection = await openConnection();
    let attempts = 0;
    const value = await connection.run(async (db) => {
      attempts++;
      if (attempts === 1) forceClose(db);
      return db.count('progress');
    });
    expect(value).toBe(0);
    expect(attempts).toBe(2);
  });

  it('gives up after one retry', async () => {
    const connection = await openConnection();
    let attempts = 0;
    const failing = connection.run(async (db) => {
      attempts++;
      forceClose(db);
      return db.count('progress');
    });
    await expect(failing).rejects.toMatchObject({ name: 'InvalidStateError' });
    expect(attempts).toBe(2);
  });

  it('does not retry ordinary failures', async () => {
    const connection = await openConnection();
    let attempts = 0;
    await expect(
      connection.run(async () => {
        attempts++;
        throw new TypeError('bug');
      }),
    ).rejects.toThrow('bug');
    expect(attempts).toBe(1);
  });
});

describe('connect', () => {
  it('passes a failed first open through unchanged', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      expect(await connect()).toEqual({ ok: false, reason: 'unsupported' });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('refuses to run after close', async () => {
    const connection = await openConnection();
    connection.close();
    await expect(connection.run((db) => db.count('progress'))).rejects.toMatchObject({ name: 'StorageUnavailableError' });
  });
});
