import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { trainClassifier } from '../../../../src/engine/training/mlp';
import { accuracy, argmaxRows, predictRows } from '../../../../src/engine/training/predict';
import { loadFromArtifact, saveToArtifact } from '../../../../src/engine/training/serialize';
import { isTrainingError } from '../../../../src/engine/training/errors';
import { blobs } from './fixtures';

const data = blobs(150, 4, 3, 5);
const job = { ...data, rows: 150, cols: 4, classes: 3, hidden: [12, 6], epochs: 6, batchSize: 25, learningRate: 0.03, seed: 2 };

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

describe('argmaxRows and accuracy', () => {
  it('picks the largest column of each row, the first on ties', () => {
    expect(argmaxRows(Float32Array.from([0.1, 0.7, 0.2, 0.5, 0.5, 0, 0, 0, 1]), 3)).toEqual(Int32Array.from([1, 0, 2]));
  });

  it('counts the fraction of matches', () => {
    expect(accuracy(Int32Array.from([1, 0, 2, 2]), Int32Array.from([1, 1, 2, 0]))).toBe(0.5);
  });
});

describe('predictRows', () => {
  it('returns rows × classes probabilities that sum to one, in chunks or not', async () => {
    const r = await trainClassifier(job);
    const whole = await predictRows(r.model, data.x, 150, 4);
    const chunked = await predictRows(r.model, data.x, 150, 4, 7);
    expect(whole).toHaveLength(450);
    expect(chunked).toEqual(whole);
    for (let i = 0; i < 150; i++) expect(whole[3 * i] + whole[3 * i + 1] + whole[3 * i + 2]).toBeCloseTo(1, 5);
    expect(accuracy(argmaxRows(whole, 3), data.y)).toBeGreaterThan(0.7);
    r.model.dispose();
  });
});

describe('saveToArtifact and loadFromArtifact', () => {
  it('round-trips a trained model to identical predictions', async () => {
    const r = await trainClassifier(job);
    const artifact = await saveToArtifact(r.model);
    expect(artifact.weightData).toBeInstanceOf(ArrayBuffer);
    expect(artifact.weightData.byteLength).toBe(4 * r.model.countParams());
    expect(artifact.weightSpecs.map((s) => s.name)).toEqual(r.weights.map((w) => w.name));
    const copy = await loadFromArtifact(structuredClone(artifact));
    expect(await predictRows(copy, data.x, 150, 4)).toEqual(await predictRows(r.model, data.x, 150, 4));
    copy.dispose();
    r.model.dispose();
  });

  it('refuses something that is not an artifact', async () => {
    await expect(loadFromArtifact({ topology: {}, weightSpecs: [], weightData: 'x' } as never)).rejects.toSatisfy((e) =>
      isTrainingError(e, 'invalid-input'),
    );
  });
});
