import { it } from 'vitest';
import { calibrate, initBackend } from '../../src/engine/training/backends';
import { measureLatency } from '../../src/engine/training/latency';
import { report } from './measure';

// The Notebook-to-production lab's measurement in Node on the cpu backend, with the
// lab's shapes (1,000 inputs, 5 classes): how much slower each size is than the small
// one, per call (p50, p95) and per batch (throughput). These are measurements a
// loaded machine changes, so they are printed here, not asserted in unit tests.
it('measures prediction latency per model size on the cpu backend', async () => {
  await initBackend('cpu');
  const calibration = await calibrate({ candidates: ['cpu'], repeats: 3 });
  const latency = await measureLatency({ inputDim: 1000, classes: 5, seed: 1, calls: 100, throughputBatch: 64, throughputCalls: 10 });
  const small = latency.results[0];
  const sizes = Object.fromEntries(
    latency.results.map((r) => [
      r.size,
      {
        params: r.params,
        'p50 ms': Number(r.latency.p50.toFixed(3)),
        'p95 ms': Number(r.latency.p95.toFixed(3)),
        'throughput samples/s': Math.round(r.throughput),
        'p95 / small p95': Number((r.latency.p95 / small.latency.p95).toFixed(2)),
        'small throughput / this': Number((small.throughput / r.throughput).toFixed(2)),
      },
    ]),
  );
  report('latency', { backend: latency.backend, 'cpu calibration ms': calibration[0]?.ms ?? null, sizes });
});
