// The `drift-year` request in Node on the cpu backend: bounds, the worker host (progress per day,
// cancel, tensors released) and TrainingClient.runDriftYear over an in-process worker.
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { DAYS, YEAR_BOUNDS, type YearSpec } from '../../../src/engine/drift-stream/config';
import { jsTrainer } from '../../../src/engine/drift-stream/fit';
import { runYear } from '../../../src/engine/drift-stream/year';
import { TrainingClient } from '../../../src/state/training.svelte';
import type { WorkerLike } from '../../../src/state/training/channel';
import { createTrainingHost } from '../../../src/workers/training-host';
import { validateYearSpec, type WorkerReply, type WorkerRequest } from '../../../src/workers/protocol';

const spec: YearSpec = { seed: 5, eventsPerDay: 50, labelDelay: 2, shadowDays: 2, policy: 'drift', thresholdMode: 'scaled', sudden: true, gradual: true, recurring: true, concept: true, brokenExports: true };

function setup() {
  const replies: WorkerReply[] = [];
  const host = createTrainingHost((m) => void replies.push(m));
  const of = <T extends WorkerReply['type']>(type: T, id?: number) =>
    replies.filter((r): r is Extract<WorkerReply, { type: T }> => r.type === type && (id === undefined || ('id' in r && r.id === id)));
  return { host, of };
}

describe('validateYearSpec', () => {
  it('accepts a year request unchanged', () => {
    expect(validateYearSpec(spec)).toEqual({ ok: true, value: spec, clamped: [] });
  });

  it('clamps sessions, delay and shadow days, and says so', () => {
    const v = validateYearSpec({ ...spec, eventsPerDay: 1e9, labelDelay: -2, shadowDays: 2.4 });
    expect(v.ok && v.clamped).toEqual([
      { field: 'eventsPerDay', requested: 1e9, used: YEAR_BOUNDS.eventsPerDay.max },
      { field: 'labelDelay', requested: -2, used: 0 },
      { field: 'shadowDays', requested: 2.4, used: 2 },
    ]);
  });

  it.each([
    ['an unknown policy', { policy: 'sometimes' }, /policy must be one of/],
    ['an unknown alarm line', { thresholdMode: 'fixed-0.5' }, /thresholdMode must be one of/],
    ['a drift switch that is not a boolean', { concept: 'yes' }, /concept must be true or false/],
    ['a non-finite number', { seed: Number.NaN }, /seed must be a finite number/],
  ])('refuses %s', (_, change, message) => {
    const v = validateYearSpec({ ...spec, ...(change as Partial<YearSpec>) });
    expect(v.ok).toBe(false);
    expect(!v.ok && v.error).toMatch(message);
  });
});

describe('the drift-year request', () => {
  it('runs the year with day progress, answers the same summary as the TypeScript trainer, and releases every tensor', async () => {
    const { host, of } = setup();
    host.handle({ type: 'init', id: 1, backend: 'cpu' });
    await host.idle();
    const before = tf.memory().numTensors;
    host.handle({ type: 'drift-year', id: 2, spec });
    await host.idle();
    const days = of('progress', 2).flatMap((p) => (p.stage === 'day' ? [p.day] : []));
    expect(days.at(-1)).toBe(DAYS);
    const done = of('done', 2)[0];
    if (done?.kind !== 'drift-year') throw new Error('no year');
    expect(done.result.backend).toBe('cpu');
    const reference = await runYear(spec, jsTrainer);
    expect(done.result.year.summary).toEqual(reference.summary);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops between days on cancel', async () => {
    const { host, of } = setup();
    host.handle({ type: 'init', id: 1, backend: 'cpu' });
    await host.idle();
    host.handle({ type: 'drift-year', id: 2, spec: { ...spec, policy: 'daily', eventsPerDay: 300 } });
    await new Promise((r) => setTimeout(r, 200));
    host.handle({ type: 'cancel' });
    await host.idle();
    expect(of('cancelled', 2)).toHaveLength(1);
    expect(of('done', 2)).toEqual([]);
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

describe('TrainingClient.runDriftYear', () => {
  it('reports days and resolves with the same year twice', async () => {
    const client = new TrainingClient({ backend: 'cpu', createWorker: inProcessWorker });
    const seen: number[] = [];
    const a = await client.runDriftYear({ ...spec, policy: 'never' }, (day) => seen.push(day));
    expect(client.status).toBe('done');
    expect(seen.at(-1)).toBe(DAYS);
    const b = await client.runDriftYear({ ...spec, policy: 'never' });
    expect(b!.year.accuracy).toEqual(a!.year.accuracy);
    expect(b!.year.datasetVersion).toBe(a!.year.datasetVersion);
    client.dispose();
  });

  it('refuses an invalid request with a clear error and no worker round trip', async () => {
    const client = new TrainingClient({ backend: 'cpu', createWorker: inProcessWorker });
    expect(await client.runDriftYear({ ...spec, policy: 'weekly' as YearSpec['policy'] })).toBeNull();
    expect(client.error).toMatchObject({ code: 'invalid-job', message: expect.stringMatching(/policy must be one of/) });
    client.dispose();
  });
});
