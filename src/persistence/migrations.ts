import { DB_VERSION, E2E_SCHEMA_BUMP, EMPTY_MODEL_CARD, type ModelMeta, type ModelRecord, type MlDb, type ReviewRecord, type UpgradeTransaction } from './schema';

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
 * Version 2: model metadata moves into the model record, so a saved model no longer
 * depends on its run surviving; the spaced review's history and the pre/post checks
 * get their stores.
 *
 * - Every model gets `lineage` and `metrics` copied from its run (or `lineage: null`
 *   and no metrics when the run was deleted before the upgrade), an empty card, and
 *   empty evaluation and stage histories. Its stage is kept.
 * - Its artifacts (topology, weight specs, weight bytes) move to the new
 *   `modelArtifacts` store under the same id, so listing the registry never reads
 *   weights; `models` gets a `by-lab` index.
 * - Every stored answer becomes the first practice in `reviews` (id
 *   `<checkId>@<answeredAt>`), so the review starts from what the learner already did.
 */
async function v2(db: MlDb, tx: UpgradeTransaction): Promise<void> {
  const reviews = db.createObjectStore('reviews', { keyPath: 'id' });
  reviews.createIndex('by-check', 'checkId');
  db.createObjectStore('assessments', { keyPath: 'id' });
  db.createObjectStore('modelArtifacts', { keyPath: 'id' });
  tx.objectStore('models').createIndex('by-lab', 'lab');

  // Version-1 records lack the version-2 fields; read them as what they were.
  type V1Model = Omit<ModelRecord, 'lineage' | 'metrics' | 'card' | 'evaluations' | 'stageHistory'>;
  const runs = tx.objectStore('runs');
  const models = tx.objectStore('models');
  const artifacts = tx.objectStore('modelArtifacts');
  for (let cursor = await models.openCursor(); cursor; cursor = await cursor.continue()) {
    const { topology, weightSpecs, weightData, ...old } = cursor.value as unknown as V1Model;
    const run = old.runId ? await runs.get(old.runId) : undefined;
    await artifacts.put({ id: old.id, topology, weightSpecs, weightData });
    const next: ModelMeta = {
      ...old,
      lineage: run ? { datasetVersion: run.datasetVersion, seed: run.seed, params: run.params, backend: run.backend } : null,
      metrics: run ? run.metrics : {},
      card: { ...EMPTY_MODEL_CARD },
      evaluations: [],
      stageHistory: [],
    };
    await cursor.update(next);
  }

  const answers = await tx.objectStore('answers').getAll();
  const reviewStore = tx.objectStore('reviews');
  for (const answer of answers) {
    const review: ReviewRecord = {
      id: `${answer.checkId}@${answer.answeredAt}`,
      checkId: answer.checkId,
      lessonSlug: answer.lessonSlug,
      correct: answer.correct,
      at: answer.answeredAt,
      source: 'check',
    };
    await reviewStore.put(review);
  }
}

/**
 * One migration per version, indexed by the version it produces.
 * Adding version 2: write `v2`, add `2: v2` here, bump `DB_VERSION`, and add a
 * row to the table in tests/unit/persistence/migrations.test.ts that seeds a
 * version-1 database and checks what version 2 makes of it.
 */
export const migrations: Readonly<Record<number, Migration>> = {
  1: v1,
  2: v2,
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
