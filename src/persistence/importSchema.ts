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
});

/** A whole progress file whose `format` and `schemaVersion` were already checked. */
export const exportFileSchema = v.object({
  format: v.literal('ml-that-works-progress'),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.pipe(v.string(), v.maxLength(40), v.isoTimestamp()),
  data: exportDataSchema,
});
