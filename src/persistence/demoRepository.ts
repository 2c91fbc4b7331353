import { createMemoryRepository } from './memoryRepository';
import { compareKeys, emptyProgress, newestFirst, oldestFirst, withLastSection, withSectionDone, type Repository } from './repository';

/** Options of `createDemoRepository`. */
export interface DemoRepositoryOptions {
  /** Clock for `updatedAt` fields (epoch ms). Default `Date.now`. */
  now?: () => number;
}

/**
 * The repository of a presenter's demonstration: it reads what the device holds but never
 * changes it. Runs are the one exception: they are stored, marked `demo: true`, so the Runs
 * page can show them apart (and a learner can delete them). Every other write (progress,
 * answers, a lab's saved state, settings, models) lands in an in-memory overlay that lives
 * as long as the demonstration; reads return the overlay's record where it has one, else
 * the stored one, except the labs' saved states, which a demonstration never reads (a lab
 * starts from its link's scenario). Import and reset pass through: they are explicit
 * actions in Settings.
 */
export function createDemoRepository(base: Repository, options: DemoRepositoryOptions = {}): Repository {
  const now = options.now ?? Date.now;
  const overlay = createMemoryRepository({ now });
  const mergeBy = <T>(keyOf: (r: T) => string, mine: T[], theirs: T[]): T[] => {
    const byKey = new Map(theirs.map((r) => [keyOf(r), r]));
    for (const r of mine) byKey.set(keyOf(r), r);
    return [...byKey.values()];
  };
  /** Copies a stored model into the overlay (once), so the demonstration can change its copy. */
  const adopt = async (id: string) => {
    const mine = await overlay.getModel(id);
    if (mine) return mine;
    const stored = await base.getModel(id);
    if (stored) await overlay.putModel(stored);
    return stored;
  };
  const progressOf = async (slug: string) => (await overlay.getProgress(slug)) ?? (await base.getProgress(slug)) ?? emptyProgress(slug, now());

  return {
    getProgress: async (slug) => (await overlay.getProgress(slug)) ?? base.getProgress(slug),
    putProgress: (record) => overlay.putProgress(record),
    listProgress: async () =>
      mergeBy((r) => r.slug, await overlay.listProgress(), await base.listProgress()).sort((a, b) => compareKeys(a.slug, b.slug)),
    markSectionDone: async (slug, sectionId) => {
      const record = withSectionDone(await progressOf(slug), sectionId, now());
      await overlay.putProgress(record);
      return record;
    },
    setLastPosition: async (slug, sectionId) => {
      const record = withLastSection(await progressOf(slug), sectionId, now());
      await overlay.putProgress(record);
      return record;
    },

    recordAnswer: (answer) => overlay.recordAnswer(answer),
    listAnswers: async (lessonSlug) =>
      mergeBy((r) => r.checkId, await overlay.listAnswers(lessonSlug), await base.listAnswers(lessonSlug)).sort((a, b) =>
        compareKeys(a.checkId, b.checkId),
      ),

    // A lab in a demonstration starts from its link's scenario, never from the device's saved state.
    getInteractiveState: (id) => overlay.getInteractiveState(id),
    putInteractiveState: (id, state) => overlay.putInteractiveState(id, state),

    getSetting: async (key) => {
      const mine = await overlay.getSetting(key);
      return mine === undefined ? base.getSetting(key) : mine;
    },
    putSetting: (key, value) => overlay.putSetting(key, value),

    addRun: (run) => base.addRun({ ...run, demo: true }),
    getRun: (id) => base.getRun(id),
    listRuns: (query) => base.listRuns(query),
    deleteRun: (id) => base.deleteRun(id),

    putModel: (model) => overlay.putModel(model),
    getModel: async (id) => (await overlay.getModel(id)) ?? base.getModel(id),
    listModels: async (query) => mergeBy((m) => m.id, await overlay.listModels(query), await base.listModels(query)).sort(newestFirst),
    deleteModel: (id) => overlay.deleteModel(id),
    // Registry work in a demonstration acts on overlay copies of the stored models.
    recordEvaluation: async (id, evaluation) => ((await adopt(id)) ? overlay.recordEvaluation(id, evaluation) : undefined),
    changeModelStage: async (id, to, evaluationId) => {
      const model = await adopt(id);
      // The stage rules look at the lab's other models (its production model is archived on promotion).
      if (model) for (const other of await base.listModels({ lab: model.lab })) await adopt(other.id);
      return overlay.changeModelStage(id, to, evaluationId);
    },
    updateModelCard: async (id, card) => ((await adopt(id)) ? overlay.updateModelCard(id, card) : undefined),

    // Practices and pre/post checks answered in a demonstration are the room's, not the presenter's.
    addReview: (review) => overlay.addReview(review),
    listReviews: async (checkId) => mergeBy((r) => r.id, await overlay.listReviews(checkId), await base.listReviews(checkId)).sort(oldestFirst),
    putAssessment: (record) => overlay.putAssessment(record),
    listAssessments: async (lessonSlug) =>
      mergeBy((r) => r.id, await overlay.listAssessments(lessonSlug), await base.listAssessments(lessonSlug)).sort((a, b) => compareKeys(a.id, b.id)),

    exportAll: () => base.exportAll(),
    importAll: (data) => base.importAll(data),
    resetAll: () => base.resetAll(),
  };
}
