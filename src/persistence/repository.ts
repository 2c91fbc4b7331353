import { planStageChange, type StageRefusal } from '../engine/registry/stages';
import type {
  AnswerRecord,
  AssessmentRecord,
  ExportData,
  InteractiveRecord,
  ModelArtifactsRecord,
  ModelCard,
  ModelEvaluation,
  ModelMeta,
  ModelRecord,
  ModelStage,
  ProgressRecord,
  ReviewRecord,
  RunRecord,
} from './schema';

/** Filter for `listRuns`. */
export interface RunQuery {
  lab?: string;
  /** At most this many runs (the newest). */
  limit?: number;
}

/** Filter for `listModels`. */
export interface ModelQuery {
  lab?: string;
  stage?: ModelStage;
}

/** A model without its (possibly large) artifacts, for registry lists (what the `models` store holds). */
export type ModelSummary = ModelMeta;

/** Result of `changeModelStage`: the moved model and the production model it archived, or why not. */
export type StageChangeResult = { ok: true; model: ModelSummary; archived: ModelSummary | null } | { ok: false; refusal: StageRefusal };

/**
 * Everything the app stores, behind one interface. Implemented over IndexedDB
 * (`idbRepository.ts`) and in memory (`memoryRepository.ts`, guest mode and
 * fallback). Values go in and come out as copies; writes reject with
 * `StorageFullError` when the quota is used up, leaving earlier data intact.
 */
export interface Repository {
  /** The progress of one lesson, or undefined if never opened. */
  getProgress(slug: string): Promise<ProgressRecord | undefined>;
  /** Replaces the progress of `record.slug`. */
  putProgress(record: ProgressRecord): Promise<void>;
  /** The progress of every lesson, by slug. */
  listProgress(): Promise<ProgressRecord[]>;
  /** Adds `sectionId` to the lesson's completed sections (once) and returns the new record. */
  markSectionDone(slug: string, sectionId: string): Promise<ProgressRecord>;
  /** Remembers where the learner is in a lesson and returns the new record. */
  setLastPosition(slug: string, sectionId: string | null): Promise<ProgressRecord>;

  /** Stores the learner's latest answer to a check (replacing an earlier one). */
  recordAnswer(answer: AnswerRecord): Promise<void>;
  /** Every answer, or only those of one lesson, by check id. */
  listAnswers(lessonSlug?: string): Promise<AnswerRecord[]>;

  /** The saved state of an interactive, or undefined. */
  getInteractiveState(id: string): Promise<InteractiveRecord | undefined>;
  /** Saves the JSON-safe state of an interactive. */
  putInteractiveState(id: string, state: unknown): Promise<void>;

  /** The value of a setting, or undefined if unset. */
  getSetting(key: string): Promise<unknown>;
  /** Sets a JSON-safe setting. */
  putSetting(key: string, value: unknown): Promise<void>;

  /** Records a run (a run with the same id is replaced). */
  addRun(run: RunRecord): Promise<void>;
  /** One run, or undefined. */
  getRun(id: string): Promise<RunRecord | undefined>;
  /** Runs newest first, optionally of one lab and limited in number. */
  listRuns(query?: RunQuery): Promise<RunRecord[]>;
  /** Deletes a run; deleting a missing run is not an error. */
  deleteRun(id: string): Promise<void>;

  /** Saves a model with its artifacts (replacing one with the same id). */
  putModel(model: ModelRecord): Promise<void>;
  /** One model with its artifacts, or undefined. */
  getModel(id: string): Promise<ModelRecord | undefined>;
  /** Model summaries newest first, optionally filtered by lab and stage. */
  listModels(query?: ModelQuery): Promise<ModelSummary[]>;
  /** Deletes a model; deleting a missing model is not an error. */
  deleteModel(id: string): Promise<void>;
  /** Appends an evaluation to a model's record; returns the updated summary, or undefined if there is no such model. */
  recordEvaluation(modelId: string, evaluation: ModelEvaluation): Promise<ModelSummary | undefined>;
  /**
   * Moves a model to `to` by the registry's rules (`planStageChange` in
   * src/engine/registry/stages.ts), in one transaction: the move, its entry in the stage
   * history, and the archiving of the lab's previous production model all commit, or
   * nothing does. A refused move changes nothing and says why.
   */
  changeModelStage(modelId: string, to: ModelStage, evaluationId?: string): Promise<StageChangeResult>;
  /** Replaces a model's card (fields trimmed and bounded); returns the updated summary, or undefined if there is no such model. */
  updateModelCard(modelId: string, card: ModelCard): Promise<ModelSummary | undefined>;

  /** Records one practice of a knowledge check (a review with the same id is replaced). */
  addReview(review: ReviewRecord): Promise<void>;
  /** Every practice, or those of one check, oldest first. */
  listReviews(checkId?: string): Promise<ReviewRecord[]>;

  /** Stores a pre- or post-lesson check (replacing the earlier one of the same lesson and phase). */
  putAssessment(record: AssessmentRecord): Promise<void>;
  /** Every pre/post check, or those of one lesson, by id. */
  listAssessments(lessonSlug?: string): Promise<AssessmentRecord[]>;

  /** Every store, each sorted by key; `models` carries each model with its artifacts. */
  exportAll(): Promise<ExportData>;
  /**
   * Replaces every store with `data`, all or nothing. When `data.models` is absent
   * (a file from before models were exported) the models on the device are kept;
   * when present, even empty, it replaces them.
   */
  importAll(data: ExportData): Promise<void>;
  /** Deletes everything, models included. */
  resetAll(): Promise<void>;
}

/** Orders runs and models newest first; equal times by id, descending. */
export function newestFirst(a: { createdAt: number; id: string }, b: { createdAt: number; id: string }): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** Orders practices oldest first; equal times by id. */
export function oldestFirst(a: { at: number; id: string }, b: { at: number; id: string }): number {
  return a.at - b.at || compareKeys(a.id, b.id);
}

/** Orders strings as IndexedDB orders string keys (by UTF-16 code units). */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An empty progress record for a lesson. */
export function emptyProgress(slug: string, now: number): ProgressRecord {
  return { slug, completedSections: [], lastSection: null, updatedAt: now };
}

/** `record` with `sectionId` completed (kept in completion order, never twice). */
export function withSectionDone(record: ProgressRecord, sectionId: string, now: number): ProgressRecord {
  const done = record.completedSections.includes(sectionId) ? record.completedSections : [...record.completedSections, sectionId];
  return { ...record, completedSections: done, updatedAt: now };
}

/** `record` with its last position set. */
export function withLastSection(record: ProgressRecord, sectionId: string | null, now: number): ProgressRecord {
  return { ...record, lastSection: sectionId, updatedAt: now };
}

/** The summary of a model (drops the artifacts). */
export function toModelSummary(model: ModelRecord): ModelSummary {
  const { topology: _t, weightSpecs: _s, weightData: _d, ...summary } = model;
  return summary;
}

/** Splits a model into what the `models` and `modelArtifacts` stores hold. */
export function splitModel(model: ModelRecord): { meta: ModelMeta; artifacts: ModelArtifactsRecord } {
  const { topology, weightSpecs, weightData, ...meta } = model;
  return { meta, artifacts: { id: model.id, topology, weightSpecs, weightData } };
}

/** Joins a model's stored parts back into one record (artifacts missing → undefined). */
export function joinModel(meta: ModelMeta | undefined, artifacts: ModelArtifactsRecord | undefined): ModelRecord | undefined {
  if (!meta || !artifacts) return undefined;
  return { ...meta, topology: artifacts.topology, weightSpecs: artifacts.weightSpecs, weightData: artifacts.weightData };
}

/** Plans a stage change of `modelId` among `labModels` (its lab's models); a missing model is refused. */
export function planChange(model: ModelMeta | undefined, labModels: readonly ModelMeta[], to: ModelStage, at: number, evaluationId?: string) {
  if (!model) return { ok: false as const, refusal: { code: 'missing' as const } };
  return planStageChange(model, labModels, to, at, evaluationId);
}

/** True when a model passes a `ModelQuery`. */
export function matchesModelQuery(model: ModelMeta, query: ModelQuery = {}): boolean {
  return (query.lab === undefined || model.lab === query.lab) && (query.stage === undefined || model.stage === query.stage);
}
