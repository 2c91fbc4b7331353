import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { trainClassifier } from '../../../../src/engine/training/mlp';
import { predictRows } from '../../../../src/engine/training/predict';
import { loadFromArtifact, saveToArtifact } from '../../../../src/engine/training/serialize';
import { measureLatency } from '../../../../src/engine/training/latency';
import { blobs } from './fixtures';

const data = blobs(64, 5, 2, 3);
const job = { ...data, rows: 64, cols: 5, classes: 2, hidden: [8, 8], epochs: 2, batchSize: 16, learningRate: 0.01, seed: 1 };

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
  // Warm-up: the first training registers lazily-created global tensors (e.g. constants).
  const r = await trainClassifier(job);
  r.model.dispose();
});

describe('tensor memory', () => {
  it('returns to its baseline after 20 train → predict → save → load → dispose cycles', async () => {
    const baseline = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) {
      const r = await trainClassifier({ ...job, seed: i, validation: { ...data, rows: 64 } });
      await predictRows(r.model, data.x, 64, 5);
      const copy = await loadFromArtifact(await saveToArtifact(r.model));
      copy.dispose();
      r.model.dispose();
    }
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('returns to its baseline after cancelled trainings', async () => {
    const baseline = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) {
      let n = 0;
      const r = await trainClassifier({ ...job, onBatch: () => n++, shouldStop: () => n >= 3 });
      r.model.dispose();
    }
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('returns to its baseline after a latency measurement', async () => {
    const baseline = tf.memory().numTensors;
    await measureLatency({ inputDim: 8, classes: 2, seed: 1, sizes: ['small'], calls: 3, warmup: 1, throughputCalls: 1 });
    expect(tf.memory().numTensors).toBe(baseline);
  });
});
