import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { calibrate, initBackend, probeWebgl } from '../../../../src/engine/training/backends';
import { measureLatency } from '../../../../src/engine/training/latency';
import { isTrainingError } from '../../../../src/engine/training/errors';

describe('backends in node', () => {
  it('starts the cpu backend and reports no renderer', async () => {
    expect(await initBackend('cpu')).toEqual({ backend: 'cpu', renderer: null, software: false });
    expect(tf.getBackend()).toBe('cpu');
  });

  it('finds no WebGL without a canvas', () => {
    expect(probeWebgl()).toEqual({ available: false, renderer: null, software: false });
  });

  it('refuses webgl here with a backend-unavailable error', async () => {
    await expect(initBackend('webgl')).rejects.toSatisfy((e) => isTrainingError(e, 'backend-unavailable'));
    expect(tf.getBackend()).toBe('cpu');
  });

  it('calibrates, reports webgl as unavailable, and leaves TF.js on the chosen backend', async () => {
    const before = tf.memory().numTensors;
    const timings = await calibrate({ candidates: ['webgl', 'cpu'], repeats: 1 });
    expect(timings[0]).toMatchObject({ backend: 'webgl', ms: null, skipped: 'unavailable' });
    expect(timings[1]).toEqual({ backend: 'cpu', ms: expect.any(Number) });
    expect(Number.isFinite(timings[1].ms) && timings[1].ms! >= 0).toBe(true);
    expect(tf.getBackend()).toBe('cpu');
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('measureLatency', () => {
  // How fast each size runs, and that the large one is slower, is measured in bench/engine/latency.bench.ts.
  it('measures each size with finite, ordered percentiles and a finite throughput', async () => {
    await initBackend('cpu');
    const report = await measureLatency({ inputDim: 16, classes: 3, seed: 1, calls: 5, warmup: 1, throughputBatch: 32, throughputCalls: 2 });
    expect(report.backend).toBe('cpu');
    expect(report.stopped).toBe(false);
    expect(report.results.map((r) => r.size)).toEqual(['small', 'medium', 'large']);
    for (const r of report.results) {
      expect(r.latency.min).toBeGreaterThanOrEqual(0);
      expect(r.latency.p50).toBeGreaterThanOrEqual(r.latency.min);
      expect(r.latency.p95).toBeGreaterThanOrEqual(r.latency.p50);
      expect(r.latency.max).toBeGreaterThanOrEqual(r.latency.p95);
      expect(Number.isFinite(r.latency.max)).toBe(true);
      expect(r.throughput).toBeGreaterThan(0);
      expect(r.bytes).toBe(4 * r.params);
    }
  });

  it('stops early when asked', async () => {
    const report = await measureLatency({ inputDim: 8, classes: 2, seed: 1, calls: 50, shouldStop: () => true });
    expect(report).toMatchObject({ stopped: true, results: [] });
  });
});
