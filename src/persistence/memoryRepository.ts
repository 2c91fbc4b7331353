import { withCard, withEvaluation } from '../engine/registry/records';
import {
  compareKeys,
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
import type {
  AnswerRecord,
  AssessmentRecord,
  InteractiveRecord,
  ModelArtifactsRecord,
  ModelMeta,
  ProgressRecord,
  ReviewRecord,
  RunRecord,
  SettingRecord,
} from './schema';

/** Options of `createMemoryRepository`. */
export interface MemoryRepositoryOptions {
  /** Clock for `updatedAt` fields (epoch ms). Default `Date.now`. */
  now?: () => number;
}

/** Records keyed as IndexedDB would key them, so both backends list in the same order. */
class Store<T> {
  #records = new Map<string, T>();
  readonly #keyOf: (record: T) => string;
  constructor(keyOf: (record: T) => string) {
    this.#keyOf = keyOf;
  }
  /** A copy of the record under `key`. */
  get(key: string): T | undefined {
    const record = this.#records.get(key);
    return record === undefined ? undefined : structuredClone(record);
  }
  /** Stores a copy of `record` (throws DataCloneError like IndexedDB for non-cloneable values). */
  put(record: T): void {
    this.#records.set(this.#keyOf(record), structuredClone(record));
  }
  delete(key: string): void {
    this.#records.delete(key);
  }
  /** Copies of every record, sorted by key. */
  all(): T[] {
    return [...this.#records.keys()].sort(compareKeys).map((key) => structuredClone(this.#records.get(key) as T));
  }
  /** Replaces the contents with copies of `records`; copies everything first so a failure changes nothing. */
  replace(records: readonly T[]): () => void {
    const next = new Map(records.map((r) => [this.#keyOf(r), structuredClone(r)] as const));
    return () => {
      this.#records = next;
    };
  }
  clear(): void {
    this.#records.clear();
  }
}

/** A `Repository` that keeps everything in this tab's memory (guest mode, or no IndexedDB). */
export function createMemoryRepository(options: MemoryRepositoryOptions = {}): Repository {
  const now = options.now ?? Date.now;
  const progress = new Store<ProgressRecord>((r) => r.slug);
  const answers = new Store<AnswerRecord>((r) => r.checkId);
  const interactives = new Store<InteractiveRecord>((r) => r.id);
  const settings = new Store<SettingRecord>((r) => r.key);
  const runs = new Store<RunRecord>((r) => r.id);
  const models = new Store<ModelMeta>((r) => r.id);
  const artifacts = new Store<ModelArtifactsRecord>((r) => r.id);
  const reviews = new Store<ReviewRecord>((r) => r.id);
  const assessments = new Store<AssessmentRecord>((r) => r.id);

  const updateProgress = (slug: string, change: (record: ProgressRecord, at: number) => ProgressRecord): ProgressRecord => {
    const at = now();
    const next = change(progress.get(slug) ?? emptyProgress(slug, at), at);
    progress.put(next);
    return structuredClone(next);
  };

  return {
    getProgress: async (slug) => progress.get(slug),
    putProgress: async (record) => progress.put(record),
    listProgress: async () => progress.all(),
    markSectionDone: async (slug, sectionId) => updateProgress(slug, (r, at) => withSectionDone(r, sectionId, at)),
    setLastPosition: async (slug, sectionId) => updateProgress(slug, (r, at) => withLastSection(r, sectionId, at)),

    recordAnswer: async (answer) => answers.put(answer),
    listAnswers: async (lessonSlug) => answers.all().filter((a) => lessonSlug === undefined || a.lessonSlug === lessonSlug),

    getInteractiveState: async (id) => interactives.get(id),
    putInteractiveState: async (id, state) => interactives.put({ id, state, updatedAt: now() }),

    getSetting: async (key) => settings.get(key)?.value,
    putSetting: async (key, value) => settings.put({ key, value }),

    addRun: async (run) => runs.put(run),
    getRun: async (id) => runs.get(id),
    async listRuns({ lab, limit } = {}) {
      const list = runs.all().filter((r) => lab === undefined || r.lab === lab).sort(newestFirst);
      return limit === undefined ? list : list.slice(0, Math.max(0, limit));
    },
    deleteRun: async (id) => runs.delete(id),

    async putModel(model) {
      const { meta, artifacts: parts } = splitModel(model);
      const copyMeta = structuredClone(meta); // clone both first: a failure stores neither
      const copyParts = structuredClone(parts);
      artifacts.put(copyParts);
      models.put(copyMeta);
    },
    getModel: async (id) => joinModel(models.get(id), artifacts.get(id)),
    listModels: async (query) => models.all().filter((m) => matchesModelQuery(m, query)).sort(newestFirst),
    async deleteModel(id) {
      models.delete(id);
      artifacts.delete(id);
    },
    async recordEvaluation(modelId, evaluation) {
      const model = models.get(modelId);
      if (!model) return undefined;
      const next = withEvaluation(model, evaluation);
      models.put(next);
      return structuredClone(next);
    },
    async changeModelStage(modelId, to, evaluationId) {
      const model = models.get(modelId);
      const labModels = model ? models.all().filter((m) => m.lab === model.lab) : [];
      const plan = planChange(model, labModels, to, now(), evaluationId);
      if (!plan.ok) return plan;
      models.put(plan.model);
      if (plan.archived) models.put(plan.archived);
      return structuredClone(plan);
    },
    async updateModelCard(modelId, card) {
      const model = models.get(modelId);
      if (!model) return undefined;
      const next = withCard(model, card);
      models.put(next);
      return structuredClone(next);
    },

    addReview: async (review) => reviews.put(review),
    listReviews: async (checkId) => reviews.all().filter((r) => checkId === undefined || r.checkId === checkId).sort(oldestFirst),

    putAssessment: async (record) => assessments.put(record),
    listAssessments: async (lessonSlug) => assessments.all().filter((a) => lessonSlug === undefined || a.lessonSlug === lessonSlug),

    exportAll: async () => ({
      progress: progress.all(),
      answers: answers.all(),
      interactives: interactives.all(),
      settings: settings.all(),
      runs: runs.all(),
      reviews: reviews.all(),
      assessments: assessments.all(),
      models: models.all().map((meta) => joinModel(meta, artifacts.get(meta.id))).filter((m) => m !== undefined),
    }),
    async importAll(data) {
      const commits = [
        progress.replace(data.progress),
        answers.replace(data.answers),
        interactives.replace(data.interactives),
        settings.replace(data.settings),
        runs.replace(data.runs),
        reviews.replace(data.reviews),
        assessments.replace(data.assessments),
      ];
      if (data.models !== undefined) {
        const parts = data.models.map(splitModel);
        commits.push(
          models.replace(parts.map((p) => p.meta)),
          artifacts.replace(parts.map((p) => p.artifacts)),
        );
      }
      for (const commit of commits) commit();
    },
    async resetAll() {
      for (const store of [progress, answers, interactives, settings, runs, models, artifacts, reviews, assessments]) store.clear();
    },
  };
}
