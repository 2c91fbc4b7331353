import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMlp, trainClassifier } from '../../../../src/engine/training/mlp';
import { isTrainingError } from '../../../../src/engine/training/errors';
import { blobs } from './fixtures';

const data = blobs(240, 6, 3, 11);
const base = { ...data, rows: 240, cols: 6, classes: 3, hidden: [16, 8], epochs: 4, batchSize: 32, learningRate: 0.02, seed: 7 };

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

describe('buildMlp', () => {
  it('stacks the hidden layers and a softmax head of the requested widths', () => {
    const m = buildMlp({ inputDim: 5, hidden: [8, 4], output: { kind: 'classes', classes: 3 }, seed: 1 });
    expect(m.layers.map((l) => l.outputShape)).toEqual([[null, 8], [null, 4], [null, 3]]);
    expect(m.countParams()).toBe(6 * 8 + 9 * 4 + 5 * 3);
    m.dispose();
  });

  it('ends in a single linear unit for regression', () => {
    const m = buildMlp({ inputDim: 2, hidden: [4, 4], output: { kind: 'regression' }, seed: 1 });
    expect(m.outputs[0].shape).toEqual([null, 1]);
    m.dispose();
  });

  it('gives identical initial weights for the same seed and different ones for another', () => {
    const weights = (seed: number) => {
      const m = buildMlp({ inputDim: 4, hidden: [5, 5], output: { kind: 'classes', classes: 2 }, seed });
      const w = Array.from(m.getWeights()[0].dataSync());
      m.dispose();
      return w;
    };
    expect(weights(3)).toEqual(weights(3));
    expect(weights(3)).not.toEqual(weights(4));
  });
});

describe('trainClassifier', () => {
  it('learns separable blobs and reports one loss and accuracy per epoch', async () => {
    const r = await trainClassifier({ ...base, epochs: 8 });
    expect(r.history.loss).toHaveLength(8);
    expect(r.history.batchLoss).toHaveLength(8 * Math.ceil(240 / 32));
    expect(r.history.loss[7]).toBeLessThan(r.history.loss[0]);
    expect(r.history.acc[7]).toBeGreaterThan(0.8);
    expect(r.stopped).toBe(false);
    expect(r.weights.map((w) => w.shape)).toEqual([[6, 16], [16], [16, 8], [8], [8, 3], [3]]);
    r.model.dispose();
  });

  it('gives an identical loss history for the same seed on cpu', async () => {
    const a = await trainClassifier(base);
    const b = await trainClassifier(base);
    expect(a.history).toEqual(b.history);
    expect(a.weights).toEqual(b.weights);
    a.model.dispose();
    b.model.dispose();
  });

  it('gives a different history for a different seed', async () => {
    const a = await trainClassifier(base);
    const b = await trainClassifier({ ...base, seed: 8 });
    expect(a.history.batchLoss).not.toEqual(b.history.batchLoss);
    a.model.dispose();
    b.model.dispose();
  });

  it('scores a validation set after every epoch', async () => {
    const val = blobs(90, 6, 3, 12);
    const seen: number[] = [];
    const r = await trainClassifier({ ...base, validation: { ...val, rows: 90 }, onEpoch: (m) => void seen.push(m.valAcc ?? NaN) });
    expect(r.history.valAcc).toEqual(seen);
    expect(r.history.valLoss).toHaveLength(4);
    r.model.dispose();
  });

  it('stops between batches when shouldStop says so and keeps the epochs already done', async () => {
    let batches = 0;
    const r = await trainClassifier({ ...base, onBatch: () => batches++, shouldStop: () => batches >= 10 });
    expect(r.stopped).toBe(true);
    expect(batches).toBe(10);
    expect(r.history.loss).toHaveLength(1);
    r.model.dispose();
  });

  it('fails with a nan-loss error when training diverges, and reports no NaN epoch', async () => {
    const x = data.x.slice();
    x[5] = 3e38; // finite, but its square overflows float32
    const epochs: number[] = [];
    const before = tf.memory().numTensors;
    const err = await trainClassifier({ ...base, x, learningRate: 1, onEpoch: (m) => void epochs.push(m.loss) }).catch((e) => e);
    expect(isTrainingError(err, 'nan-loss')).toBe(true);
    expect(epochs.every(Number.isFinite)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('rejects data whose shape or labels do not match', async () => {
    await expect(trainClassifier({ ...base, rows: 239 })).rejects.toSatisfy((e) => isTrainingError(e, 'invalid-input'));
    const y = data.y.slice();
    y[0] = 3;
    await expect(trainClassifier({ ...base, y })).rejects.toSatisfy((e) => isTrainingError(e, 'invalid-input'));
  });
});
