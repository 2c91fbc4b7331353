import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateComplaints } from '../../../../src/engine/complaints/generate';
import { stratifiedSplit, takeRows } from '../../../../src/engine/complaints/split';
import { childSeed, createRng } from '../../../../src/engine/random/rng';
import { featurizeTexts } from '../../../../src/engine/text/featurize';
import { buildVocabulary } from '../../../../src/engine/text/vocabulary';
import { trainClassifier, type TrainClassifierOptions } from '../../../../src/engine/training/mlp';
import { predictRows } from '../../../../src/engine/training/predict';

/**
 * The same seeded run on two backends: the engine draws the initial weights and the
 * batch order from our own seeded sources, so cpu (plain JS) and wasm (XNNPACK) can
 * only differ by float32 rounding in their kernels. In Node the wasm backend loads
 * its .wasm files straight from node_modules.
 */
const TOLERANCE = 1e-3;

function complaintJob(): TrainClassifierOptions & { holdout: Float32Array; holdoutRows: number } {
  const corpus = generateComplaints(createRng(42), { size: 600, labelNoise: 0.1 });
  const split = stratifiedSplit(corpus.labels, createRng(childSeed(42, 'split')));
  const train = takeRows(corpus.texts, split.train);
  const vocab = buildVocabulary(train, { maxSize: 200 });
  const x = featurizeTexts(train, vocab);
  const h = featurizeTexts(takeRows(corpus.texts, split.holdout), vocab);
  return {
    x: x.data,
    rows: x.rows,
    cols: x.cols,
    y: Int32Array.from(split.train, (i) => corpus.labels[i]),
    classes: corpus.categories.length,
    hidden: [32, 16],
    epochs: 4,
    batchSize: 64,
    learningRate: 0.002,
    seed: 7,
    holdout: h.data,
    holdoutRows: h.rows,
  };
}

async function runOn(backend: 'cpu' | 'wasm', job: ReturnType<typeof complaintJob>) {
  expect(await tf.setBackend(backend)).toBe(true);
  await tf.ready();
  const r = await trainClassifier(job);
  const probabilities = await predictRows(r.model, job.holdout, job.holdoutRows, job.cols);
  r.model.dispose();
  return { history: r.history, weights: r.weights, probabilities };
}

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i] - b[i]));
  return d;
}

beforeAll(() => {
  // A file-system path prefix (Node reads the binaries with fs, not fetch).
  setWasmPaths(decodeURIComponent(new URL('../../../../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url).pathname));
});

describe('cpu and wasm backends', () => {
  it('agree within 1e-3 on the same seed: losses, accuracies, weights and predictions', async () => {
    const job = complaintJob();
    const cpu = await runOn('cpu', job);
    const wasm = await runOn('wasm', job);
    expect(tf.getBackend()).toBe('wasm');
    expect(maxAbsDiff(cpu.history.batchLoss, wasm.history.batchLoss)).toBeLessThan(TOLERANCE);
    expect(maxAbsDiff(cpu.history.loss, wasm.history.loss)).toBeLessThan(TOLERANCE);
    expect(maxAbsDiff(cpu.history.acc, wasm.history.acc)).toBeLessThan(TOLERANCE);
    expect(cpu.weights.map((w) => w.name)).toEqual(wasm.weights.map((w) => w.name));
    cpu.weights.forEach((w, i) => expect(maxAbsDiff(w.values, wasm.weights[i].values)).toBeLessThan(TOLERANCE));
    expect(maxAbsDiff(cpu.probabilities, wasm.probabilities)).toBeLessThan(TOLERANCE);
  });

  it('each repeat a run exactly on the same backend', async () => {
    const job = { ...complaintJob(), epochs: 2 };
    for (const backend of ['cpu', 'wasm'] as const) {
      const a = await runOn(backend, job);
      const b = await runOn(backend, job);
      expect(b.history).toEqual(a.history);
      expect(b.probabilities).toEqual(a.probabilities);
    }
  });
});
