import * as tf from '@tensorflow/tfjs';
import { it } from 'vitest';
import { createRng } from '../../src/engine/random/rng';
import { initBackend } from '../../src/engine/training/backends';
import { trainClassifier } from '../../src/engine/training/mlp';
import { median, report } from './measure';

// Node, cpu backend only (pure-JS kernels): the floor a learner's device beats with
// wasm or a real GPU. The browser benchmark across backends lives elsewhere.
const ROWS = 2_000;
const COLS = 500;
const CLASSES = 5;
const HIDDEN = [64, 32];
const EPOCHS = 3;
const BATCH = 32;

/** Sparse-ish non-negative features, like word counts of a complaint, with a learnable class signal. */
function labData(seed: number): { x: Float32Array; y: Int32Array } {
  const rng = createRng(seed);
  const x = new Float32Array(ROWS * COLS);
  const y = new Int32Array(ROWS);
  for (let r = 0; r < ROWS; r++) {
    y[r] = r % CLASSES;
    for (let c = 0; c < COLS; c++) if (rng() < 0.02 || (c % CLASSES === y[r] && rng() < 0.05)) x[r * COLS + c] = 1;
  }
  return { x, y };
}

async function timeAsync(fn: () => Promise<unknown>, repeats: number, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

it('measures training on the cpu backend', async () => {
  await initBackend('cpu');
  const data = labData(1);
  let seed = 0;
  const train = await timeAsync(async () => {
    const r = await trainClassifier({ ...data, rows: ROWS, cols: COLS, classes: CLASSES, hidden: HIDDEN, epochs: EPOCHS, batchSize: BATCH, learningRate: 0.01, seed: seed++ });
    r.model.dispose();
  }, 3);

  const n = 512;
  const [a, b] = [tf.randomUniform([n, n], -1, 1, 'float32', 1), tf.randomUniform([n, n], -1, 1, 'float32', 2)];
  const matmul = await timeAsync(async () => {
    const c = tf.matMul(a, b);
    await c.data();
    c.dispose();
  }, 9, 2);
  tf.dispose([a, b]);

  const trainMs = median(train);
  const matmulMs = median(matmul);
  report('training', {
    backend: tf.getBackend(),
    [`trainClassifier ${ROWS}x${COLS} -> [${HIDDEN}] -> ${CLASSES}, ${EPOCHS} epochs, batch ${BATCH}, median ms`]: Math.round(trainMs),
    'training samples/s (rows x epochs / time)': Math.round((ROWS * EPOCHS * 1000) / trainMs),
    'matMul 512x512 median ms': Number(matmulMs.toFixed(2)),
    'matMul 512x512 GFLOP/s (2 n^3 / time)': Number(((2 * n ** 3) / (matmulMs * 1e6)).toFixed(2)),
    runs: { train: train.length, matmul: matmul.length },
  });
});
