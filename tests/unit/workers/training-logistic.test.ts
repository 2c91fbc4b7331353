// The `train-logistic` request end to end in Node on the cpu backend: job bounds,
// the worker host (progress, cancel, predict with the kept model, tensors released)
// and TrainingClient.startLogistic over an in-process worker.
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { TrainingClient } from '../../../src/state/training.svelte';
import type { WorkerLike } from '../../../src/state/training/channel';
import { createTrainingHost } from '../../../src/workers/training-host';
import { LOGISTIC_BOUNDS, validateLogisticJob, type LogisticJob, type WorkerReply, type WorkerRequest } from '../../../src/workers/protocol';
import { blobs } from '../engine/training/fixtures';

const data = blobs(200, 3, 2, 9);
const job: LogisticJob = { ...data, rows: 200, cols: 3, epochs: 30, batchSize: 200, learningRate: 0.1, seed: 3 };

function setup() {
  const replies: WorkerReply[] = [];
  const host = createTrainingHost((m) => void replies.push(m));
  const of = <T extends WorkerReply['type']>(type: T, id?: number) =>
    replies.filter((r): r is Extract<WorkerReply, { type: T }> => r.type === type && (id === undefined || ('id' in r && r.id === id)));
  return { host, of };
}

describe('validateLogisticJob', () => {
  it('accepts a consistent job unchanged', () => {
    expect(validateLogisticJob(job)).toEqual({ ok: true, value: job, clamped: [] });
  });

  it('clamps epochs, batch size (to the rows) and learning rate, and says so', () => {
    const v = validateLogisticJob({ ...job, epochs: 1e6, batchSize: 5000, learningRate: 7 });
    expect(v.ok && v.clamped).toEqual([
      { field: 'epochs', requested: 1e6, used: LOGISTIC_BOUNDS.epochs.max },
      { field: 'batchSize', requested: 5000, used: 200 },
      { field: 'learningRate', requested: 7, used: 1 },
    ]);
  });

  it.each([
    ['labels other than 0/1', { y: data.y.map(() => 2) }, /outside \[0, 2\)/],
    ['a shape that does not match', { rows: 199 }, /does not match/],
    ['too many columns', { cols: 500 }, /cols must be an integer/],
    ['a non-finite input', { x: data.x.map((v, i) => (i === 4 ? Number.NaN : v)) }, /not a finite number/],
    ['a missing number', { epochs: undefined as unknown as number }, /epochs must be a number/],
  ])('refuses %s', (_, change, message) => {
    const v = validateLogisticJob({ ...job, ...change });
    expect(v.ok).toBe(false);
    expect(!v.ok && v.error).toMatch(message);
  });
});

describe('the train-logistic request', () => {
  it('trains with progress, answers done with coefficients, and keeps the model for predict', async () => {
    const { host, of } = setup();
    host.handle({ type: 'init', id: 1, backend: 'cpu' });
    host.handle({ type: 'train-logistic', id: 2, job });
    host.handle({ type: 'predict', id: 3, x: data.x, rows: 200, cols: 3 });
    await host.idle();
    expect(of('progress', 2)[0]).toMatchObject({ stage: 'warming-up' });
    expect(of('progress', 2).filter((p) => p.stage === 'epoch')).toHaveLength(30);
    const done = of('done', 2)[0];
    if (done.kind !== 'train-logistic') throw new Error(`unexpected ${done.kind}`);
    expect(done.result).toMatchObject({ backend: 'cpu', final: { epoch: 30 }, clamped: [] });
    expect(done.result.coefficients).toHaveLength(3);
    const predicted = of('done', 3)[0];
    if (predicted.kind !== 'predict') throw new Error('no prediction');
    expect(predicted.result.width).toBe(1);
    const row = Array.from(data.x.subarray(0, 3));
    const t = done.result.intercept + row.reduce((a, v, j) => a + v * done.result.coefficients[j], 0);
    expect(predicted.result.values[0]).toBeCloseTo(1 / (1 + Math.exp(-t)), 5);
  });

  it('refuses an invalid job as a non-recoverable error, with no progress', async () => {
    const { host, of } = setup();
    host.handle({ type: 'train-logistic', id: 2, job: { ...job, y: data.y.map(() => 3) } });
    await host.idle();
    expect(of('error', 2)).toEqual([expect.objectContaining({ code: 'invalid-job', recoverable: false })]);
    expect(of('progress', 2)).toEqual([]);
  });

  it('cancels between batches and keeps no model', async () => {
    const { host, of } = setup();
    host.handle({ type: 'init', id: 1, backend: 'cpu' });
    await host.idle();
    host.handle({ type: 'train-logistic', id: 2, job: { ...job, epochs: 500, batchSize: 1 } });
    await new Promise((r) => setTimeout(r, 150));
    host.handle({ type: 'cancel' });
    host.handle({ type: 'predict', id: 3, x: data.x, rows: 200, cols: 3 });
    await host.idle();
    expect(of('cancelled', 2)).toHaveLength(1);
    expect(of('done', 2)).toEqual([]);
    expect(of('error', 3)[0]).toMatchObject({ code: 'no-model' });
  });

  it('releases every tensor after train → predict → dispose', async () => {
    const { host } = setup();
    host.handle({ type: 'init', id: 1, backend: 'cpu' });
    host.handle({ type: 'train-logistic', id: 2, job: { ...job, epochs: 2 } });
    host.handle({ type: 'dispose', id: 3 });
    await host.idle();
    const baseline = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) {
      host.handle({ type: 'train-logistic', id: 10 + 3 * i, job: { ...job, epochs: 3, seed: i } });
      host.handle({ type: 'predict', id: 11 + 3 * i, x: data.x, rows: 200, cols: 3 });
      host.handle({ type: 'dispose', id: 12 + 3 * i });
    }
    await host.idle();
    expect(tf.memory().numTensors).toBe(baseline);
  });
});

/** A Worker stand-in running the real host in this thread, cloning messages like postMessage. */
function inProcessWorker(): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => {
      const m = structuredClone(message) as WorkerRequest;
      setTimeout(() => host.handle(m), 0);
    },
    terminate: () => {},
  };
  const host = createTrainingHost((reply) => setTimeout(() => worker.onmessage?.({ data: structuredClone(reply) } as MessageEvent), 0));
  return worker;
}

describe('TrainingClient.startLogistic', () => {
  it('reports progress and resolves with the same coefficients for the same seed', async () => {
    const client = new TrainingClient({ backend: 'cpu', createWorker: inProcessWorker });
    const first = client.startLogistic(job);
    expect(client.status).toBe('loading');
    expect(client.totalEpochs).toBe(30);
    const a = await first;
    expect(client.status).toBe('done');
    expect(client.epoch).toBe(30);
    expect(client.history.loss).toHaveLength(30);
    expect(client.result).toBeNull(); // `result` belongs to classifier runs
    const b = await client.startLogistic(job);
    expect(b!.coefficients).toEqual(a!.coefficients);
    expect(b!.intercept).toBe(a!.intercept);
    client.dispose();
  });

  it('fails an invalid job at once with code invalid-job', async () => {
    const client = new TrainingClient({ backend: 'cpu', createWorker: inProcessWorker });
    expect(await client.startLogistic({ ...job, rows: 1 })).toBeNull();
    expect(client.status).toBe('error');
    expect(client.error?.code).toBe('invalid-job');
  });
});
