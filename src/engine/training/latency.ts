import * as tf from '@tensorflow/tfjs';
import { childSeed, createRng } from '../random/rng';
import { summarizeLatencies, throughput } from './latency-stats';
import { buildMlp } from './mlp';
import { countParams, MODEL_SIZES } from './model-sizes';
import { createYielder } from './yield';
import type { LatencyResult, ModelSize } from './types';

/** Inputs of measureLatency. */
export interface LatencyOptions {
  inputDim: number;
  classes: number;
  seed: number;
  /** Which sizes to measure, in order. Default: small, medium, large. */
  sizes?: readonly ModelSize[];
  /** Timed single-sample calls per size (after `warmup` untimed ones). Default 30. */
  calls?: number;
  /**
   * Untimed calls first, which compile shaders, fill caches and let the JIT optimise
   * the kernels. Default 20: after only 5, the cpu backend's first p95 measured here
   * was about ten times that of a second run in the same worker.
   */
  warmup?: number;
  /** Warm-up also lasts at least this long (ms), so a fresh worker's JIT tiers and first GCs are over. Default 300. */
  warmupMs?: number;
  /** Rows per call for the throughput measurement. Default 64. */
  throughputBatch?: number;
  /** Timed batched calls per size. Default 5. */
  throughputCalls?: number;
  /** Called after each size is measured. */
  onResult?: (r: LatencyResult, index: number, total: number) => void;
  /** Checked between calls; true ends the measurement early (stopped = true). */
  shouldStop?: () => boolean;
}

/** What measureLatency returns: one result per size measured. */
export interface LatencyReport {
  backend: string;
  results: LatencyResult[];
  stopped: boolean;
}

/**
 * Measures real inference cost on the current backend for the same MLP family in
 * each size of MODEL_SIZES (untrained, seeded weights: cost does not depend on the
 * weight values). Latency: `calls` single-sample predictions, each timed from the
 * Float32Array input to the downloaded output (`await data()` forces completion),
 * summarised as p50/p95 in ms, after untimed warm-up calls (at least `warmup` of
 * them, for at least `warmupMs`). Throughput: `throughputCalls` predictions of
 * `throughputBatch` rows after one untimed one, in samples per second. Every model
 * and tensor is disposed.
 */
export async function measureLatency(opts: LatencyOptions): Promise<LatencyReport> {
  const sizes = opts.sizes ?? (['small', 'medium', 'large'] as const);
  const calls = Math.max(1, Math.trunc(opts.calls ?? 30));
  const warmup = Math.max(0, Math.trunc(opts.warmup ?? 20));
  const warmupMs = Math.max(0, opts.warmupMs ?? 300);
  const batch = Math.max(1, Math.trunc(opts.throughputBatch ?? 64));
  const batchCalls = Math.max(1, Math.trunc(opts.throughputCalls ?? 5));
  const rng = createRng(childSeed(opts.seed, 'latency-input'));
  const pool = Float32Array.from({ length: batch * opts.inputDim }, () => rng() * 2 - 1);
  const results: LatencyResult[] = [];
  let stopped = false;
  const maybeYield = createYielder(100);
  const checkpoint = async () => {
    await maybeYield();
    return opts.shouldStop?.() ?? false;
  };

  for (const [i, size] of sizes.entries()) {
    const hidden = MODEL_SIZES[size];
    const model = buildMlp({
      inputDim: opts.inputDim,
      hidden,
      output: { kind: 'classes', classes: opts.classes },
      seed: childSeed(opts.seed, size),
    });
    try {
      const row = (c: number) => pool.subarray((c % batch) * opts.inputDim, ((c % batch) + 1) * opts.inputDim);
      const warmStart = performance.now();
      for (let c = 0; !stopped && (c < warmup || performance.now() - warmStart < warmupMs); c++) {
        await timedPredict(model, row(c), 1, opts.inputDim);
        stopped = await checkpoint();
      }
      const single: number[] = [];
      for (let c = 0; c < calls && !stopped; c++) {
        single.push(await timedPredict(model, row(c), 1, opts.inputDim));
        stopped = await checkpoint();
      }
      // A new input shape compiles new shaders and allocates new buffers: warm it up too.
      if (!stopped) {
        await timedPredict(model, pool, batch, opts.inputDim);
        stopped = await checkpoint();
      }
      let batchMs = 0;
      for (let c = 0; c < batchCalls && !stopped; c++) {
        batchMs += await timedPredict(model, pool, batch, opts.inputDim);
        stopped = await checkpoint();
      }
      if (stopped) break;
      const params = countParams(opts.inputDim, hidden, opts.classes);
      const result: LatencyResult = {
        size,
        hidden: [...hidden],
        params,
        bytes: params * 4,
        latency: summarizeLatencies(single),
        throughput: throughput(batch, batchCalls, batchMs),
        throughputBatch: batch,
      };
      results.push(result);
      opts.onResult?.(result, i, sizes.length);
    } finally {
      model.dispose();
    }
  }
  return { backend: tf.getBackend(), results, stopped };
}

/** Wall-clock ms of one prediction, from creating the input tensor to having the output in JS. */
async function timedPredict(model: tf.LayersModel, input: Float32Array, rows: number, cols: number): Promise<number> {
  const t0 = performance.now();
  const y = tf.tidy(() => model.predict(tf.tensor2d(input, [rows, cols])) as tf.Tensor);
  try {
    await y.data();
    return performance.now() - t0;
  } finally {
    y.dispose();
  }
}
