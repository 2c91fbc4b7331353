import { describe, expect, it } from 'vitest';
import { TRAIN_BOUNDS, validateLatencySpec, validateTrainJob, type TrainJob } from '../../../src/workers/protocol';

const rows = 10;
const cols = 3;
const job: TrainJob = {
  x: new Float32Array(rows * cols),
  rows,
  cols,
  y: Int32Array.from({ length: rows }, (_, i) => i % 2),
  classes: 2,
  hidden: [8, 4],
  epochs: 5,
  batchSize: 4,
  learningRate: 0.01,
  seed: 42,
};

describe('validateTrainJob accepts and clamps', () => {
  it('passes a job inside the bounds unchanged, with nothing clamped', () => {
    const v = validateTrainJob(job);
    expect(v).toEqual({ ok: true, value: job, clamped: [] });
  });

  it.each([
    { name: 'epochs above the maximum', patch: { epochs: 10_000 }, field: 'epochs', used: TRAIN_BOUNDS.epochs.max },
    { name: 'zero epochs', patch: { epochs: 0 }, field: 'epochs', used: 1 },
    { name: 'fractional epochs', patch: { epochs: 2.6 }, field: 'epochs', used: 3 },
    { name: 'a batch larger than the dataset', patch: { batchSize: 64 }, field: 'batchSize', used: rows },
    { name: 'a zero batch', patch: { batchSize: 0 }, field: 'batchSize', used: 1 },
    { name: 'a huge learning rate', patch: { learningRate: 50 }, field: 'learningRate', used: 1 },
    { name: 'a negative learning rate', patch: { learningRate: -1 }, field: 'learningRate', used: TRAIN_BOUNDS.learningRate.min },
    { name: 'too many hidden units', patch: { hidden: [100_000, 4] }, field: 'hidden[0]', used: TRAIN_BOUNDS.hiddenUnits.max },
    { name: 'a zero-width layer', patch: { hidden: [8, 0] }, field: 'hidden[1]', used: 1 },
    { name: 'too many layers', patch: { hidden: [4, 4, 4, 4, 4, 4, 4, 4] }, field: 'hidden.length', used: 6 },
    { name: 'a single hidden layer', patch: { hidden: [8] }, field: 'hidden.length', used: 2 },
    { name: 'infinite epochs', patch: { epochs: Infinity }, field: 'epochs', used: TRAIN_BOUNDS.epochs.max },
  ])('clamps $name', ({ patch, field, used }) => {
    const v = validateTrainJob({ ...job, ...patch });
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.clamped).toContainEqual(expect.objectContaining({ field, used }));
  });

  it('repeats the first width when a second hidden layer is missing', () => {
    const v = validateTrainJob({ ...job, hidden: [16] });
    expect(v.ok && v.value.hidden).toEqual([16, 16]);
  });

  it('cuts epochs so the estimated work stays under the budget', () => {
    const big = { ...job, rows: 4_000, cols: 1_000, x: new Float32Array(4_000_000), y: new Int32Array(4_000), hidden: [512, 512, 512], epochs: 200 };
    const v = validateTrainJob(big);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    const flopsPerEpoch = 6 * 4_000 * (1_000 * 512 + 512 * 512 * 2 + 512 * 2);
    expect(v.value.epochs).toBe(Math.floor(TRAIN_BOUNDS.trainFlops.max / flopsPerEpoch));
    expect(v.value.epochs).toBeLessThan(200);
    expect(v.value.epochs * flopsPerEpoch).toBeLessThanOrEqual(TRAIN_BOUNDS.trainFlops.max);
  });

  it('does not mutate the job it was given', () => {
    const input = { ...job, hidden: [100_000] };
    validateTrainJob(input);
    expect(input.hidden).toEqual([100_000]);
  });
});

describe('validateTrainJob refuses', () => {
  it.each([
    { name: 'x that is not a Float32Array', patch: { x: Array.from({ length: 30 }, () => 0) } },
    { name: 'y that is not an Int32Array', patch: { y: new Float32Array(rows) } },
    { name: 'x of the wrong length', patch: { x: new Float32Array(29) } },
    { name: 'a label out of range', patch: { y: Int32Array.from({ length: rows }, () => 2) } },
    { name: 'a NaN epoch count', patch: { epochs: NaN } },
    { name: 'a missing learning rate', patch: { learningRate: undefined } },
    { name: 'too many rows', patch: { rows: 20_001 } },
    { name: 'more cells than the memory bound', patch: { rows: 4_000, cols: 1_001 } },
    { name: 'one class', patch: { classes: 1 } },
    { name: 'no hidden layers', patch: { hidden: [] } },
    { name: 'a non-numeric width', patch: { hidden: ['8', 4] } },
    { name: 'a validation set of the wrong width', patch: { validation: { x: new Float32Array(4), y: new Int32Array(2), rows: 2 } } },
  ])('$name', ({ patch }) => {
    const v = validateTrainJob({ ...job, ...patch } as unknown as TrainJob);
    expect(v.ok).toBe(false);
    expect(!v.ok && v.error.length).toBeGreaterThan(0);
  });
});

describe('validateLatencySpec', () => {
  it('fills defaults for a minimal spec', () => {
    expect(validateLatencySpec({ inputDim: 20, classes: 3, seed: 1 })).toEqual({
      ok: true,
      value: { inputDim: 20, classes: 3, seed: 1, sizes: ['small', 'medium', 'large'], calls: 30, throughputBatch: 64 },
      clamped: [],
    });
  });

  it('clamps calls and batch and drops unknown sizes', () => {
    const v = validateLatencySpec({ inputDim: 20, classes: 3, seed: 1, calls: 1e6, throughputBatch: 0, sizes: ['huge', 'small'] as never });
    expect(v.ok && v.value).toMatchObject({ calls: 500, throughputBatch: 1, sizes: ['small'] });
    expect(v.ok && v.clamped.map((c) => c.field)).toEqual(['calls', 'throughputBatch']);
  });

  it('refuses an input width out of bounds', () => {
    expect(validateLatencySpec({ inputDim: 0, classes: 3, seed: 1 }).ok).toBe(false);
  });
});
