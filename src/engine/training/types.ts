/**
 * Plain data that crosses the worker boundary: no TF.js types, so the protocol and
 * the page can import these without pulling the library into the main bundle.
 */

/** Metrics of one finished epoch. Losses are mean categorical cross-entropy (nats); accuracies are fractions in [0, 1]. */
export interface EpochMetrics {
  /** 1-based epoch number. */
  epoch: number;
  loss: number;
  acc: number;
  /** Present only when a validation set was given. */
  valLoss?: number;
  valAcc?: number;
}

/** Metrics of one training batch, for a live curve. */
export interface BatchMetrics {
  /** 1-based epoch number. */
  epoch: number;
  /** 0-based batch index within the epoch. */
  batch: number;
  /** Batches per epoch. */
  batches: number;
  loss: number;
  acc: number;
}

/** Per-epoch curves (index i is epoch i + 1) plus every batch loss in order. */
export interface TrainHistory {
  loss: number[];
  acc: number[];
  /** Empty when no validation set was given. */
  valLoss: number[];
  valAcc: number[];
  batchLoss: number[];
}

/** One weight tensor copied out of a model. */
export interface WeightArray {
  name: string;
  shape: number[];
  values: Float32Array;
}

/** One entry of a weights manifest (mirrors TF.js's WeightsManifestEntry). */
export interface WeightSpec {
  name: string;
  shape: number[];
  dtype: 'float32' | 'int32' | 'bool' | 'string' | 'complex64';
}

/**
 * A saved model as plain data: the Keras-style topology JSON, the manifest of its
 * weights, and all weight values concatenated in manifest order. Structured-clone
 * safe, so it can go through postMessage and into IndexedDB.
 */
export interface ModelArtifact {
  topology: object;
  weightSpecs: WeightSpec[];
  weightData: ArrayBuffer;
}

/** The three model sizes of the Notebook-to-production lab. */
export type ModelSize = 'small' | 'medium' | 'large';

/** Percentiles of a set of durations, in ms. */
export interface LatencySummary {
  p50: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

/** Measured inference cost of one model size on the current backend. */
export interface LatencyResult {
  size: ModelSize;
  hidden: number[];
  /** Trainable parameters (weights + biases). */
  params: number;
  /** Size of the float32 weights in bytes. */
  bytes: number;
  /** Latency of single-sample calls, input upload to output download, in ms. */
  latency: LatencySummary;
  /** Samples per second when predicting batches of `throughputBatch` rows. */
  throughput: number;
  throughputBatch: number;
}

/** The training-loop settings every TF.js trainer here takes (mini-batch Adam, seeded, cancellable). */
export interface TrainLoopOptions {
  epochs: number;
  batchSize: number;
  /** Adam step size. */
  learningRate: number;
  /** Seeds the initial weights (where there are random ones) and the mini-batch order. */
  seed: number;
  onEpoch?: (m: EpochMetrics) => void | Promise<void>;
  onBatch?: (m: BatchMetrics) => void;
  /** Checked before every batch; returning true ends training early (stopped = true). */
  shouldStop?: () => boolean;
  /** Yield to the event loop about this often (ms) so a cancel message can arrive. Default 100. */
  yieldEveryMs?: number;
}
