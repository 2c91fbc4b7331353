// TrainingClient lives in src/state, but its behaviour is the worker protocol seen
// from the page, so it is tested here against the real host (cpu, in-process).
import { describe, expect, it } from 'vitest';
import { TrainingClient } from '../../../src/state/training.svelte';
import type { WorkerLike } from '../../../src/state/training/channel';
import type { TrainJob } from '../../../src/workers/protocol';
import { inProcessTrainingWorker } from '../sims/complaint-classifier-lab/workers';
import { blobs } from '../engine/training/fixtures';

const data = blobs(120, 4, 3, 21);
const job: TrainJob = { ...data, rows: 120, cols: 4, classes: 3, hidden: [12, 6], epochs: 4, batchSize: 20, learningRate: 0.03, seed: 5 };

/** A Worker stand-in that runs the real host in this thread (see tests/unit/sims/complaint-classifier-lab/workers.ts). */
const inProcessWorker = inProcessTrainingWorker;

describe('TrainingClient', () => {
  it('goes loading → warming-up → training → done and fills backend, history and result', async () => {
    const w = inProcessWorker();
    const client = new TrainingClient({ backend: 'cpu', createWorker: () => w });
    const seen = new Set<string>();
    const started = client.start(job);
    expect(client.status).toBe('loading');
    expect(client.totalEpochs).toBe(4);
    const poll = setInterval(() => seen.add(client.status), 1);
    const done = await started;
    clearInterval(poll);
    expect(done).not.toBeNull();
    expect(client.status).toBe('done');
    expect(client.backend).toBe('cpu');
    expect(client.renderer).toBeNull();
    expect(client.epoch).toBe(4);
    expect(client.progress).toBe(1);
    expect(client.history.loss).toHaveLength(4);
    expect(client.history.batchLoss).toHaveLength(4 * 6);
    expect(client.result).toEqual(done);
    expect(seen.has('training')).toBe(true);
    client.dispose();
    expect(w.terminated).toBe(true);
  });

  it('fails an invalid job at once without starting a worker', async () => {
    let created = 0;
    const client = new TrainingClient({ createWorker: () => (created++, inProcessWorker()) });
    expect(await client.start({ ...job, rows: 7 })).toBeNull();
    expect(client.status).toBe('error');
    expect(client.error).toMatchObject({ code: 'invalid-job', recoverable: false });
    expect(created).toBe(0);
  });

  it('cancels a run: status cancelled, the epochs already done kept', async () => {
    const w = inProcessWorker();
    const client = new TrainingClient({ backend: 'cpu', createWorker: () => w });
    const started = client.start({ ...job, epochs: 200, batchSize: 1 });
    while (client.history.loss.length < 1) await new Promise((r) => setTimeout(r, 5));
    client.cancel();
    expect(await started).toBeNull();
    expect(client.status).toBe('cancelled');
    expect(client.history.loss.length).toBeGreaterThanOrEqual(1);
    expect(client.history.loss.length).toBeLessThan(200);
    client.dispose();
  });

  it('turns a lost context into a recoverable error and retries on the suggested backend in a fresh worker', async () => {
    const workers: ReturnType<typeof inProcessWorker>[] = [];
    let first = true;
    const client = new TrainingClient({
      backend: 'cpu',
      createWorker: () => {
        // The first worker pretends its GPU vanished at the first epoch.
        const lose = first;
        first = false;
        const w = inProcessWorker((r) =>
          lose && r.type === 'progress' && r.stage === 'epoch'
            ? { type: 'error', id: r.id, code: 'context-lost', message: 'lost', recoverable: true, suggestBackend: 'cpu' }
            : r,
        );
        workers.push(w);
        return w;
      },
    });
    expect(await client.start(job)).toBeNull();
    expect(client.status).toBe('error');
    expect(client.error).toMatchObject({ code: 'context-lost', recoverable: true, suggestBackend: 'cpu' });
    expect(client.history.loss).toEqual([]);
    const done = await client.retryOnSuggestedBackend();
    expect(done?.final.epoch).toBe(4);
    expect(client.status).toBe('done');
    expect(workers).toHaveLength(2);
    expect(workers[0].terminated).toBe(true);
    client.dispose();
  });

  it('predicts, saves and loads through the worker', async () => {
    const w = inProcessWorker();
    const client = new TrainingClient({ backend: 'cpu', createWorker: () => w });
    await client.start(job);
    const p = await client.predict(data.x, 120, 4);
    const artifact = await client.save();
    expect(artifact.weightData.byteLength).toBe(4 * client.result!.params);
    expect(await client.load(artifact)).toMatchObject({ inputDim: 4, outputs: 3 });
    expect((await client.predict(data.x, 120, 4)).values).toEqual(p.values);
    client.dispose();
  });

  it('rejects a predict without a model with a RequestError', async () => {
    const client = new TrainingClient({ backend: 'cpu', createWorker: () => inProcessWorker() });
    await expect(client.predict(data.x, 120, 4)).rejects.toMatchObject({ name: 'RequestError', code: 'no-model' });
    client.dispose();
  });

  it('fills latency size by size', async () => {
    const client = new TrainingClient({ backend: 'cpu', createWorker: () => inProcessWorker() });
    const r = await client.measureLatency({ inputDim: 8, classes: 2, seed: 1, sizes: ['small', 'medium'], calls: 3, throughputBatch: 8 });
    expect(client.latency.map((l) => l.size)).toEqual(['small', 'medium']);
    expect(r?.results).toEqual(client.latency);
    client.dispose();
  });

  it('honours a cancel sent while the worker was still starting: no latency request is made', async () => {
    const w = inProcessWorker();
    const client = new TrainingClient({ backend: 'cpu', createWorker: () => w });
    const measuring = client.measureLatency({ inputDim: 8, classes: 2, seed: 1, sizes: ['small'], calls: 3 });
    client.cancel();
    expect(await measuring).toBeNull();
    expect(w.sent.map((m) => m.type)).not.toContain('latency');
    client.dispose();
  });

  it('rejects pending requests when the worker fails to load', async () => {
    const worker: WorkerLike = { onmessage: null, onerror: null, postMessage: () => setTimeout(() => worker.onerror?.({ message: 'CSP' } as ErrorEvent), 0), terminate: () => {} };
    const client = new TrainingClient({ createWorker: () => worker });
    expect(await client.start(job)).toBeNull();
    expect(client.error).toMatchObject({ code: 'worker-failed', message: 'CSP' });
  });
});
