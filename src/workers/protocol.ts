/**
 * The message protocol between the page (TrainingClient) and training.worker.ts.
 * Type-only imports from the engine: nothing here loads TF.js.
 *
 * Every request but `cancel` carries an `id`; the worker answers it with exactly
 * one final reply of the same id: `ready` (init), `done`, `cancelled` or `error`,
 * possibly preceded by `progress` replies. Requests run one at a time in order;
 * `cancel` acts at once on the running train or latency request, and the
 * `lose-context` test hook acts at once too.
 */
import type { BackendName, BackendTiming } from '../engine/training/backend-policy';
import type { EpochMetrics, LatencyResult, ModelArtifact, TrainHistory } from '../engine/training/types';
import type { Clamp, LatencySpec, MatmulSpec, TrainJob } from './jobs';
import type { LogisticJob } from './logistic-job';
import type { YearResult } from '../engine/drift-stream/year';
import type { YearSpec } from '../engine/drift-stream/config';

export type { Clamp, LatencySpec, MatmulSpec, TrainJob, Validation } from './jobs';
export { validateLatencySpec, validateMatmulSpec, validateTrainJob, TRAIN_BOUNDS, LATENCY_BOUNDS, MATMUL_BOUNDS } from './jobs';
export type { LogisticJob } from './logistic-job';
export { validateLogisticJob, LOGISTIC_BOUNDS } from './logistic-job';
export { validateYearSpec } from './drift-year-job';

/** 'auto' calibrates every available backend and keeps the fastest that is not software WebGL. */
export type BackendRequest = BackendName | 'auto';

/** Messages the page sends to the worker. */
export type WorkerRequest =
  | { type: 'init'; id: number; backend: BackendRequest }
  | { type: 'calibrate'; id: number; includeSoftwareWebgl?: boolean }
  | { type: 'train'; id: number; job: TrainJob }
  /** Logistic regression (one sigmoid unit); same progress replies as `train`, and `cancel` stops it. */
  | { type: 'train-logistic'; id: number; job: LogisticJob }
  /** The Drift lab's whole simulated year, every (re)training included; progress per day, `cancel` stops it. */
  | { type: 'drift-year'; id: number; spec: YearSpec }
  | { type: 'cancel' }
  | { type: 'predict'; id: number; x: Float32Array; rows: number; cols: number }
  | { type: 'latency'; id: number; spec: LatencySpec }
  /** Benchmark: the backend's matrix-product GFLOP/s, the peak a training run's GFLOP/s is compared with. */
  | ({ type: 'bench-matmul'; id: number } & MatmulSpec)
  | { type: 'save'; id: number }
  | { type: 'load'; id: number; artifact: ModelArtifact }
  | { type: 'dispose'; id: number }
  /** Test hook for end-to-end tests: loses the WebGL context at once, even mid-training. */
  | { type: 'lose-context'; id: number };

/** Request types that get a `done` reply, i.e. all but init (ready) and cancel (no reply). */
export type RequestKind = Exclude<WorkerRequest['type'], 'init' | 'cancel'>;

/** Summary of a finished training run; the trained model stays in the worker. */
export interface TrainDone {
  history: TrainHistory;
  final: EpochMetrics;
  backend: BackendName;
  durationMs: number;
  params: number;
  /** Size of the float32 weights in bytes. */
  bytes: number;
  /** Job values that were out of bounds and what was used instead. */
  clamped: Clamp[];
}

/** Summary of a finished logistic fit: the whole model is its coefficients, so they come back with it. */
export interface LogisticDone {
  history: TrainHistory;
  final: EpochMetrics;
  backend: BackendName;
  durationMs: number;
  /** Change in log-odds per unit of each input column, in column order. */
  coefficients: number[];
  /** Log-odds when every input is 0. */
  intercept: number;
  clamped: Clamp[];
}

/** What the model currently held by the worker looks like. */
export interface ModelInfo {
  inputDim: number;
  outputs: number;
  params: number;
}

/** The result carried by `done`, per request kind. */
export interface ResultMap {
  calibrate: { timings: BackendTiming[]; chosen: BackendName };
  train: TrainDone;
  'train-logistic': LogisticDone;
  'drift-year': { year: YearResult; backend: BackendName; durationMs: number; clamped: Clamp[] };
  /** Row-major rows × width outputs (class probabilities) and the argmax class per row. */
  predict: { values: Float32Array; width: number; classes: Int32Array };
  latency: { backend: BackendName; results: LatencyResult[]; clamped: Clamp[] };
  /** Each timed n×n product in ms, and 2n³ over their median in GFLOP/s. */
  'bench-matmul': { backend: BackendName; n: number; ms: number[]; gflops: number; clamped: Clamp[] };
  save: { artifact: ModelArtifact };
  load: ModelInfo;
  dispose: Record<string, never>;
  'lose-context': { lost: boolean };
}

/** Which phase a running request is in. */
export type ProgressReply =
  | { type: 'progress'; id: number; stage: 'loading' | 'warming-up' }
  | ({ type: 'progress'; id: number; stage: 'epoch'; epochs: number } & EpochMetrics)
  | {
      type: 'progress';
      id: number;
      stage: 'batch';
      epoch: number;
      epochs: number;
      batch: number;
      batches: number;
      /** Every batch loss since the previous batch message, in order (messages are throttled). */
      losses: number[];
    }
  | { type: 'progress'; id: number; stage: 'latency'; result: LatencyResult; index: number; total: number }
  | { type: 'progress'; id: number; stage: 'day'; day: number; days: number };

/** Final success reply of a request other than init. */
export type DoneReply = { [K in RequestKind]: { type: 'done'; id: number; kind: K; result: ResultMap[K] } }[RequestKind];

/** Why a request failed; `recoverable` means retrying (perhaps on `suggestBackend`) can work. */
export interface ErrorReply {
  type: 'error';
  /** Null for a failure not tied to a request. */
  id: number | null;
  code: string;
  message: string;
  recoverable: boolean;
  suggestBackend?: BackendName;
}

/** Messages the worker sends back. */
export type WorkerReply =
  | { type: 'ready'; id: number; backend: BackendName; renderer: string | null; software: boolean; calibration?: BackendTiming[] }
  | ProgressReply
  | DoneReply
  | { type: 'cancelled'; id: number; history?: TrainHistory }
  | ErrorReply;

/** True when every number in a metrics record is finite (no NaN or ±Infinity is ever reported). */
export function finiteMetrics(m: Record<string, unknown>): boolean {
  return Object.values(m).every((v) => typeof v !== 'number' || Number.isFinite(v));
}
