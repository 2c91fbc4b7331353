import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { createTrainingHost } from '../../../src/workers/training-host';
import type { ErrorReply, TrainJob, WorkerReply } from '../../../src/workers/protocol';
import { blobs } from '../engine/training/fixtures';

const data = blobs(120, 4, 3, 21);
const job: TrainJob = { ...data, rows: 120, cols: 4, classes: 3, hidden: [12, 6], epochs: 3, batchSize: 20, learningRate: 0.03, seed: 5 };

function setup() {
  const replies: WorkerReply[] = [];
  const host = createTrainingHost((m) => void replies.push(m));
  const of = <T extends WorkerReply['type']>(type: T, id?: number) =>
    replies.filter((r): r is Extract<WorkerReply, { type: T }> => r.type === type && (id === undefined || ('id' in r && r.id === id)));
  return { host, replies, of };
}

describe('training host', () => {
  it('initialises the requested backend and answers ready', async () => {
    const { host, of } = setup();
    host.handle({ type: 'init', id: 1, backend: 'cpu' });
    await host.idle();
    expect(of('progress', 1)[0]).toMatchObject({ stage: 'loading' });
    expect(of('ready', 1)).toEqual([{ type: 'ready', id: 1, backend: 'cpu', renderer: null, software: false }]);
  });

  it('trains with warm-up, batch and epoch progress, then done with a finite history', async () => {
    const { host, replies, of } = setup();
    host.handle({ type: 'init', id: 1, backend: 'cpu' });
    host.handle({ type: 'train', id: 2, job });
    await host.idle();
    const stages = of('progress', 2).map((p) => p.stage);
    expect(stages[0]).toBe('warming-up');
    expect(stages.filter((s) => s === 'epoch')).toHaveLength(3);
    const batchLosses = of('progress', 2).flatMap((p) => (p.stage === 'batch' ? p.losses : []));
    const done = of('done', 2)[0];
    expect(done.kind).toBe('train');
    if (done.kind !== 'train') return;
    expect(batchLosses).toEqual(done.result.history.batchLoss);
    expect(done.result.history.loss.every(Number.isFinite)).toBe(true);
    expect(done.result).toMatchObject({ backend: 'cpu', final: { epoch: 3 }, params: 5 * 12 + 13 * 6 + 7 * 3, clamped: [] });
    expect(replies.at(-1)).toBe(done);
  });

  it('reports clamped job values in done', async () => {
    const { host, of } = setup();
    host.handle({ type: 'init', id: 1, backend: 'cpu' });
    host.handle({ type: 'train', id: 2, job: { ...job, epochs: 1, batchSize: 10_000 } });
    await host.idle();
    const done = of('done', 2)[0];
    expect(done.kind === 'train' && done.result.clamped).toEqual([{ field: 'batchSize', requested: 10_000, used: 120 }]);
  });

  it('predicts, saves and loads the trained model, with identical outputs after the round trip', async () => {
    const { host, of } = setup();
    host.handle({ type: 'init', id: 1, backend: 'cpu' });
    host.handle({ type: 'train', id: 2, job });
    host.handle({ type: 'predict', id: 3, x: data.x, rows: 120, cols: 4 });
    host.handle({ type: 'save', id: 4 });
    await host.idle();
    const predicted = of('done', 3)[0];
    const saved = of('done', 4)[0];
    if (predicted.kind !== 'predict' || saved.kind !== 'save') throw new Error('unexpected replies');
    expect(predicted.result.width).toBe(3);
    expect(predicted.result.classes).toHaveLength(120);
    host.handle({ type: 'dispose', id: 5 });
    host.handle({ type: 'load', id: 6, artifact: saved.result.artifact });
    host.handle({ type: 'predict', id: 7, x: data.x, rows: 120, cols: 4 });
    await host.idle();
    expect(of('done', 6)[0]).toMatchObject({ kind: 'load', result: { inputDim: 4, outputs: 3, params: 5 * 12 + 13 * 6 + 7 * 3 } });
    const again = of('done', 7)[0];
    expect(again.kind === 'predict' && again.result.values).toEqual(predicted.result.values);
  });

  it('cancels a running training between batches: cancelled with the epochs done, and no model left', async () => {
    const { host, of } = setup();
    host.handle({ type: 'init', id: 1, backend: 'cpu' });
    await host.idle();
    host.handle({ type: 'train', id: 2, job: { ...job, epochs: 200, batchSize: 1 } });
    await new Promise((r) => setTimeout(r, 150));
    host.handle({ type: 'cancel' });
    host.handle({ type: 'predict', id: 3, x: data.x, rows: 120, cols: 4 });
    await host.idle();
    const cancelled = of('cancelled', 2);
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0].history!.loss.length).toBeLessThan(200);
    expect(of('done', 2)).toEqual([]);
    expect(of('error', 3)[0]).toMatchObject({ code: 'no-model', recoverable: true });
  });

  it('refuses an invalid job without training, as a non-recoverable error', async () => {
    const { host, of } = setup();
    host.handle({ type: 'train', id: 2, job: { ...job, rows: 119 } });
    await host.idle();
    expect(of('error', 2)).toEqual([expect.objectContaining({ code: 'invalid-job', recoverable: false })]);
    expect(of('progress', 2)).toEqual([]);
  });

  it('stops on a diverging loss with a nan-loss error and never reports a non-finite metric', async () => {
    const { host, replies, of } = setup();
    const x = data.x.slice();
    x[1] = 3e38;
    host.handle({ type: 'init', id: 1, backend: 'cpu' });
    host.handle({ type: 'train', id: 2, job: { ...job, x, learningRate: 1 } });
    await host.idle();
    expect(of('error', 2)[0]).toMatchObject({ code: 'nan-loss', recoverable: true } satisfies Partial<ErrorReply>);
    const numbers = JSON.stringify(replies.filter((r) => r.type === 'progress'));
    expect(numbers).not.toMatch(/null|NaN|Infinity/);
  });

  it('measures latency with one progress reply per size', async () => {
    const { host, of } = setup();
    host.handle({ type: 'init', id: 1, backend: 'cpu' });
    host.handle({ type: 'latency', id: 2, spec: { inputDim: 8, classes: 2, seed: 1, sizes: ['small', 'medium'], calls: 3, throughputBatch: 8 } });
    await host.idle();
    expect(of('progress', 2).map((p) => p.stage)).toEqual(['latency', 'latency']);
    const done = of('done', 2)[0];
    expect(done.kind === 'latency' && done.result.results.map((r) => r.size)).toEqual(['small', 'medium']);
  });

  it('answers lose-context with lost: false on cpu', async () => {
    const { host, of } = setup();
    host.handle({ type: 'init', id: 1, backend: 'cpu' });
    host.handle({ type: 'lose-context', id: 2 });
    await host.idle();
    expect(of('done', 2)[0]).toMatchObject({ kind: 'lose-context', result: { lost: false } });
  });

  it('reports an unavailable webgl as recoverable on cpu, and keeps serving', async () => {
    const { host, of } = setup();
    host.handle({ type: 'init', id: 1, backend: 'webgl' });
    host.handle({ type: 'init', id: 2, backend: 'cpu' });
    await host.idle();
    expect(of('error', 1)[0]).toMatchObject({ code: 'backend-unavailable', recoverable: true, suggestBackend: 'cpu' });
    expect(of('ready', 2)[0]).toMatchObject({ backend: 'cpu' });
  });

  it('releases every tensor after train, predict, save, load and dispose', async () => {
    const { host } = setup();
    host.handle({ type: 'init', id: 1, backend: 'cpu' });
    host.handle({ type: 'train', id: 2, job: { ...job, epochs: 1 } });
    host.handle({ type: 'dispose', id: 3 });
    await host.idle();
    const baseline = tf.memory().numTensors;
    let id = 10;
    for (let i = 0; i < 5; i++) {
      host.handle({ type: 'train', id: id++, job: { ...job, epochs: 1, seed: i } });
      host.handle({ type: 'predict', id: id++, x: data.x, rows: 120, cols: 4 });
      host.handle({ type: 'save', id: id++ });
      host.handle({ type: 'dispose', id: id++ });
    }
    await host.idle();
    expect(tf.memory().numTensors).toBe(baseline);
  });
});
