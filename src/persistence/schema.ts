import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';

/** Name of the IndexedDB database that holds everything the course stores. */
export const DB_NAME = 'ml-that-works';

/** Current schema version; bump it together with a new entry in `migrations.ts`. */
const SCHEMA_VERSION = 2;

/**
 * End-to-end tests only. A build made with `VITE_E2E_SCHEMA_BUMP=1` (only
 * tests/e2e/support/nextRelease.ts makes one, into a folder outside dist/) plays
 * the next release: one schema version up, reached by an empty migration, so a
 * real browser can upgrade the database while another tab holds it open. Vite
 * inlines the variable at build time; in every other build it is unset and the
 * version stays as written. (A build-time switch rather than a URL or storage
 * switch: nothing a learner or a link can set changes the schema.)
 */
export const E2E_SCHEMA_BUMP = import.meta.env.VITE_E2E_SCHEMA_BUMP === '1';

/** The schema version this build opens. */
export const DB_VERSION = SCHEMA_VERSION + (E2E_SCHEMA_BUMP ? 1 : 0);

/** Completion and last position of one lesson. Key: `slug`. */
export interface ProgressRecord {
  slug: string;
  completedSections: string[];
  lastSection: string | null;
  updatedAt: number; // epoch ms
}

/** The learner's latest answer to one knowledge check. Key: `checkId`. */
export interface AnswerRecord {
  checkId: string;
  lessonSlug: string;
  choice: number; // index of the chosen option
  correct: boolean;
  answeredAt: number; // epoch ms
}

/** Saved state of one interactive. `state` must be JSON-safe. Key: `id`. */
export interface InteractiveRecord {
  id: string;
  state: unknown;
  updatedAt: number; // epoch ms
}

/** One named setting. `value` must be JSON-safe. Key: `key`. */
export interface SettingRecord {
  key: string;
  value: unknown;
}

/** One training run or simulated experiment (see docs/ARCHITECTURE.md, "Runs store"). Key: `id`. */
export interface RunRecord {
  id: string;
  lab: string;
  model?: string;
  params: Record<string, number | string | boolean>;
  seed: number;
  datasetVersion: string;
  metrics: Record<string, number>;
  backend: string;
  durationMs: number;
  createdAt: number; // epoch ms
  /** True for a run made in the presenter view or guest mode as a demonstration, not by the learner. */
  demo?: boolean;
  /** Per-epoch (or per-step) series such as `loss` or `valAccuracy`, for overlaid curves when comparing runs. */
  curves?: Record<string, number[]>;
}

/** Lifecycle stage of a registered model. */
export type ModelStage = 'none' | 'staging' | 'production' | 'archived';

/** The stages in display order. */
export const MODEL_STAGES: readonly ModelStage[] = ['none', 'staging', 'production', 'archived'];

/**
 * What a model card says in words (Mitchell et al., 2019, cut to what a learner can
 * write about a lab model). An empty string means "not written yet".
 */
export interface ModelCard {
  intendedUse: string;
  data: string;
  limits: string;
}

/** Where a model came from, copied from its run when it is saved, so it outlives the run. */
export interface ModelLineage {
  datasetVersion: string;
  seed: number;
  params: Record<string, number | string | boolean>;
  backend: string;
}

/** One recorded evaluation of a model, the evidence a promotion needs. */
export interface ModelEvaluation {
  id: string;
  at: number; // epoch ms
  /** The data it was evaluated on (a content hash, as in runs). */
  datasetVersion: string;
  metrics: Record<string, number>;
  /** The model it was compared with (usually the one in production), if any. */
  baselineModelId?: string;
  passed: boolean;
  summary: string;
}

/** One stage change of a model, with the evaluation that allowed it. */
export interface StageChange {
  from: ModelStage;
  to: ModelStage;
  at: number; // epoch ms
  evaluationId?: string;
}

/** A trained model saved in the registry (TF.js artifacts split into JSON parts and weights). Key: `id`. */
export interface ModelRecord {
  id: string;
  name: string;
  lab: string;
  runId: string;
  stage: ModelStage;
  createdAt: number; // epoch ms
  topology: unknown;
  weightSpecs: unknown;
  weightData: ArrayBuffer;
  sizeBytes: number;
  /** Since schema 2. Null for a model saved by version 1 whose run was gone by the upgrade. */
  lineage: ModelLineage | null;
  /** Since schema 2: the metrics of the run that trained it. */
  metrics: Record<string, number>;
  /** Since schema 2. */
  card: ModelCard;
  /** Since schema 2, oldest first. */
  evaluations: ModelEvaluation[];
  /** Since schema 2, oldest first. */
  stageHistory: StageChange[];
}

/**
 * What the `models` store holds: everything of a model but its artifacts, so listing,
 * sorting and filtering the registry never reads weights.
 */
export type ModelMeta = Omit<ModelRecord, 'topology' | 'weightSpecs' | 'weightData'>;

/** The TF.js artifacts of one model, in the `modelArtifacts` store. Key: `id` (the model's id). */
export interface ModelArtifactsRecord {
  id: string;
  topology: unknown;
  weightSpecs: unknown;
  weightData: ArrayBuffer;
}

/** An empty model card. */
export const EMPTY_MODEL_CARD: ModelCard = Object.freeze({ intendedUse: '', data: '', limits: '' });

/**
 * One practice of one knowledge check: answering it in a lesson or in the spaced
 * review. The spaced review's history. Key: `id`.
 */
export interface ReviewRecord {
  id: string;
  checkId: string;
  lessonSlug: string;
  correct: boolean;
  at: number; // epoch ms
  source: 'check' | 'review';
}

/** One answer of a pre- or post-lesson check. */
export interface AssessmentAnswer {
  questionId: string;
  choice: number;
  correct: boolean;
}

/** The learner's short check before or after a lesson. Key: `id`, which is `<lessonSlug>:<phase>`. */
export interface AssessmentRecord {
  id: string;
  lessonSlug: string;
  phase: 'pre' | 'post';
  answers: AssessmentAnswer[];
  score: number;
  total: number;
  at: number; // epoch ms
}

/** The key of an assessment record. */
export function assessmentId(lessonSlug: string, phase: 'pre' | 'post'): string {
  return `${lessonSlug}:${phase}`;
}

/** The idb schema of the `ml-that-works` database. */
export interface MlDbSchema extends DBSchema {
  progress: { key: string; value: ProgressRecord };
  answers: { key: string; value: AnswerRecord };
  interactives: { key: string; value: InteractiveRecord };
  settings: { key: string; value: SettingRecord };
  runs: { key: string; value: RunRecord; indexes: { 'by-lab': string; 'by-created': number } };
  models: { key: string; value: ModelMeta; indexes: { 'by-stage': ModelStage; 'by-lab': string } };
  modelArtifacts: { key: string; value: ModelArtifactsRecord };
  reviews: { key: string; value: ReviewRecord; indexes: { 'by-check': string } };
  assessments: { key: string; value: AssessmentRecord };
}

/** Any store name of the schema. */
export type StoreName = StoreNames<MlDbSchema>;

/** Every store, in creation order. */
export const STORE_NAMES: readonly StoreName[] = [
  'progress',
  'answers',
  'interactives',
  'settings',
  'runs',
  'models',
  'reviews',
  'assessments',
  'modelArtifacts',
];

/** An open connection to the course database. */
export type MlDb = IDBPDatabase<MlDbSchema>;

/** The versionchange transaction that migrations run in. */
export type UpgradeTransaction = IDBPTransaction<MlDbSchema, StoreName[], 'versionchange'>;

/**
 * Everything that export/import carries. `models` (with their weights) is absent only
 * in data read from a file made before models were exported (file version 1 and 2):
 * importing such data keeps the models already on the device.
 */
export interface ExportData {
  progress: ProgressRecord[];
  answers: AnswerRecord[];
  interactives: InteractiveRecord[];
  settings: SettingRecord[];
  runs: RunRecord[];
  reviews: ReviewRecord[];
  assessments: AssessmentRecord[];
  models?: ModelRecord[];
}

/** The stores of `ExportData` other than the models (which span `models` and `modelArtifacts`). */
export const EXPORTED_STORES = [
  'progress',
  'answers',
  'interactives',
  'settings',
  'runs',
  'reviews',
  'assessments',
] as const satisfies readonly (keyof ExportData & StoreName)[];
