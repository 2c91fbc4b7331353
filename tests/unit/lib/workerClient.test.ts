import { describe, expect, it, vi } from 'vitest';
import { CancelledError, readTaggedReply, WorkerClient, WorkerError, type Outgoing, type WorkerClientOptions } from '../../../src/lib/workerClient';
import { scriptedWorkers } from '../support/fakeWorker';

/** A small protocol in the shape the tree and models workers use. */
type Req = { type: 'square'; id: number; n: number } | { type: 'echo'; id: number; text: string };
type Results = { square: number; echo: string };
type Progress = { type: 'progress'; id: number; done: number };

function setUp(options: Partial<WorkerClientOptions<Req, Progress>> = {}) {
  const workers = scriptedWorkers();
  const client = new WorkerClient<Req, Results, Progress>({ create: workers.create, read: readTaggedReply, ...options });
  return { client, made: workers.made, worker: () => workers.made.at(-1)! };
}

/** Lets promise reactions run. */
const settled = () => new Promise((r) => setTimeout(r, 0));

describe('WorkerClient', () => {
  it('numbers requests and settles each with the reply of its own id, whatever the order', async () => {
    const { client, worker, made } = setUp();
    const a = client.request({ type: 'square', n: 3 });
    const b = client.request({ type: 'echo', text: 'hi' });
    expect(made).toHaveLength(1);
    expect(worker().posted).toEqual([
      { type: 'square', n: 3, id: 1 },
      { type: 'echo', text: 'hi', id: 2 },
    ]);
    worker().reply({ type: 'done', id: 2, result: 'hi' });
    worker().reply({ type: 'done', id: 99, result: 'nobody asked' });
    worker().reply({ type: 'done', id: 1, result: 9 });
    expect(await a).toBe(9);
    expect(await b).toBe('hi');
    expect(client.pending).toBe(0);
  });

  it('hands progress to the request it belongs to, and passes the transfer list on', async () => {
    const { client, worker } = setUp();
    const seenA: number[] = [];
    const seenB: number[] = [];
    const buffer = new ArrayBuffer(8);
    const a = client.request({ type: 'square', n: 4 }, (p) => seenA.push(p.done), [buffer]);
    const b = client.request({ type: 'square', n: 5 }, (p) => seenB.push(p.done));
    worker().reply({ type: 'progress', id: 1, done: 0.5 });
    worker().reply({ type: 'progress', id: 2, done: 0.25 });
    worker().reply({ type: 'progress', id: 1, done: 1 });
    worker().reply({ type: 'done', id: 1, result: 16 });
    worker().reply({ type: 'progress', id: 1, done: 2 });
    worker().reply({ type: 'done', id: 2, result: 25 });
    expect([await a, await b]).toEqual([16, 25]);
    expect(seenA).toEqual([0.5, 1]);
    expect(seenB).toEqual([0.25]);
    expect(worker().transfers[0]).toEqual([buffer]);
  });

  it('passes the worker’s refusal on with its code and message; an unaddressed error fails every request', async () => {
    const { client, worker } = setUp();
    const refused = client.request({ type: 'square', n: -1 });
    worker().reply({ type: 'error', id: 1, code: 'invalid-job', message: 'n must be positive.' });
    await expect(refused).rejects.toMatchObject({ name: 'WorkerError', code: 'invalid-job', message: 'n must be positive.' });
    const both = [client.request({ type: 'square', n: 1 }), client.request({ type: 'square', n: 2 })];
    worker().reply({ type: 'error', id: null, code: 'failed', message: 'out of memory' });
    for (const p of both) await expect(p).rejects.toMatchObject({ code: 'failed', message: 'out of memory' });
  });

  it('cancels by terminating a worker that cannot stop itself; the next request starts a fresh one', async () => {
    const { client, made } = setUp();
    const running = client.request({ type: 'square', n: 7 });
    client.cancel();
    await expect(running).rejects.toBeInstanceOf(CancelledError);
    expect(made[0].terminated).toBe(true);
    made[0].reply({ type: 'done', id: 1, result: 49 }); // too late: a terminated worker is not heard
    const next = client.request({ type: 'square', n: 8 });
    expect(made).toHaveLength(2);
    made[1].reply({ type: 'done', id: 2, result: 64 });
    expect(await next).toBe(64);
  });

  it('leaves an idle worker alone on cancel', async () => {
    const { client, worker } = setUp();
    const done = client.request({ type: 'square', n: 2 });
    worker().reply({ type: 'done', id: 1, result: 4 });
    await done;
    client.cancel();
    expect(worker().terminated).toBe(false);
  });

  it('cancels by message where the worker can stop: the request settles with the worker’s own reply', async () => {
    const { client, worker } = setUp({ cancelMessage: { type: 'cancel' } });
    const running = client.request({ type: 'echo', text: 'long' });
    let settledYet = false;
    void running.then(() => (settledYet = true));
    client.cancel();
    await settled();
    expect(worker().posted.at(-1)).toEqual({ type: 'cancel' });
    expect(worker().terminated).toBe(false);
    expect(settledYet).toBe(false);
    worker().reply({ type: 'done', id: 1, result: 'stopped early' });
    expect(await running).toBe('stopped early');
  });

  it('turns a crash into a plain message, drops the worker and starts a fresh one next time', async () => {
    const onLost = vi.fn();
    const { client, made } = setUp({ onLost });
    const a = client.request({ type: 'square', n: 1 });
    made[0].crash('Uncaught RangeError: too deep');
    await expect(a).rejects.toMatchObject({ name: 'WorkerError', code: 'worker-failed', message: 'Uncaught RangeError: too deep' });
    expect(made[0].terminated).toBe(true);
    expect(onLost).toHaveBeenCalledTimes(1);
    const b = client.request({ type: 'square', n: 2 });
    made[1].crash(); // an error event without a message (a script that failed to load)
    await expect(b).rejects.toMatchObject({ code: 'worker-failed', message: 'The worker stopped unexpectedly.' });
    expect(made).toHaveLength(2);
  });

  it('rejects with a plain message when a reply cannot be read, through the protocol’s own error', async () => {
    const { client, worker } = setUp({ lost: (detail) => new RangeError(`lost: ${detail}`) });
    const a = client.request({ type: 'echo', text: 'x' });
    worker().garble();
    await expect(a).rejects.toThrow(new RangeError('lost: A reply from the worker could not be read.'));
    expect(worker().terminated).toBe(true);
  });

  it('disposes: terminates the worker and rejects what is pending (CancelledError, or the protocol’s own error)', async () => {
    const plain = setUp();
    const a = plain.client.request({ type: 'square', n: 3 });
    plain.client.dispose();
    await expect(a).rejects.toBeInstanceOf(CancelledError);
    expect(plain.worker().terminated).toBe(true);

    const own = setUp({ disposed: () => new WorkerError('disposed', 'closed') });
    const b = own.client.request({ type: 'square', n: 3 });
    own.client.dispose();
    await expect(b).rejects.toMatchObject({ code: 'disposed', message: 'closed' });
  });

  it('fails a request postMessage cannot send, alone', async () => {
    const { client, worker } = setUp();
    const first = client.request({ type: 'square', n: 1 });
    const unsendable = client.request({ type: 'echo', text: (() => 'x') as unknown as string });
    await expect(unsendable).rejects.toThrow(/could not be cloned/);
    expect(client.pending).toBe(1);
    worker().reply({ type: 'done', id: 1, result: 1 });
    expect(await first).toBe(1);
  });

  it('writes requests the protocol’s way when told to', () => {
    const { client, worker } = setUp({ write: (id, request) => ({ id, payload: request }) });
    void client.request({ type: 'square', n: 6 });
    expect(worker().posted).toEqual([{ id: 1, payload: { type: 'square', n: 6 } }]);
  });

  describe('when no worker can be created', () => {
    const noWorker = () => {
      throw new Error('Worker is not defined');
    };

    it('runs requests through the fallback on this thread, with progress', async () => {
      const seen: number[] = [];
      const client = new WorkerClient<Req, Results, Progress>({
        create: noWorker,
        read: readTaggedReply,
        fallback: (request, progress) => {
          progress({ type: 'progress', id: 0, done: 1 });
          return request.type === 'square' ? request.n ** 2 : request.text;
        },
      });
      expect(await client.request({ type: 'square', n: 12 }, (p) => seen.push(p.done))).toBe(144);
      expect(seen).toEqual([1]);
    });

    it('passes a fallback’s throw on, and never computes a request cancelled before its turn', async () => {
      const fallback = vi.fn((request: Outgoing<Req, Req['type']>) => {
        if (request.type === 'square' && request.n < 0) throw new RangeError('n must be positive.');
        return 0;
      });
      const client = new WorkerClient<Req, Results, Progress>({ create: noWorker, read: readTaggedReply, fallback });
      await expect(client.request({ type: 'square', n: -1 })).rejects.toThrow(RangeError);
      const cancelled = client.request({ type: 'square', n: 5 });
      client.cancel();
      await expect(cancelled).rejects.toBeInstanceOf(CancelledError);
      expect(fallback).toHaveBeenCalledTimes(1);
    });

    it('without a fallback, rejects with the reason the worker could not start', async () => {
      const client = new WorkerClient<Req, Results, Progress>({ create: noWorker, read: readTaggedReply });
      await expect(client.request({ type: 'echo', text: 'x' })).rejects.toMatchObject({ code: 'worker-failed', message: 'Worker is not defined' });
    });
  });
});
