/**
 * The message protocol between the Complaint classifier lab and tree.worker.ts,
 * which generates the complaint corpus, builds its features and fits the CART
 * tree off the main thread (pure TypeScript, no TF.js).
 *
 * Every request carries an `id`; the worker answers it with exactly one final
 * reply of that id, `done` or `error`. Requests run one at a time, in order.
 * There is no cancel message: a fit is one synchronous computation, so the page
 * cancels by terminating the worker and starting a fresh one for its next request.
 *
 * No engine code (type imports and bounds.ts only): the page can import this module without loading an engine.
 */
import type { ClassificationTree } from '../engine/tree/types';
import { clampField, isRecord, type Bound } from './bounds';
import type { Clamp, Validation } from './jobs';

export type { Clamp, Validation } from './jobs';

/**
 * Bounds of a corpus and a tree fit, inside the engines' own (COMPLAINT_BOUNDS,
 * TREE_BOUNDS; a unit test holds them in step). The corpus stops at 5,000
 * complaints so that preparing it and fitting either model stays around a second.
 */
export const TREE_JOB_BOUNDS = {
  seed: { min: 0, max: 2 ** 31 - 1, default: 42, integer: true },
  size: { min: 500, max: 5_000, default: 2_000, integer: true },
  noise: { min: 0, max: 0.4, default: 0.1, integer: false },
  maxDepth: { min: 1, max: 12, default: 10, integer: true },
  minSamplesLeaf: { min: 1, max: 200, default: 10, integer: true },
} as const satisfies Record<string, Bound>;

/** Vocabulary terms kept (the most frequent in the training texts, each in ≥ 2 of them). */
export const VOCABULARY_SIZE = 400;

/** Share of every category held back for scoring. */
export const HOLDOUT_FRACTION = 0.2;

/** Which seeded corpus to generate. `noise` is a fraction (0.1 = 10 % of labels wrong). */
export interface CorpusSpec {
  seed: number;
  size: number;
  noise: number;
}

/** The tree's growth limits. */
export interface TreeSettings {
  maxDepth: number;
  minSamplesLeaf: number;
}

/** Messages the page sends to the worker. */
export type TreeRequest =
  | { type: 'corpus'; id: number; spec: CorpusSpec }
  | { type: 'fit-tree'; id: number; spec: CorpusSpec; settings: TreeSettings };

/** Bag-of-words rows (row-major, rows × cols word counts) with their stored labels. */
export interface LabelledRows {
  x: Float32Array;
  y: Int32Array;
  rows: number;
}

/** A prepared corpus: the split, the vocabulary and the count features of both parts. */
export interface CorpusResult {
  spec: CorpusSpec;
  /** contentHash of the texts and stored labels (FNV-1a 64, 16 hex digits). */
  datasetVersion: string;
  categories: string[];
  /** Vocabulary built on the training texts only; column j of x is terms[j]. */
  terms: string[];
  /** Training texts containing each term. */
  documentFrequency: number[];
  /** Number of training texts the vocabulary was built on. */
  documents: number;
  cols: number;
  train: LabelledRows;
  holdout: LabelledRows;
  /** Complaints per stored label in the whole corpus, by category. */
  classCounts: number[];
  /** Share of labels the noise actually flipped. */
  flipped: number;
  /** A few holdout complaints, to show what the data looks like. */
  examples: { text: string; label: number }[];
  clamped: Clamp[];
}

/** What a tree fit scores. Accuracies and macro-F1 are fractions in [0, 1]. */
export interface TreeMetrics {
  accuracy: number;
  macroF1: number;
  trainAccuracy: number;
  /** Wall time of the fit (column sorting included), ms. */
  trainMs: number;
  /** Numbers prediction needs: 2 per split, one count per class per leaf. */
  parameters: number;
  /** UTF-8 bytes of the fitted tree as JSON (vocabulary included). */
  sizeBytes: number;
}

/** A fitted tree and its scores on the holdout. */
export interface TreeFitResult {
  datasetVersion: string;
  spec: CorpusSpec;
  settings: TreeSettings;
  tree: ClassificationTree;
  shape: { nodes: number; leaves: number; depth: number };
  metrics: TreeMetrics;
  clamped: Clamp[];
  /** Wall time in the worker for the whole request (corpus included when it had to be made), ms. */
  durationMs: number;
}

/** The result carried by `done`, per request type. */
export interface TreeResultMap {
  corpus: CorpusResult;
  'fit-tree': TreeFitResult;
}

export type TreeRequestKind = TreeRequest['type'];

/** Final success reply. */
export type TreeDoneReply = {
  [K in TreeRequestKind]: { type: 'done'; id: number; kind: K; result: TreeResultMap[K] };
}[TreeRequestKind];

/** Why a request failed: 'invalid-job' (refused before any work) or 'failed' (threw while working). */
export interface TreeErrorReply {
  type: 'error';
  /** Null when the failure is not tied to a request (an unreadable message). */
  id: number | null;
  code: 'invalid-job' | 'failed';
  message: string;
}

/** Messages the worker sends back. */
export type TreeReply = TreeDoneReply | TreeErrorReply;

const clamp = clampField;

/**
 * Bounds a corpus spec from an untrusted sender: each field is clamped to
 * TREE_JOB_BOUNDS (integers rounded); a missing, non-numeric or non-finite field
 * takes its default. Each change to a value that was sent is listed in `clamped`
 * (a non-number as requested NaN). Never fails, never mutates its input.
 */
export function validateCorpusSpec(spec: unknown, clamped: Clamp[] = []): CorpusSpec {
  const s = isRecord(spec) ? spec : {};
  const B = TREE_JOB_BOUNDS;
  return {
    seed: clamp('spec.seed', s.seed, B.seed, clamped),
    size: clamp('spec.size', s.size, B.size, clamped),
    noise: clamp('spec.noise', s.noise, B.noise, clamped),
  };
}

/** Bounds tree settings the same way as {@link validateCorpusSpec}. */
export function validateTreeSettings(settings: unknown, clamped: Clamp[] = []): TreeSettings {
  const s = isRecord(settings) ? settings : {};
  const B = TREE_JOB_BOUNDS;
  return {
    maxDepth: clamp('settings.maxDepth', s.maxDepth, B.maxDepth, clamped),
    minSamplesLeaf: clamp('settings.minSamplesLeaf', s.minSamplesLeaf, B.minSamplesLeaf, clamped),
  };
}

/** Checks a fit request's two parts; refuses a request that is not an object. */
export function validateTreeJob(raw: unknown): Validation<{ spec: CorpusSpec; settings: TreeSettings }> {
  if (!isRecord(raw)) return { ok: false, error: 'The fit request is missing.' };
  const clamped: Clamp[] = [];
  const spec = validateCorpusSpec(raw.spec, clamped);
  const settings = validateTreeSettings(raw.settings, clamped);
  return { ok: true, value: { spec, settings }, clamped };
}
