import { DB_VERSION, E2E_SCHEMA_BUMP, type MlDb, type UpgradeTransaction } from './schema';

/**
 * Brings the database from version N-1 to version N. Runs inside the
 * versionchange transaction: create/delete stores and indexes synchronously;
 * to rewrite records, return a promise that only awaits requests on `tx`.
 */
export type Migration = (db: MlDb, tx: UpgradeTransaction) => void | Promise<void>;

/** Version 1: every store and index of `schema.ts`. */
function v1(db: MlDb): void {
  db.createObjectStore('progress', { keyPath: 'slug' });
  db.createObjectStore('answers', { keyPath: 'checkId' });
  db.createObjectStore('interactives', { keyPath: 'id' });
  db.createObjectStore('settings', { keyPath: 'key' });
  const runs = db.createObjectStore('runs', { keyPath: 'id' });
  runs.createIndex('by-lab', 'lab');
  runs.createIndex('by-created', 'createdAt');
  const models = db.createObjectStore('models', { keyPath: 'id' });
  models.createIndex('by-stage', 'stage');
}

/**
 * One migration per version, indexed by the version it produces.
 * Adding version 2: write `v2`, add `2: v2` here, bump `DB_VERSION`, and add a
 * row to the table in tests/unit/persistence/migrations.test.ts that seeds a
 * version-1 database and checks what version 2 makes of it.
 */
export const migrations: Readonly<Record<number, Migration>> = {
  1: v1,
  // The end-to-end "next release" (see E2E_SCHEMA_BUMP in schema.ts) changes nothing but the version.
  ...(E2E_SCHEMA_BUMP ? { [DB_VERSION]: () => {} } : {}),
};

/**
 * Runs every migration from `oldVersion + 1` to `newVersion`, in order.
 * Synchronous migrations run synchronously (while the upgrade event is being
 * dispatched); after one returns a promise, the rest wait for it.
 * Throws before touching anything if a version in the range has no migration.
 */
export function upgrade(
  db: MlDb,
  oldVersion: number,
  newVersion: number | null,
  tx: UpgradeTransaction,
  list: Readonly<Record<number, Migration>> = migrations,
): Promise<void> {
  const versions: number[] = [];
  for (let v = oldVersion + 1; v <= (newVersion ?? oldVersion); v++) {
    if (typeof list[v] !== 'function') throw new Error(`No migration to database version ${v}.`);
    versions.push(v);
  }
  const runFrom = (i: number): Promise<void> => {
    for (; i < versions.length; i++) {
      const pending = list[versions[i]](db, tx);
      if (pending) {
        const next = i + 1;
        return pending.then(() => runFrom(next));
      }
    }
    return Promise.resolve();
  };
  return runFrom(0);
}
