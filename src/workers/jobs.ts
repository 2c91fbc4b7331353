import { datasetProblem } from '../engine/training/batches';
import { macsPerSample } from '../engine/training/model-sizes';
import type { ModelSize } from '../engine/training/types';

/** A classifier training run: a row-major dataset, the network shape and the optimiser settings. */
export interface TrainJob {
  /** rows × cols features, row-major. */
  x: Float32Array;
  rows: number;
  cols: number;
  /** One class index in [0, classes) per row. */
  y: Int32Array;
  classes: number;
  /** Units per hidden layer, 2 to 6 layers. */
  hidden: number[];
  epochs: number;
  batchSize: number;
  learningRate: number;
  seed: number;
  /** Optional held-out rows, scored after every epoch. */
  validation?: { x: Float32Array; y: Int32Array; rows: number };
}

/** A latency measurement of the small / medium / large MLP family on random inputs. */
export interface LatencySpec {
  inputDim: number;
  classes: number;
  seed: number;
  sizes?: ModelSize[];
  /** Timed single-sample calls per size. */
  calls?: number;
  /** Rows per call when measuring throughput. */
  throughputBatch?: number;
}

/** A matrix-product benchmark: `repeats` timed products of two n×n matrices. */
export interface MatmulSpec {
  n: number;
  repeats?: number;
}

/** One value that was out of bounds and what was used instead. */
export interface Clamp {
  field: string;
  requested: number;
  used: number;
}

/** The outcome of validating a request: a bounded copy plus what was clamped, or why it was refused. */
export type Validation<T> = { ok: true; value: T; clamped: Clamp[] } | { ok: false; error: string };

/** Bounds of a training job: big enough for the labs, small enough to never exhaust a phone. */
export const TRAIN_BOUNDS = {
  rows: { min: 1, max: 20_000 },
  cols: { min: 1, max: 2_000 },
  /** rows × cols: 4 M floats is 16 MB, copied once into the worker. */
  cells: { max: 4_000_000 },
  classes: { min: 2, max: 50 },
  hiddenLayers: { min: 2, max: 6 },
  hiddenUnits: { min: 1, max: 512 },
  epochs: { min: 1, max: 200 },
  batchSize: { min: 1, max: 1_024 },
  learningRate: { min: 1e-5, max: 1 },
  /** Estimated floating-point operations of the whole run (6 per multiply-accumulate per sample). */
  trainFlops: { max: 2e12 },
} as const;

/** Bounds of a latency measurement. */
export const LATENCY_BOUNDS = {
  inputDim: { min: 1, max: 2_000 },
  classes: { min: 2, max: 50 },
  calls: { min: 1, max: 500 },
  throughputBatch: { min: 1, max: 1_024 },
} as const;

/** Bounds of a matrix-product benchmark: 2048² floats are 16 MB per matrix. */
export const MATMUL_BOUNDS = {
  n: { min: 16, max: 2_048 },
  repeats: { min: 1, max: 20 },
} as const;

/**
 * Checks a matrix-product benchmark and returns a bounded copy: n and repeats are
 * rounded and clamped to MATMUL_BOUNDS (repeats defaults to 5); a missing or
 * non-numeric n is refused.
 */
export function validateMatmulSpec(spec: MatmulSpec): Validation<Required<MatmulSpec>> {
  if (typeof spec !== 'object' || spec === null || typeof spec.n !== 'number' || !Number.isFinite(spec.n)) {
    return { ok: false, error: 'n must be a finite number.' };
  }
  const clamped: Clamp[] = [];
  const clamp = (field: 'n' | 'repeats', raw: number) => {
    const used = Math.min(MATMUL_BOUNDS[field].max, Math.max(MATMUL_BOUNDS[field].min, Math.round(raw)));
    if (used !== raw) clamped.push({ field, requested: raw, used });
    return used;
  };
  const repeats = typeof spec.repeats === 'number' && Number.isFinite(spec.repeats) ? spec.repeats : 5;
  return { ok: true, value: { n: clamp('n', spec.n), repeats: clamp('repeats', repeats) }, clamped };
}

/**
 * Checks a training job and returns a bounded copy. Fails (nothing is trained) when
 * a field is missing or not a number, or when the data does not match its declared
 * shape; clamps, and reports, numbers outside TRAIN_BOUNDS: epochs, batch size (also
 * to ≤ rows), learning rate, units per layer, number of hidden layers (extra layers
 * dropped, a missing second layer repeats the first), and finally epochs again so the
 * estimated work stays under trainFlops. Never mutates its input; arrays are shared.
 */
export function validateTrainJob(job: TrainJob): Validation<TrainJob> {
  if (typeof job !== 'object' || job === null) return { ok: false, error: 'The training job is missing.' };
  if (!(job.x instanceof Float32Array) || !(job.y instanceof Int32Array)) {
    return { ok: false, error: 'x must be a Float32Array and y an Int32Array.' };
  }
  for (const f of ['rows', 'cols', 'classes', 'epochs', 'batchSize', 'learningRate', 'seed'] as const) {
    if (typeof job[f] !== 'number' || Number.isNaN(job[f])) return { ok: false, error: `${f} must be a number.` };
  }
  const B = TRAIN_BOUNDS;
  for (const f of ['rows', 'cols', 'classes'] as const) {
    if (!Number.isInteger(job[f]) || job[f] < B[f].min || job[f] > B[f].max) {
      return { ok: false, error: `${f} must be an integer in [${B[f].min}, ${B[f].max}], got ${job[f]}.` };
    }
  }
  if (job.rows * job.cols > B.cells.max) {
    return { ok: false, error: `rows × cols must be at most ${B.cells.max}, got ${job.rows * job.cols}.` };
  }
  if (!Array.isArray(job.hidden) || job.hidden.length === 0 || job.hidden.some((u) => typeof u !== 'number' || Number.isNaN(u))) {
    return { ok: false, error: 'hidden must be a list of layer widths.' };
  }
  const problem =
    datasetProblem(job.x, job.rows, job.cols, job.y, job.classes) ??
    (job.validation ? validationProblem(job.validation, job.cols, job.classes) : null);
  if (problem) return { ok: false, error: `The dataset does not match its description: ${problem}.` };

  const clamped: Clamp[] = [];
  const clamp = (field: string, v: number, min: number, max: number, integer = true) => {
    const used = Math.min(max, Math.max(min, integer ? Math.round(v) : v));
    if (used !== v) clamped.push({ field, requested: v, used });
    return used;
  };
  let hidden = job.hidden.map((u, i) => clamp(`hidden[${i}]`, u, B.hiddenUnits.min, B.hiddenUnits.max));
  if (hidden.length > B.hiddenLayers.max) {
    clamped.push({ field: 'hidden.length', requested: hidden.length, used: B.hiddenLayers.max });
    hidden = hidden.slice(0, B.hiddenLayers.max);
  }
  if (hidden.length < B.hiddenLayers.min) {
    clamped.push({ field: 'hidden.length', requested: hidden.length, used: B.hiddenLayers.min });
    while (hidden.length < B.hiddenLayers.min) hidden.push(hidden[hidden.length - 1]);
  }
  const batchSize = clamp('batchSize', job.batchSize, B.batchSize.min, Math.min(B.batchSize.max, job.rows));
  const learningRate = clamp('learningRate', job.learningRate, B.learningRate.min, B.learningRate.max, false);
  let epochs = clamp('epochs', job.epochs, B.epochs.min, B.epochs.max);
  const flopsPerEpoch = 6 * macsPerSample(job.cols, hidden, job.classes) * job.rows;
  const maxEpochs = Math.max(1, Math.floor(B.trainFlops.max / flopsPerEpoch));
  if (epochs > maxEpochs) {
    clamped.push({ field: 'epochs', requested: epochs, used: maxEpochs });
    epochs = maxEpochs;
  }
  const seed = Number.isFinite(job.seed) ? Math.trunc(job.seed) : 0;
  return { ok: true, value: { ...job, hidden, batchSize, learningRate, epochs, seed }, clamped };
}

function validationProblem(v: NonNullable<TrainJob['validation']>, cols: number, classes: number): string | null {
  if (!(v.x instanceof Float32Array) || !(v.y instanceof Int32Array)) return 'validation x/y must be Float32Array/Int32Array';
  if (!Number.isInteger(v.rows) || v.rows * cols > TRAIN_BOUNDS.cells.max) return `validation must have at most ${TRAIN_BOUNDS.cells.max} values`;
  return datasetProblem(v.x, v.rows, cols, v.y, classes);
}

/**
 * Checks a latency spec and returns a bounded copy: input width and classes must be
 * integers in LATENCY_BOUNDS; calls and throughput batch are clamped; unknown sizes
 * are dropped (none left means all three).
 */
export function validateLatencySpec(spec: LatencySpec): Validation<LatencySpec> {
  if (typeof spec !== 'object' || spec === null) return { ok: false, error: 'The latency spec is missing.' };
  const B = LATENCY_BOUNDS;
  for (const f of ['inputDim', 'classes'] as const) {
    if (!Number.isInteger(spec[f]) || spec[f] < B[f].min || spec[f] > B[f].max) {
      return { ok: false, error: `${f} must be an integer in [${B[f].min}, ${B[f].max}], got ${spec[f]}.` };
    }
  }
  const clamped: Clamp[] = [];
  const clamp = (field: 'calls' | 'throughputBatch', v: number | undefined, fallback: number) => {
    const raw = typeof v === 'number' && !Number.isNaN(v) ? v : fallback;
    const used = Math.min(B[field].max, Math.max(B[field].min, Math.round(raw)));
    if (used !== raw) clamped.push({ field, requested: raw, used });
    return used;
  };
  const known = (spec.sizes ?? []).filter((s): s is ModelSize => s === 'small' || s === 'medium' || s === 'large');
  return {
    ok: true,
    value: {
      inputDim: spec.inputDim,
      classes: spec.classes,
      seed: Number.isFinite(spec.seed) ? Math.trunc(spec.seed) : 0,
      sizes: known.length ? known : ['small', 'medium', 'large'],
      calls: clamp('calls', spec.calls, 30),
      throughputBatch: clamp('throughputBatch', spec.throughputBatch, 64),
    },
    clamped,
  };
}
