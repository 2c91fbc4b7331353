import type { IDBPTransaction } from 'idb';
import type { Connection } from './connection';
import { toStorageError } from './errors';
import { withCard, withEvaluation } from '../engine/registry/records';
import {
  emptyProgress,
  joinModel,
  matchesModelQuery,
  newestFirst,
  oldestFirst,
  planChange,
  splitModel,
  withLastSection,
  withSectionDone,
  type Repository,
} from './repository';
import { EXPORTED_STORES, STORE_NAMES, type MlDbSchema, type ProgressRecord, type StoreName } from './schema';
import type { ChangeKind } from './sync';

/** Options of `createIdbRepository`. */
export interface IdbRepositoryOptions {
  /** Clock for `updatedAt` fields (epoch ms). Default `Date.now`. */
  now?: () => number;
  /** Called after every committed write, e.g. `announceChange` from `sync.ts`. */
  onChange?: (kind: ChangeKind) => void;
}

type WriteTx = IDBPTransaction<MlDbSchema, StoreName[], 'readwrite'>;

const ignore = () => {};

/** A `Repository` over the course database. Writes to progress and answers are durable ('strict'). */
export function createIdbRepository(connection: Connection, options: IdbRepositoryOptions = {}): Repository {
  const now = options.now ?? Date.now;
  const onChange = options.onChange ?? ignore;

  /** Runs `work` in one readwrite transaction: all of it commits, or (on any error) none of it. */
  async function write<T>(stores: StoreName[], kind: ChangeKind, strict: boolean, work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const result = await connection.run(async (db) => {
      const tx = db.transaction(stores, 'readwrite', { durability: strict ? 'strict' : 'default' });
      try {
        const value = await work(tx);
        await tx.done;
        return value;
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // already aborted by the failed request
        }
        await tx.done.catch(ignore);
        throw toStorageError(error);
      }
    });
    onChange(kind);
    return result;
  }

  /** Reads the lesson's progress, applies `change`, writes it back, in one strict transaction. */
  const updateProgress = (slug: string, change: (record: ProgressRecord, at: number) => ProgressRecord) =>
    write(['progress'], 'progress', true, async (tx) => {
      const store = tx.objectStore('progress');
      const at = now();
      const next = change((await store.get(slug)) ?? emptyProgress(slug, at), at);
      await store.put(next);
      return next;
    });

  return {
    getProgress: (slug) => connection.run((db) => db.get('progress', slug)),
    putProgress: (record) => write(['progress'], 'progress', true, async (tx) => void (await tx.objectStore('progress').put(record))),
    listProgress: () => connection.run((db) => db.getAll('progress')),
    markSectionDone: (slug, sectionId) => updateProgress(slug, (r, at) => withSectionDone(r, sectionId, at)),
    setLastPosition: (slug, sectionId) => updateProgress(slug, (r, at) => withLastSection(r, sectionId, at)),

    recordAnswer: (answer) => write(['answers'], 'answers', true, async (tx) => void (await tx.objectStore('answers').put(answer))),
    async listAnswers(lessonSlug) {
      const all = await connection.run((db) => db.getAll('answers'));
      return lessonSlug === undefined ? all : all.filter((a) => a.lessonSlug === lessonSlug);
    },

    getInteractiveState: (id) => connection.run((db) => db.get('interactives', id)),
    putInteractiveState: (id, state) =>
      write(['interactives'], 'interactives', false, async (tx) => void (await tx.objectStore('interactives').put({ id, state, updatedAt: now() }))),

    getSetting: async (key) => (await connection.run((db) => db.get('settings', key)))?.value,
    putSetting: (key, value) => write(['settings'], 'settings', false, async (tx) => void (await tx.objectStore('settings').put({ key, value }))),

    addRun: (run) => write(['runs'], 'runs', false, async (tx) => void (await tx.objectStore('runs').put(run))),
    getRun: (id) => connection.run((db) => db.get('runs', id)),
    async listRuns(query = {}) {
      const { lab, limit } = query;
      const runs = await connection.run((db) => (lab === undefined ? db.getAll('runs') : db.getAllFromIndex('runs', 'by-lab', lab)));
      runs.sort(newestFirst);
      return limit === undefined ? runs : runs.slice(0, Math.max(0, limit));
    },
    deleteRun: (id) => write(['runs'], 'runs', false, async (tx) => void (await tx.objectStore('runs').delete(id))),

    putModel: (model) =>
      write(['models', 'modelArtifacts'], 'models', false, async (tx) => {
        const { meta, artifacts } = splitModel(model);
        // One after the other: a request that throws must not leave the other's rejection unhandled.
        await tx.objectStore('modelArtifacts').put(artifacts);
        await tx.objectStore('models').put(meta);
      }),
    getModel: (id) =>
      connection.run(async (db) => {
        const tx = db.transaction(['models', 'modelArtifacts'], 'readonly');
        const [meta, artifacts] = await Promise.all([tx.objectStore('models').get(id), tx.objectStore('modelArtifacts').get(id)]);
        await tx.done;
        return joinModel(meta, artifacts);
      }),
    async listModels(query = {}) {
      const { stage, lab } = query;
      const models = await connection.run((db) =>
        stage !== undefined ? db.getAllFromIndex('models', 'by-stage', stage) : lab !== undefined ? db.getAllFromIndex('models', 'by-lab', lab) : db.getAll('models'),
      );
      return models.filter((m) => matchesModelQuery(m, query)).sort(newestFirst);
    },
    deleteModel: (id) =>
      write(['models', 'modelArtifacts'], 'models', false, async (tx) => {
        await tx.objectStore('models').delete(id);
        await tx.objectStore('modelArtifacts').delete(id);
      }),
    recordEvaluation: (modelId, evaluation) =>
      write(['models'], 'models', true, async (tx) => {
        const store = tx.objectStore('models');
        const model = await store.get(modelId);
        if (!model) return undefined;
        const next = withEvaluation(model, evaluation);
        await store.put(next);
        return next;
      }),
    changeModelStage: (modelId, to, evaluationId) =>
      write(['models'], 'models', true, async (tx) => {
        const store = tx.objectStore('models');
        const model = await store.get(modelId);
        const labModels = model ? await store.index('by-lab').getAll(model.lab) : [];
        const plan = planChange(model, labModels, to, now(), evaluationId);
        if (!plan.ok) return plan;
        // Both records in this one transaction: the archive commits with the promotion or not at all.
        if (plan.archived) await store.put(plan.archived);
        await store.put(plan.model);
        return plan;
      }),
    updateModelCard: (modelId, card) =>
      write(['models'], 'models', true, async (tx) => {
        const store = tx.objectStore('models');
        const model = await store.get(modelId);
        if (!model) return undefined;
        const next = withCard(model, card);
        await store.put(next);
        return next;
      }),

    addReview: (review) => write(['reviews'], 'reviews', true, async (tx) => void (await tx.objectStore('reviews').put(review))),
    async listReviews(checkId) {
      const reviews = await connection.run((db) => (checkId === undefined ? db.getAll('reviews') : db.getAllFromIndex('reviews', 'by-check', checkId)));
      return reviews.sort(oldestFirst);
    },

    putAssessment: (record) =>
      write(['assessments'], 'assessments', true, async (tx) => void (await tx.objectStore('assessments').put(record))),
    async listAssessments(lessonSlug) {
      const all = await connection.run((db) => db.getAll('assessments'));
      return lessonSlug === undefined ? all : all.filter((a) => a.lessonSlug === lessonSlug);
    },

    exportAll: () =>
      connection.run(async (db) => {
        const tx = db.transaction([...STORE_NAMES], 'readonly');
        const [progress, answers, interactives, settings, runs, reviews, assessments, metas, artifacts] = await Promise.all([
          tx.objectStore('progress').getAll(),
          tx.objectStore('answers').getAll(),
          tx.objectStore('interactives').getAll(),
          tx.objectStore('settings').getAll(),
          tx.objectStore('runs').getAll(),
          tx.objectStore('reviews').getAll(),
          tx.objectStore('assessments').getAll(),
          tx.objectStore('models').getAll(),
          tx.objectStore('modelArtifacts').getAll(),
        ]);
        await tx.done;
        const byId = new Map(artifacts.map((a) => [a.id, a]));
        const models = metas.map((meta) => joinModel(meta, byId.get(meta.id))).filter((m) => m !== undefined);
        return { progress, answers, interactives, settings, runs, reviews, assessments, models };
      }),

    importAll: (data) =>
      write([...STORE_NAMES], 'all', true, async (tx) => {
        // Requests run in the order issued: every clear before any put.
        const pending: Promise<unknown>[] = [];
        const track = (request: Promise<unknown>) => {
          request.catch(ignore); // the transaction's own error is what we report
          pending.push(request);
        };
        const stores = data.models === undefined ? EXPORTED_STORES : STORE_NAMES;
        for (const name of stores) track(tx.objectStore(name).clear());
        for (const record of data.progress) track(tx.objectStore('progress').put(record));
        for (const record of data.answers) track(tx.objectStore('answers').put(record));
        for (const record of data.interactives) track(tx.objectStore('interactives').put(record));
        for (const record of data.settings) track(tx.objectStore('settings').put(record));
        for (const record of data.runs) track(tx.objectStore('runs').put(record));
        for (const record of data.reviews) track(tx.objectStore('reviews').put(record));
        for (const record of data.assessments) track(tx.objectStore('assessments').put(record));
        for (const model of data.models ?? []) {
          const { meta, artifacts } = splitModel(model);
          track(tx.objectStore('models').put(meta));
          track(tx.objectStore('modelArtifacts').put(artifacts));
        }
        await Promise.all(pending);
      }),

    resetAll: () =>
      write([...STORE_NAMES], 'all', true, async (tx) => {
        await Promise.all(STORE_NAMES.map((name) => tx.objectStore(name).clear()));
      }),
  };
}
