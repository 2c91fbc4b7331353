import { beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { migrations, upgrade, type Migration } from '../../../src/persistence/migrations';
import { openDatabase } from '../../../src/persistence/open';
import v1Records from '../../fixtures/db/v1-records.json';
import { DB_NAME, DB_VERSION, STORE_NAMES, type MlDb, type RunRecord } from '../../../src/persistence/schema';
import { freshIndexedDb } from './helpers';

beforeEach(freshIndexedDb);

const V1_STORES = ['progress', 'answers', 'interactives', 'settings', 'runs', 'models'] as const;
interface V1Fixture {
  version: 1;
  stores: Record<(typeof V1_STORES)[number], unknown[]>;
}

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
      reviews: 'id',
      assessments: 'id',
      modelArtifacts: 'id',
    });
    db.close();
  });

  it.each([
    { store: 'runs' as const, index: 'by-lab' as const, keyPath: 'lab' },
    { store: 'runs' as const, index: 'by-created' as const, keyPath: 'createdAt' },
    { store: 'models' as const, index: 'by-stage' as const, keyPath: 'stage' },
    { store: 'models' as const, index: 'by-lab' as const, keyPath: 'lab' },
    { store: 'reviews' as const, index: 'by-check' as const, keyPath: 'checkId' },
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

  // Adding version N: one row here, seeding a version N-1 database and checking what N makes of it
  // (version 2 has its own block above, seeded from a fixture).
  const upgrades: Array<{ name: string; to: number; list: Record<number, Migration>; seed: (db: MlDb) => Promise<void>; check: (db: MlDb) => Promise<void> }> = [
    {
      name: 'an async data migration rewrites records written by version 1',
      to: 2,
      list: {
        1: migrations[1],
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

  describe('version 1 → 2, from a version-1 database fixture', () => {
    const fixture = v1Records as unknown as V1Fixture;
    const v1Only = { 1: migrations[1] };
    const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)).buffer;

    async function upgradedFixture(): Promise<MlDb> {
      const old = await openOrFail({ version: 1, migrations: v1Only });
      const tx = old.transaction(V1_STORES, 'readwrite');
      for (const name of V1_STORES) {
        for (const record of fixture.stores[name]) {
          const { weightDataBase64, ...rest } = record as Record<string, unknown> & { weightDataBase64?: string };
          const stored = weightDataBase64 === undefined ? rest : { ...rest, weightData: bytesOf(weightDataBase64) };
          await tx.objectStore(name).put(stored as never);
        }
      }
      await tx.done;
      old.close();
      return openOrFail({ version: 2 });
    }

    it('keeps every version-1 record of the unchanged stores exactly', async () => {
      const db = await upgradedFixture();
      for (const name of ['progress', 'answers', 'interactives', 'settings', 'runs'] as const) {
        const byKey = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));
        expect([...(await db.getAll(name))].sort(byKey), name).toEqual([...fixture.stores[name]].sort(byKey));
      }
      db.close();
    });

    it('keeps every model with its weights and stage, and copies lineage and metrics from its run', async () => {
      const db = await upgradedFixture();
      const run = fixture.stores.runs[0] as RunRecord;
      const kept = await db.get('models', 'm-kept');
      expect(kept).toMatchObject({ name: 'Complaint classifier network 32-16', stage: 'staging', runId: run.id, sizeBytes: 24 });
      expect(kept).not.toHaveProperty('weightData'); // the artifacts moved to their own store
      const parts = await db.get('modelArtifacts', 'm-kept');
      const v1Kept = fixture.stores.models[0] as { topology: unknown; weightSpecs: unknown };
      expect(parts).toMatchObject({ id: 'm-kept', topology: v1Kept.topology, weightSpecs: v1Kept.weightSpecs });
      expect(new Float32Array(parts!.weightData)).toEqual(new Float32Array([0.5, -0.25, 1, 0.125, -2, 0.75]));
      expect(kept!.lineage).toEqual({ datasetVersion: 'a3f19c0d5e7b2468', seed: 7, params: run.params, backend: 'wasm' });
      expect(kept!.metrics).toEqual({ accuracy: 0.884, macroF1: 0.871, trainMs: 2310.5 });
      expect(kept!.card).toEqual({ intendedUse: '', data: '', limits: '' });
      expect(kept!.evaluations).toEqual([]);
      expect(kept!.stageHistory).toEqual([]);
      expect((await db.getAllFromIndex('models', 'by-stage', 'staging')).map((m) => m.id)).toEqual(['m-kept']);
      expect((await db.getAllFromIndex('models', 'by-lab', 'complaint-classifier-lab')).map((m) => m.id).sort()).toEqual(['m-kept', 'm-orphan'].sort());
      db.close();
    });

    it('keeps every field of every version-1 model, split over models and modelArtifacts', async () => {
      const db = await upgradedFixture();
      for (const record of fixture.stores.models as Array<Record<string, unknown> & { id: string; weightDataBase64: string }>) {
        const { weightDataBase64, ...v1Fields } = record;
        const meta = await db.get('models', record.id);
        const parts = await db.get('modelArtifacts', record.id);
        const joined = { ...meta, ...parts, weightData: Array.from(new Uint8Array(parts!.weightData)) };
        expect(joined).toMatchObject({ ...v1Fields, weightData: Array.from(new Uint8Array(bytesOf(weightDataBase64))) });
      }
      db.close();
    });

    it('keeps a model whose run was deleted, with lineage unknown', async () => {
      const db = await upgradedFixture();
      expect(await db.get('models', 'm-orphan')).toMatchObject({ stage: 'none', lineage: null, metrics: {}, sizeBytes: 24 });
      expect((await db.get('modelArtifacts', 'm-orphan'))?.weightData.byteLength).toBe(24);
      db.close();
    });

    it('turns every stored answer into the first practice of the spaced review', async () => {
      const db = await upgradedFixture();
      expect(await db.getAll('reviews')).toEqual([
        { id: 'experiments-q3@1764210100000', checkId: 'experiments-q3', lessonSlug: 'experiments', correct: true, at: 1764210100000, source: 'check' },
        { id: 'roles-q1@1764200100000', checkId: 'roles-q1', lessonSlug: 'roles', correct: true, at: 1764200100000, source: 'check' },
        { id: 'roles-q2@1764200200000', checkId: 'roles-q2', lessonSlug: 'roles', correct: false, at: 1764200200000, source: 'check' },
      ]);
      expect(await db.getAll('assessments')).toEqual([]);
      db.close();
    });
  });

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
