import { beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { migrations, upgrade, type Migration } from '../../../src/persistence/migrations';
import { openDatabase } from '../../../src/persistence/open';
import { DB_NAME, DB_VERSION, STORE_NAMES, type MlDb } from '../../../src/persistence/schema';
import { freshIndexedDb } from './helpers';

beforeEach(freshIndexedDb);

async function openOrFail(options: Parameters<typeof openDatabase>[0] = {}): Promise<MlDb> {
  const result = await openDatabase(options);
  if (!result.ok) throw result.error ?? new Error(result.reason);
  return result.db;
}

describe('migrations', () => {
  it('has one migration for every version up to DB_VERSION', () => {
    for (let v = 1; v <= DB_VERSION; v++) expect(typeof migrations[v]).toBe('function');
    expect(migrations[DB_VERSION + 1]).toBeUndefined();
  });

  it('creates every store with its key path on a fresh database', async () => {
    const db = await openOrFail();
    expect(db.name).toBe(DB_NAME);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([...STORE_NAMES].sort());
    const tx = db.transaction([...STORE_NAMES]);
    const keyPaths = Object.fromEntries(STORE_NAMES.map((name) => [name, tx.objectStore(name).keyPath]));
    expect(keyPaths).toEqual({
      progress: 'slug',
      answers: 'checkId',
      interactives: 'id',
      settings: 'key',
      runs: 'id',
      models: 'id',
    });
    db.close();
  });

  it.each([
    { store: 'runs' as const, index: 'by-lab' as const, keyPath: 'lab' },
    { store: 'runs' as const, index: 'by-created' as const, keyPath: 'createdAt' },
    { store: 'models' as const, index: 'by-stage' as const, keyPath: 'stage' },
  ])('gives $store the index $index on $keyPath', async ({ store, index, keyPath }) => {
    const db = await openOrFail();
    const objectStore = db.transaction(store).objectStore(store);
    expect([...objectStore.indexNames]).toContain(index);
    expect(objectStore.index(index as never).keyPath).toBe(keyPath);
    db.close();
  });

  it('runs every migration from oldVersion + 1 to newVersion in order', async () => {
    const calls: number[] = [];
    const list: Record<number, Migration> = {
      1: () => void calls.push(1),
      2: async () => void calls.push(2),
      3: () => void calls.push(3),
      4: () => void calls.push(4),
    };
    await upgrade({} as MlDb, 1, 3, {} as never, list);
    expect(calls).toEqual([2, 3]);
  });

  it('refuses to upgrade when a version in the range has no migration', () => {
    expect(() => upgrade({} as MlDb, 0, 2, {} as never, { 1: () => {} })).toThrow('No migration to database version 2');
  });

  it('leaves no half-made database behind when a migration fails', async () => {
    const broken: Record<number, Migration> = {
      1: (db) => {
        db.createObjectStore('progress', { keyPath: 'slug' });
        throw new Error('boom');
      },
    };
    const result = await openDatabase({ migrations: broken });
    expect(result).toMatchObject({ ok: false, reason: 'open-failed' });
    const db = await openDB(DB_NAME);
    expect(db.version).toBe(1); // created fresh by this plain open, without stores
    expect([...db.objectStoreNames]).toEqual([]);
    db.close();
  });

  // Adding version N: one row here, seeding a version N-1 database and checking what N makes of it.
  const upgrades: Array<{ name: string; to: number; list: Record<number, Migration>; seed: (db: MlDb) => Promise<void>; check: (db: MlDb) => Promise<void> }> = [
    {
      name: 'an async data migration rewrites records written by version 1',
      to: 2,
      list: {
        ...migrations,
        2: async (_db, tx) => {
          const store = tx.objectStore('progress');
          for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
            await cursor.update({ ...cursor.value, completedSections: cursor.value.completedSections.map((s) => s.toUpperCase()) });
          }
        },
      },
      seed: async (db) => {
        await db.put('progress', { slug: 'experiments', completedSections: ['intro'], lastSection: null, updatedAt: 1 });
      },
      check: async (db) => {
        expect((await db.get('progress', 'experiments'))?.completedSections).toEqual(['INTRO']);
      },
    },
  ];

  it.each(upgrades)('upgrades an existing database: $name', async ({ to, list, seed, check }) => {
    const old = await openOrFail({ version: to - 1, migrations: list });
    await seed(old);
    old.close();
    const db = await openOrFail({ version: to, migrations: list });
    expect(db.version).toBe(to);
    await check(db);
    db.close();
  });
});
