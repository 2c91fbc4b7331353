import { describe, expect, it } from 'vitest';
import { COMPLAINT_BOUNDS } from '../../../../src/engine/complaints/generate';
import { TREE_BOUNDS } from '../../../../src/engine/tree/types';
import { readScenario } from '../../../../src/lib/scenario';
import { scenario } from '../../../../src/sims/complaint-classifier-lab/index';
import {
  NETWORK_BOUNDS,
  corpusSpec,
  hiddenLayers,
  networkJob,
  networkRunParams,
  specFromRun,
  treeSettings,
  type ComplaintValues,
} from '../../../../src/sims/complaint-classifier-lab/settings';
import { TRAIN_BOUNDS, validateTrainJob } from '../../../../src/workers/jobs';
import { TREE_JOB_BOUNDS, type CorpusResult } from '../../../../src/workers/treeProtocol';

const values: ComplaintValues = { seed: 7, size: 2000, noise: 10, depth: 10, leaf: 10, units: 32, epochs: 10 };

describe('bounds', () => {
  it('stay inside what the engines and the training worker accept', () => {
    const B = TREE_JOB_BOUNDS;
    expect(B.size.min).toBeGreaterThanOrEqual(COMPLAINT_BOUNDS.size.min);
    expect(B.size.max).toBeLessThanOrEqual(COMPLAINT_BOUNDS.size.max);
    expect(B.noise.max).toBeLessThanOrEqual(COMPLAINT_BOUNDS.labelNoise.max);
    expect(B.maxDepth).toMatchObject(TREE_BOUNDS.maxDepth);
    expect(B.minSamplesLeaf).toMatchObject(TREE_BOUNDS.minSamplesLeaf);
    expect(NETWORK_BOUNDS.units.max).toBeLessThanOrEqual(TRAIN_BOUNDS.hiddenUnits.max);
    expect(NETWORK_BOUNDS.epochs.max).toBeLessThanOrEqual(TRAIN_BOUNDS.epochs.max);
  });

  it('clamp a hostile share link, with a notice for each value', () => {
    const { values: v, notices } = readScenario(scenario, new URLSearchParams('cc.size=1e9&cc.depth=-3&cc.epochs=NaN&cc.units=1e308'));
    expect(v).toMatchObject({ size: 5000, depth: 1, epochs: NETWORK_BOUNDS.epochs.default, units: 128 });
    expect(notices.map((n) => n.param)).toEqual(['size', 'depth', 'units', 'epochs']);
    expect(notices[0].message).toMatch(/above the maximum/);
  });
});

describe('jobs from a scenario', () => {
  it('turns percent noise into a fraction for the corpus', () => {
    expect(corpusSpec(values)).toEqual({ seed: 7, size: 2000, noise: 0.1 });
    expect(treeSettings(values)).toEqual({ maxDepth: 10, minSamplesLeaf: 10 });
  });

  it.each([
    { units: 32, expected: [32, 16] },
    { units: 5, expected: [5, 3] },
    { units: 4, expected: [4, 2] },
    { units: 128, expected: [128, 64] },
  ])('gives $units units two hidden layers: $expected', ({ units, expected }) => {
    expect(hiddenLayers(units)).toEqual(expected);
  });

  it('builds a network job the worker accepts without clamping, scored on the holdout', () => {
    const rows = 160;
    const cols = 6;
    const corpus = {
      cols,
      categories: ['a', 'b', 'c'],
      train: { x: new Float32Array(rows * cols), y: Int32Array.from({ length: rows }, (_, i) => i % 3), rows },
      holdout: { x: new Float32Array(10 * cols), y: new Int32Array(10), rows: 10 },
    } as unknown as CorpusResult;
    const job = networkJob(values, corpus);
    expect(job).toMatchObject({ rows, cols, classes: 3, hidden: [32, 16], epochs: 10, seed: 7, validation: { rows: 10 } });
    const v = validateTrainJob(job);
    expect(v.ok && v.clamped).toEqual([]);
    expect(networkRunParams(corpusSpec(values), job)).toEqual({
      size: 2000, noise: 0.1, vocabulary: cols, hidden: '32-16', epochs: 10, batchSize: 128, learningRate: 0.004,
    });
  });

  it('reads the corpus back from a run, or nothing from an incomplete one', () => {
    expect(specFromRun({ seed: 3, params: { size: 900, noise: 0.2 } })).toEqual({ seed: 3, size: 900, noise: 0.2 });
    expect(specFromRun({ seed: 3, params: { size: '900' } })).toBeNull();
  });
});
