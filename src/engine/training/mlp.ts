import * as tf from '@tensorflow/tfjs';
import { childSeed, createRng } from '../random/rng';
import { datasetProblem, gatherLabels, gatherRows, permutation } from './batches';
import { TrainingError } from './errors';
import { createYielder } from './yield';
import type { BatchMetrics, EpochMetrics, TrainHistory, TrainLoopOptions, WeightArray } from './types';

/** What the last layer predicts: class probabilities (softmax) or one real number (linear). */
export type MlpOutput = { kind: 'classes'; classes: number } | { kind: 'regression' };

/** Shape of a dense network. */
export interface MlpSpec {
  inputDim: number;
  /** Units of each hidden layer, in order (the lab uses at least two). */
  hidden: readonly number[];
  output: MlpOutput;
  /** Seeds the Glorot-uniform initialisers: same seed and backend, same initial weights. */
  seed: number;
  activation?: 'relu' | 'tanh';
}

/**
 * Builds an uncompiled dense network: inputDim → hidden[0] → … → output, with
 * `activation` (default ReLU) on hidden layers, softmax over `classes` or a
 * linear single output. Layers are named hidden_1…hidden_n and output, so weight
 * names are stable across builds. Kernels are Glorot-uniform with a per-layer seed derived
 * from `seed`; biases start at zero. The caller owns the model and disposes it.
 */
export function buildMlp(spec: MlpSpec): tf.Sequential {
  if (spec.hidden.length < 1) throw new TrainingError('invalid-input', 'an MLP needs at least one hidden layer');
  const model = tf.sequential();
  spec.hidden.forEach((units, i) => {
    model.add(
      tf.layers.dense({
        name: `hidden_${i + 1}`,
        units,
        activation: spec.activation ?? 'relu',
        kernelInitializer: tf.initializers.glorotUniform({ seed: childSeed(spec.seed, `hidden-${i}`) }),
        biasInitializer: 'zeros',
        ...(i === 0 ? { inputShape: [spec.inputDim] } : {}),
      }),
    );
  });
  const out = spec.output;
  model.add(
    tf.layers.dense({
      name: 'output',
      units: out.kind === 'classes' ? out.classes : 1,
      activation: out.kind === 'classes' ? 'softmax' : 'linear',
      kernelInitializer: tf.initializers.glorotUniform({ seed: childSeed(spec.seed, 'output') }),
      biasInitializer: 'zeros',
    }),
  );
  return model;
}

/** A labelled classification dataset: `rows` samples of `cols` features, row-major. */
export interface LabelledData {
  x: Float32Array;
  rows: number;
  y: Int32Array;
}

/** Inputs of trainClassifier. */
export interface TrainClassifierOptions extends LabelledData, TrainLoopOptions {
  cols: number;
  classes: number;
  hidden: readonly number[];
  /** Scored after every epoch (no training on it). */
  validation?: LabelledData;
}

/** What trainClassifier returns. The caller owns `model` and must dispose it. */
export interface TrainClassifierResult {
  model: tf.Sequential;
  history: TrainHistory;
  /** Final weights, copied out of the model. */
  weights: WeightArray[];
  /** True when shouldStop ended training before the last epoch. */
  stopped: boolean;
  durationMs: number;
}

/**
 * Trains a softmax MLP with Adam on categorical cross-entropy, in mini-batches
 * whose order each epoch is a permutation drawn from our seeded RNG (not TF.js's
 * unseeded shuffle), so the same seed, data and backend give the same history.
 * Epoch loss/accuracy are batch values weighted by batch size. Throws
 * TrainingError('nan-loss') as soon as a loss is not finite, and 'invalid-input'
 * when the data does not match its declared shape; on any throw the model is disposed.
 */
export async function trainClassifier(opts: TrainClassifierOptions): Promise<TrainClassifierResult> {
  const { x, rows, cols, y, classes, epochs, learningRate } = opts;
  const problem = datasetProblem(x, rows, cols, y, classes) ??
    (opts.validation ? datasetProblem(opts.validation.x, opts.validation.rows, cols, opts.validation.y, classes) : null);
  if (problem) throw new TrainingError('invalid-input', problem);

  const t0 = performance.now();
  const batchSize = Math.max(1, Math.min(Math.trunc(opts.batchSize), rows));
  const batches = Math.ceil(rows / batchSize);
  const shuffleRng = createRng(childSeed(opts.seed, 'shuffle'));
  const model = buildMlp({ inputDim: cols, hidden: opts.hidden, output: { kind: 'classes', classes }, seed: opts.seed });
  const optimizer = tf.train.adam(learningRate);
  model.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  const history: TrainHistory = { loss: [], acc: [], valLoss: [], valAcc: [], batchLoss: [] };
  const val = opts.validation ? toTensors(opts.validation.x, opts.validation.rows, cols, opts.validation.y, classes) : null;
  let stopped = false;
  const maybeYield = createYielder(opts.yieldEveryMs ?? 100);

  try {
    for (let epoch = 1; epoch <= epochs && !stopped; epoch++) {
      const order = permutation(rows, shuffleRng);
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
        const [xs, ys] = toTensors(gatherRows(x, cols, order, start, end), end - start, cols, gatherLabels(y, order, start, end), classes);
        let out: number | number[];
        try {
          out = await model.trainOnBatch(xs, ys);
        } finally {
          xs.dispose();
          ys.dispose();
        }
        const [loss, acc] = out as number[];
        assertFinite(loss, `at epoch ${epoch}, batch ${b + 1}`);
        lossSum += loss * (end - start);
        accSum += acc * (end - start);
        seen += end - start;
        history.batchLoss.push(loss);
        opts.onBatch?.({ epoch, batch: b, batches, loss, acc });
      }
      if (stopped || seen === 0) break;
      const m: EpochMetrics = { epoch, loss: lossSum / seen, acc: accSum / seen };
      if (val) {
        const [valLoss, valAcc] = await evaluate(model, val[0], val[1], batchSize);
        assertFinite(valLoss, `on the validation set after epoch ${epoch}`);
        m.valLoss = valLoss;
        m.valAcc = valAcc;
        history.valLoss.push(valLoss);
        history.valAcc.push(valAcc);
      }
      history.loss.push(m.loss);
      history.acc.push(m.acc);
      await opts.onEpoch?.(m);
    }
    const weights = await readWeights(model);
    return { model, history, weights, stopped, durationMs: performance.now() - t0 };
  } catch (e) {
    model.dispose();
    throw e;
  } finally {
    optimizer.dispose();
    if (val) tf.dispose(val);
  }
}

/** Copies every weight of a model out as fresh Float32Arrays (in model.weights order), safe to transfer. */
export async function readWeights(model: tf.LayersModel): Promise<WeightArray[]> {
  return Promise.all(
    model.weights.map(async (w) => ({ name: w.originalName, shape: w.shape.map(Number), values: Float32Array.from(await w.read().data()) })),
  );
}

function toTensors(x: Float32Array, rows: number, cols: number, y: Int32Array, classes: number): [tf.Tensor2D, tf.Tensor2D] {
  return tf.tidy(() => {
    const labels = tf.tensor1d(y, 'int32');
    return [tf.tensor2d(x, [rows, cols]), tf.cast(tf.oneHot(labels, classes), 'float32') as tf.Tensor2D];
  });
}

async function evaluate(model: tf.LayersModel, xs: tf.Tensor, ys: tf.Tensor, batchSize: number): Promise<[number, number]> {
  const scalars = model.evaluate(xs, ys, { batchSize }) as tf.Scalar[];
  try {
    const [loss, acc] = await Promise.all(scalars.map((s) => s.data()));
    return [loss[0], acc[0]];
  } finally {
    tf.dispose(scalars);
  }
}

function assertFinite(loss: number, where: string): void {
  if (!Number.isFinite(loss)) {
    throw new TrainingError(
      'nan-loss',
      `The loss became ${loss} ${where}: training diverged. Try a smaller learning rate or standardised inputs.`,
    );
  }
}
