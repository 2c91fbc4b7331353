import * as v from 'valibot';
import { isJsonSafe } from './jsonScan';

/** Longest id, slug, key or name accepted in an imported file. */
export const MAX_ID_LENGTH = 200;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID_LENGTH));
const shortText = v.pipe(v.string(), v.maxLength(1_000));
const finite = v.pipe(v.number(), v.finite());
const timestamp = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(8.64e15)); // epoch ms, within Date's range
const jsonValue = v.custom<unknown>((x) => x !== undefined && isJsonSafe(x), 'Expected a JSON value.');
const boundedList = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max));
const boundedRecord = <T extends v.GenericSchema>(value: T) => v.pipe(v.record(id, value), v.maxEntries(200));

const progress = v.object({
  slug: id,
  completedSections: boundedList(id, 500),
  lastSection: v.nullable(id),
  updatedAt: timestamp,
});

const answer = v.object({
  checkId: id,
  lessonSlug: id,
  choice: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000)),
  correct: v.boolean(),
  answeredAt: timestamp,
});

const interactive = v.object({ id, state: jsonValue, updatedAt: timestamp });

const setting = v.object({ key: id, value: jsonValue });

const run = v.object({
  id,
  lab: id,
  model: v.optional(id),
  params: boundedRecord(v.union([finite, shortText, v.boolean()])),
  seed: finite,
  datasetVersion: v.pipe(v.string(), v.maxLength(MAX_ID_LENGTH)),
  metrics: boundedRecord(finite),
  backend: v.pipe(v.string(), v.maxLength(50)),
  durationMs: v.pipe(finite, v.minValue(0)),
  createdAt: timestamp,
  demo: v.optional(v.boolean()),
  curves: v.optional(v.pipe(v.record(id, boundedList(finite, 5_000)), v.maxEntries(20))),
});

const review = v.object({
  id,
  checkId: id,
  lessonSlug: id,
  correct: v.boolean(),
  at: timestamp,
  source: v.picklist(['check', 'review']),
});

const assessment = v.object({
  id,
  lessonSlug: id,
  phase: v.picklist(['pre', 'post']),
  answers: boundedList(
    v.object({ questionId: id, choice: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000)), correct: v.boolean() }),
    50,
  ),
  score: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(50)),
  total: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(50)),
  at: timestamp,
});

/** Most models a progress file may carry. */
export const IMPORT_MAX_MODELS = 200;

/** Largest weight data of one imported model, in bytes (the lab's largest network has about 240 kB). */
export const IMPORT_MAX_WEIGHT_BYTES = 4 * 1024 * 1024;

const BYTES_PER_DTYPE = { float32: 4, int32: 4, bool: 1 } as const;
const base64 = v.pipe(v.string(), v.maxLength(Math.ceil(IMPORT_MAX_WEIGHT_BYTES / 3) * 4), v.regex(/^[A-Za-z0-9+/]*={0,2}$/), v.check((s) => s.length % 4 === 0, 'Expected base64.'));
const dimension = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(IMPORT_MAX_WEIGHT_BYTES));
const weightSpec = v.object({ name: id, shape: boundedList(dimension, 8), dtype: v.picklist(['float32', 'int32', 'bool']) });
const paramValue = v.union([finite, shortText, v.boolean()]);
const cardText = v.pipe(v.string(), v.maxLength(2_000));

/** The bytes of a base64 string (already checked to be base64). */
export function fromBase64(text: string): ArrayBuffer {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/** Bytes the weight specs describe: Σ over specs of (product of the shape) × bytes per value. */
export function specBytes(specs: ReadonlyArray<{ shape: readonly number[]; dtype: keyof typeof BYTES_PER_DTYPE }>): number {
  return specs.reduce((sum, s) => sum + s.shape.reduce((p, d) => p * d, 1) * BYTES_PER_DTYPE[s.dtype], 0);
}

const evaluation = v.object({
  id,
  at: timestamp,
  datasetVersion: v.pipe(v.string(), v.maxLength(MAX_ID_LENGTH)),
  metrics: boundedRecord(finite),
  baselineModelId: v.optional(id),
  passed: v.boolean(),
  summary: shortText,
});

const stageName = v.picklist(['none', 'staging', 'production', 'archived']);

/**
 * A saved model in a progress file: its record with the weight bytes as base64
 * (`weightDataBase64`), decoded to `weightData` here. The bytes must be exactly what
 * the weight specs describe, so a file cannot smuggle in weights TF.js would misread.
 */
export const modelSchema = v.pipe(
  v.object({
    id,
    name: shortText,
    lab: id,
    runId: v.pipe(v.string(), v.maxLength(MAX_ID_LENGTH)),
    stage: stageName,
    createdAt: timestamp,
    topology: jsonValue,
    weightSpecs: boundedList(weightSpec, 100),
    weightDataBase64: base64,
    sizeBytes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(IMPORT_MAX_WEIGHT_BYTES)),
    lineage: v.nullable(
      v.object({ datasetVersion: v.pipe(v.string(), v.maxLength(MAX_ID_LENGTH)), seed: finite, params: boundedRecord(paramValue), backend: v.pipe(v.string(), v.maxLength(50)) }),
    ),
    metrics: boundedRecord(finite),
    card: v.object({ intendedUse: cardText, data: cardText, limits: cardText }),
    evaluations: boundedList(evaluation, 50),
    stageHistory: boundedList(v.object({ from: stageName, to: stageName, at: timestamp, evaluationId: v.optional(id) }), 1_000),
  }),
  v.check((m) => m.weightDataBase64.length / 4 * 3 - (m.weightDataBase64.match(/=+$/)?.[0].length ?? 0) === specBytes(m.weightSpecs), 'The weight bytes do not match the weight specs.'),
  v.transform(({ weightDataBase64, ...rest }) => ({ ...rest, weightData: fromBase64(weightDataBase64) })),
);

/** The `data` part of a progress file, with every string, list and number bounded. */
export const exportDataSchema = v.object({
  progress: boundedList(progress, 2_000),
  answers: boundedList(answer, 20_000),
  interactives: boundedList(interactive, 2_000),
  settings: boundedList(setting, 1_000),
  runs: boundedList(run, 20_000),
  // Since file version 2; a version-1 file has neither and imports with none.
  reviews: v.optional(boundedList(review, 100_000), () => []),
  assessments: v.optional(boundedList(assessment, 1_000), () => []),
  // Absent in files made before models were exported: importing them keeps the device's models.
  models: v.optional(boundedList(modelSchema, IMPORT_MAX_MODELS)),
});

/** A whole progress file whose `format` and `schemaVersion` were already checked. */
export const exportFileSchema = v.object({
  format: v.literal('ml-that-works-progress'),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.pipe(v.string(), v.maxLength(40), v.isoTimestamp()),
  data: exportDataSchema,
});
