import * as tf from '@tensorflow/tfjs';
import { childSeed, createRng } from '../random/rng';
import { datasetProblem, gatherLabels, gatherRows, permutation } from './batches';
import { TrainingError } from './errors';
import { createYielder } from './yield';
import type { BatchMetrics, EpochMetrics, TrainHistory, TrainLoopOptions } from './types';

/** A binary dataset: `rows` samples of `cols` features (row-major) with 0/1 outcomes. */
export interface BinaryData {
  x: Float32Array;
  rows: number;
  y: Int32Array;
}

/** Inputs of trainLogistic. */
export interface TrainLogisticOptions extends BinaryData, TrainLoopOptions {
  cols: number;
  /** Scored after every epoch (no training on it). The weights start at zero: the seed orders the batches only. */
  validation?: BinaryData;
}

/** What trainLogistic returns. The caller owns `model` and must dispose it. */
export interface TrainLogisticResult {
  model: tf.Sequential;
  /** One weight per input column: the change in log-odds per unit of that input. */
  coefficients: number[];
  /** The log-odds when every input is 0. */
  intercept: number;
  history: TrainHistory;
  stopped: boolean;
  durationMs: number;
}

/**
 * Builds logistic regression as a one-unit dense layer with a sigmoid:
 * P(y = 1 | x) = σ(w·x + b). Weights and bias start at zero, so training is
 * deterministic given the batch order. The layer is named `logit`.
 */
export function buildLogistic(cols: number): tf.Sequential {
  const model = tf.sequential();
  model.add(tf.layers.dense({ name: 'logit', units: 1, activation: 'sigmoid', inputShape: [cols], kernelInitializer: 'zeros', biasInitializer: 'zeros' }));
  return model;
}

/**
 * Fits logistic regression by minimising the mean binary cross-entropy
 * −[y log p + (1 − y) log(1 − p)] (nats, computed from the logits for stability)
 * with Adam, updating the model's own kernel and bias variables directly (no
 * per-step Layers bookkeeping). Mini-batches follow a permutation from our seeded
 * RNG each epoch; with one batch per epoch (batchSize ≥ rows) the rows stay in
 * order and their tensors are uploaded once. Same seed, data and backend give the
 * same coefficients. Epoch loss and accuracy (share of rows on the right side of
 * p = 0.5, measured before each step) are batch values weighted by batch size.
 * Throws TrainingError('nan-loss') if a loss is not finite and 'invalid-input' if
 * the data does not match its shape or a label is not 0/1; on any throw the model is disposed.
 */
export async function trainLogistic(opts: TrainLogisticOptions): Promise<TrainLogisticResult> {
  const { x, rows, cols, y, epochs, learningRate } = opts;
  const problem = datasetProblem(x, rows, cols, y, 2) ?? (opts.validation ? datasetProblem(opts.validation.x, opts.validation.rows, cols, opts.validation.y, 2) : null);
  if (problem) throw new TrainingError('invalid-input', problem);

  const t0 = performance.now();
  const batchSize = Math.max(1, Math.min(Math.trunc(opts.batchSize), rows));
  const batches = Math.ceil(rows / batchSize);
  const shuffleRng = createRng(childSeed(opts.seed, 'shuffle'));
  const model = buildLogistic(cols);
  const [kernel, bias] = model.getLayer('logit').trainableWeights.map((w) => w.read() as tf.Variable);
  const optimizer = tf.train.adam(learningRate);
  const history: TrainHistory = { loss: [], acc: [], valLoss: [], valAcc: [], batchLoss: [] };
  const whole = batches === 1 ? toTensors(x, rows, cols, y) : null;
  const val = opts.validation ? toTensors(opts.validation.x, opts.validation.rows, cols, opts.validation.y) : null;
  const maybeYield = createYielder(opts.yieldEveryMs ?? 100);
  let stopped = false;

  try {
    for (let epoch = 1; epoch <= epochs && !stopped; epoch++) {
      const order = whole ? null : permutation(rows, shuffleRng);
      let lossSum = 0;
      let accSum = 0;
      let seen = 0;
      for (let b = 0; b < batches; b++) {
        await maybeYield();
        if (opts.shouldStop?.()) {
          stopped = true;
          break;
        }
        const start = b * batchSize;
        const end = Math.min(rows, start + batchSize);
        const [xs, ys] = whole ?? toTensors(gatherRows(x, cols, order!, start, end), end - start, cols, gatherLabels(y, order!, start, end));
        let loss: number;
        let acc: number;
        try {
          const accuracy = tf.tidy(() => binaryAccuracy(tf.add(tf.matMul(xs, kernel), bias), ys));
          const cost = optimizer.minimize(() => tf.losses.sigmoidCrossEntropy(ys, tf.add(tf.matMul(xs, kernel), bias)), true, [kernel, bias])!;
          const [l, a] = await Promise.all([cost.data(), accuracy.data()]);
          [loss, acc] = [l[0], a[0]];
          tf.dispose([cost, accuracy]);
        } finally {
          if (!whole) tf.dispose([xs, ys]);
        }
        if (!Number.isFinite(loss)) throw new TrainingError('nan-loss', `The loss became ${loss} at epoch ${epoch}, batch ${b + 1}: try a smaller learning rate.`);
        lossSum += loss * (end - start);
        accSum += acc * (end - start);
        seen += end - start;
        history.batchLoss.push(loss);
        opts.onBatch?.({ epoch, batch: b, batches, loss, acc });
      }
      if (stopped || seen === 0) break;
      const m: EpochMetrics = { epoch, loss: lossSum / seen, acc: accSum / seen };
      if (val) {
        const scores = tf.tidy(() => {
          const logits = tf.add(tf.matMul(val[0], kernel), bias);
          return [tf.losses.sigmoidCrossEntropy(val[1], logits), binaryAccuracy(logits, val[1])];
        });
        const [vl, va] = await Promise.all(scores.map((t) => t.data()));
        tf.dispose(scores);
        m.valLoss = vl[0];
        m.valAcc = va[0];
        history.valLoss.push(vl[0]);
        history.valAcc.push(va[0]);
      }
      history.loss.push(m.loss);
      history.acc.push(m.acc);
      await opts.onEpoch?.(m);
    }
    const coefficients = Array.from(await kernel.data());
    const intercept = (await bias.data())[0];
    return { model, coefficients, intercept, history, stopped, durationMs: performance.now() - t0 };
  } catch (e) {
    model.dispose();
    throw e;
  } finally {
    optimizer.dispose();
    if (whole) tf.dispose(whole);
    if (val) tf.dispose(val);
  }
}

/** Share of rows where (logit > 0) equals the 0/1 label, as a scalar. */
function binaryAccuracy(logits: tf.Tensor, ys: tf.Tensor): tf.Scalar {
  return tf.mean(tf.cast(tf.equal(tf.cast(tf.greater(logits, 0), 'float32'), ys), 'float32')) as tf.Scalar;
}

function toTensors(x: Float32Array, rows: number, cols: number, y: Int32Array): [tf.Tensor2D, tf.Tensor2D] {
  return [tf.tensor2d(x, [rows, cols]), tf.tensor2d(Float32Array.from(y), [rows, 1])];
}
