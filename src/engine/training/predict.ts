import * as tf from '@tensorflow/tfjs';
import { TrainingError } from './errors';

/** Width of a model's output layer (classes for a softmax model, 1 for regression). */
export function outputWidth(model: tf.LayersModel): number {
  const shape = model.outputs[0].shape;
  return Number(shape[shape.length - 1] ?? 1);
}

/**
 * Runs the model on `rows` samples of `cols` features (row-major) in chunks of
 * `chunkRows`, and returns the outputs as one row-major Float32Array of
 * rows × outputWidth(model): class probabilities for a softmax model.
 * Every intermediate tensor is disposed.
 */
export async function predictRows(
  model: tf.LayersModel,
  x: Float32Array,
  rows: number,
  cols: number,
  chunkRows = 512,
): Promise<Float32Array> {
  if (x.length !== rows * cols) throw new TrainingError('invalid-input', `x has ${x.length} values, expected ${rows * cols}`);
  const width = outputWidth(model);
  const out = new Float32Array(rows * width);
  for (let start = 0; start < rows; start += chunkRows) {
    const end = Math.min(rows, start + chunkRows);
    const y = tf.tidy(() => model.predict(tf.tensor2d(x.subarray(start * cols, end * cols), [end - start, cols])) as tf.Tensor);
    try {
      out.set(await y.data(), start * width);
    } finally {
      y.dispose();
    }
  }
  return out;
}

/** Index of the largest value in each row of a row-major rows × width matrix (first one on ties). */
export function argmaxRows(values: Float32Array, width: number): Int32Array {
  const rows = Math.floor(values.length / width);
  const out = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < width; c++) if (values[r * width + c] > values[r * width + best]) best = c;
    out[r] = best;
  }
  return out;
}

/** Fraction of positions where predicted equals actual, in [0, 1]; NaN for empty input. */
export function accuracy(predicted: Int32Array, actual: Int32Array): number {
  if (predicted.length !== actual.length) throw new TrainingError('invalid-input', 'predicted and actual differ in length');
  let hits = 0;
  for (let i = 0; i < actual.length; i++) if (predicted[i] === actual[i]) hits++;
  return actual.length ? hits / actual.length : NaN;
}
