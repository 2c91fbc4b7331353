import { describe, expect, it } from 'vitest';
import type { BackendName, BackendTiming } from '../../../../src/engine/training/backend-policy';
import type { LatencyResult, ModelSize } from '../../../../src/engine/training/types';
import type { NewRun } from '../../../../src/state/runs.svelte';
import type { WorkerLike } from '../../../../src/state/training/channel';
import { LatencyLabController } from '../../../../src/sims/notebook-to-production/controller.svelte';
import type { BackendRequest, WorkerReply, WorkerRequest } from '../../../../src/workers/protocol';

const result = (size: ModelSize, p95: number): LatencyResult => ({
  size,
  hidden: [8],
  params: 10,
  bytes: 40,
  latency: { p50: p95 / 2, p95, mean: p95 / 2, min: 0.01, max: p95 },
  throughput: 5000,
  throughputBatch: 64,
});
const P95: Record<ModelSize, number> = { small: 0.2, medium: 0.6, large: 4 };

interface Script {
  /** Hold the init request unanswered (a slow TF.js start). */
  holdInit?: boolean;
  /** Stop after this many sizes and wait (for a cancel). */
  holdAfter?: number;
  /** Answer the latency request with this error. */
  fail?: { code: string; message: string; suggestBackend?: BackendName };
}

/** A worker stand-in that speaks the protocol from a script, with no TF.js behind it. */
function scriptedWorker(script: Script = {}) {
  const sent: WorkerRequest[] = [];
  let terminated = false;
  let latencyId: number | null = null;
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      const m = structuredClone(message) as WorkerRequest;
      sent.push(m);
      setTimeout(() => handle(m), 0);
    },
    terminate: () => void (terminated = true),
  };
  const reply = (r: WorkerReply) => setTimeout(() => !terminated && worker.onmessage?.({ data: r } as MessageEvent), 0);
  let backend: BackendName = 'cpu';
  function handle(m: WorkerRequest) {
    if (m.type === 'init') {
      backend = m.backend === 'auto' ? 'wasm' : m.backend;
      const calibration = m.backend === 'auto' ? { calibration: [{ backend, ms: 3 }] } : {};
      if (!script.holdInit) reply({ type: 'ready', id: m.id, backend, renderer: null, software: false, ...calibration });
    } else if (m.type === 'latency') {
      if (script.fail) return reply({ type: 'error', id: m.id, recoverable: true, ...script.fail });
      const sizes = m.spec.sizes ?? ['small', 'medium', 'large'];
      const upTo = Math.min(sizes.length, script.holdAfter ?? sizes.length);
      sizes.slice(0, upTo).forEach((s, i) => reply({ type: 'progress', id: m.id, stage: 'latency', result: result(s, P95[s]), index: i, total: sizes.length }));
      if (upTo < sizes.length) latencyId = m.id;
      else reply({ type: 'done', id: m.id, kind: 'latency', result: { backend, results: sizes.map((s) => result(s, P95[s])), clamped: [] } });
    } else if (m.type === 'cancel' && latencyId !== null) {
      reply({ type: 'cancelled', id: latencyId });
      latencyId = null;
    }
  }
  return { worker, sent, isTerminated: () => terminated };
}

function lab(script: Script = {}, setting?: BackendRequest) {
  const workers: ReturnType<typeof scriptedWorker>[] = [];
  const recorded: NewRun[] = [];
  const calibrations: BackendTiming[][] = [];
  const controller = new LatencyLabController({
    createWorker: () => {
      const w = scriptedWorker(script);
      workers.push(w);
      return w.worker;
    },
    ...(setting ? { defaultBackend: async () => setting } : {}),
    onCalibration: (timings) => void calibrations.push(timings),
    record: async (run) => void recorded.push(run),
  });
  return { controller, workers, recorded, calibrations };
}

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 500 && !ok(); i++) await new Promise((r) => setTimeout(r, 1));
  expect(ok()).toBe(true);
};

describe('LatencyLabController', () => {
  it('measures every size on the backend of the learner’s setting and records one run', async () => {
    const { controller, workers, recorded } = lab({}, 'cpu');
    await controller.measure('default', 40, 1.5);
    expect(controller.phase).toBe('done');
    expect(workers[0].sent[0]).toMatchObject({ type: 'init', backend: 'cpu' });
    expect(workers[0].sent[1]).toMatchObject({ type: 'latency', spec: { inputDim: 1000, classes: 5, calls: 40, throughputBatch: 64, sizes: ['small', 'medium', 'large'] } });
    expect(controller.results.map((r) => r.size)).toEqual(['small', 'medium', 'large']);
    expect(controller.progress).toBe(1);
    expect(controller.measuredOn).toMatchObject({ backend: 'cpu', calls: 40 });
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      lab: 'notebook-to-production',
      model: 'mlp',
      backend: 'cpu',
      params: { calls: 40, budgetMs: 1.5, inputDim: 1000, classes: 5 },
      metrics: { smallP95Ms: 0.2, mediumP95Ms: 0.6, largeP95Ms: 4, largeP50Ms: 2, largeSamplesPerS: 5000 },
    });
    expect(recorded[0].datasetVersion).toMatch(/^[0-9a-f]{16}$/);
  });

  it('starts on auto without a setting, and hands a calibration the worker ran to the cache', async () => {
    const { controller, workers, calibrations } = lab();
    await controller.measure('default', 20, 1);
    expect(workers[0].sent[0]).toMatchObject({ type: 'init', backend: 'auto' });
    expect(controller.measuredOn?.backend).toBe('wasm');
    expect(calibrations).toEqual([[{ backend: 'wasm', ms: 3 }]]);
    await controller.measure('default', 20, 1);
    expect(calibrations).toHaveLength(1);
  });

  it('lets an explicit choice override the setting', async () => {
    const { controller, workers, calibrations } = lab({}, 'webgl');
    await controller.measure('wasm', 20, 1);
    expect(workers[0].sent[0]).toMatchObject({ type: 'init', backend: 'wasm' });
    expect(calibrations).toEqual([]);
  });

  it('keeps one worker per backend choice: the same choice reuses it, another replaces it', async () => {
    const { controller, workers } = lab({}, 'cpu');
    await controller.measure('wasm', 20, 1);
    await controller.measure('wasm', 20, 1);
    expect(workers).toHaveLength(1);
    await controller.measure('cpu', 20, 1);
    expect(workers).toHaveLength(2);
    expect(workers[0].isTerminated()).toBe(true);
    expect(controller.measuredOn?.backend).toBe('cpu');
  });

  it('shows results size by size while measuring, and keeps the finished ones when cancelled', async () => {
    const { controller, recorded } = lab({ holdAfter: 1 });
    const run = controller.measure('cpu', 20, 1);
    await until(() => controller.phase === 'measuring' && controller.results.length === 1);
    expect(controller.busy).toBe(true);
    controller.cancel();
    await run;
    expect(controller.phase).toBe('cancelled');
    expect(controller.results.map((r) => r.size)).toEqual(['small']);
    expect(controller.measuredOn?.backend).toBe('cpu');
    expect(recorded).toEqual([]);
  });

  it('cancels a slow start at once by terminating the worker, and can measure again afterwards', async () => {
    const { controller, workers } = lab({ holdInit: true });
    const run = controller.measure('cpu', 20, 1);
    await until(() => workers.length === 1 && workers[0].sent.length === 1);
    expect(controller.phase).toBe('starting');
    controller.cancel();
    await run;
    expect(controller.phase).toBe('cancelled');
    expect(workers[0].isTerminated()).toBe(true);
    expect(controller.busy).toBe(false);
  });

  it('reports a failure with the backend the worker suggests, and starts a fresh worker next time', async () => {
    const { controller, workers } = lab({ fail: { code: 'context-lost', message: 'The WebGL context was lost.', suggestBackend: 'cpu' } });
    await controller.measure('webgl', 20, 1);
    expect(controller.phase).toBe('error');
    expect(controller.error).toBe('The WebGL context was lost.');
    expect(controller.suggestBackend).toBe('cpu');
    expect(workers[0].isTerminated()).toBe(true);
    await controller.measure('webgl', 20, 1);
    expect(workers).toHaveLength(2);
  });

  it('ignores a second measure while busy, and dispose terminates the worker', async () => {
    const { controller, workers } = lab({ holdAfter: 0 });
    void controller.measure('cpu', 20, 1);
    await until(() => controller.phase === 'measuring');
    await controller.measure('cpu', 20, 1);
    expect(workers).toHaveLength(1);
    expect(workers[0].sent.filter((m) => m.type === 'latency')).toHaveLength(1);
    controller.dispose();
    expect(workers[0].isTerminated()).toBe(true);
  });
});
