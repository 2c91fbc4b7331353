import { datasetProblem } from '../engine/training/batches';
import type { Clamp, Validation } from './jobs';

/** A logistic-regression training run: standardized inputs, 0/1 outcomes and the optimiser settings. */
export interface LogisticJob {
  /** rows × cols features, row-major. */
  x: Float32Array;
  rows: number;
  cols: number;
  /** One outcome, 0 or 1, per row. */
  y: Int32Array;
  epochs: number;
  batchSize: number;
  learningRate: number;
  seed: number;
  /** Optional held-out rows, scored after every epoch. */
  validation?: { x: Float32Array; y: Int32Array; rows: number };
}

/** Bounds of a logistic job: a few inputs over up to 20,000 patients, a few hundred full passes at most. */
export const LOGISTIC_BOUNDS = {
  rows: { min: 2, max: 20_000 },
  cols: { min: 1, max: 200 },
  epochs: { min: 1, max: 500 },
  batchSize: { min: 1, max: 20_000 },
  learningRate: { min: 1e-5, max: 1 },
} as const;

/**
 * Checks a logistic job and returns a bounded copy. Refuses (nothing is trained) a
 * missing or non-numeric field, rows or cols outside LOGISTIC_BOUNDS, or data that
 * does not match its shape (every x finite, every y 0 or 1); clamps, and reports,
 * epochs, batch size (also to ≤ rows) and learning rate. Never mutates its input.
 */
export function validateLogisticJob(job: LogisticJob): Validation<LogisticJob> {
  if (typeof job !== 'object' || job === null) return { ok: false, error: 'The training job is missing.' };
  if (!(job.x instanceof Float32Array) || !(job.y instanceof Int32Array)) return { ok: false, error: 'x must be a Float32Array and y an Int32Array.' };
  for (const f of ['rows', 'cols', 'epochs', 'batchSize', 'learningRate', 'seed'] as const) {
    if (typeof job[f] !== 'number' || Number.isNaN(job[f])) return { ok: false, error: `${f} must be a number.` };
  }
  const B = LOGISTIC_BOUNDS;
  for (const f of ['rows', 'cols'] as const) {
    if (!Number.isInteger(job[f]) || job[f] < B[f].min || job[f] > B[f].max) {
      return { ok: false, error: `${f} must be an integer in [${B[f].min}, ${B[f].max}], got ${job[f]}.` };
    }
  }
  const v = job.validation;
  const problem =
    datasetProblem(job.x, job.rows, job.cols, job.y, 2) ??
    (v
      ? !(v.x instanceof Float32Array) || !(v.y instanceof Int32Array) || !Number.isInteger(v.rows) || v.rows < 1 || v.rows > B.rows.max
        ? `validation must be at most ${B.rows.max} rows of Float32Array x and Int32Array y`
        : datasetProblem(v.x, v.rows, job.cols, v.y, 2)
      : null);
  if (problem) return { ok: false, error: `The dataset does not match its description: ${problem}.` };
  const clamped: Clamp[] = [];
  const clamp = (field: string, value: number, min: number, max: number, integer = true) => {
    const used = Math.min(max, Math.max(min, integer ? Math.round(value) : value));
    if (used !== value) clamped.push({ field, requested: value, used });
    return used;
  };
  const epochs = clamp('epochs', job.epochs, B.epochs.min, B.epochs.max);
  const batchSize = clamp('batchSize', job.batchSize, B.batchSize.min, Math.min(B.batchSize.max, job.rows));
  const learningRate = clamp('learningRate', job.learningRate, B.learningRate.min, B.learningRate.max, false);
  const seed = Number.isFinite(job.seed) ? Math.trunc(job.seed) : 0;
  return { ok: true, value: { ...job, epochs, batchSize, learningRate, seed }, clamped };
}
