import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { createTrainingHost } from '../../../src/workers/training-host';
import { MATMUL_BOUNDS, validateMatmulSpec, type WorkerReply } from '../../../src/workers/protocol';

describe('validateMatmulSpec', () => {
  const cases = [
    { name: 'keeps a spec within bounds', spec: { n: 256, repeats: 3 }, value: { n: 256, repeats: 3 }, fields: [] },
    { name: 'defaults repeats to 5', spec: { n: 64 }, value: { n: 64, repeats: 5 }, fields: [] },
    { name: 'rounds n', spec: { n: 100.4, repeats: 2 }, value: { n: 100, repeats: 2 }, fields: ['n'] },
    { name: 'clamps a huge n and repeats', spec: { n: 1e9, repeats: 1e6 }, value: { n: MATMUL_BOUNDS.n.max, repeats: MATMUL_BOUNDS.repeats.max }, fields: ['n', 'repeats'] },
    { name: 'clamps a tiny n and zero repeats', spec: { n: 1, repeats: 0 }, value: { n: MATMUL_BOUNDS.n.min, repeats: 1 }, fields: ['n', 'repeats'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const v = validateMatmulSpec(c.spec);
      expect(v.ok).toBe(true);
      if (!v.ok) return;
      expect(v.value).toEqual(c.value);
      expect(v.clamped.map((x) => x.field)).toEqual(c.fields);
    });
  }

  it('refuses a missing or non-finite n', () => {
    expect(validateMatmulSpec({} as never).ok).toBe(false);
    expect(validateMatmulSpec({ n: NaN }).ok).toBe(false);
    expect(validateMatmulSpec({ n: Infinity }).ok).toBe(false);
  });
});

describe('the bench-matmul request', () => {
  it('times n×n products on the worker’s backend and frees every tensor', async () => {
    const replies: WorkerReply[] = [];
    const host = createTrainingHost((m) => void replies.push(m));
    host.handle({ type: 'init', id: 1, backend: 'cpu' });
    await host.idle();
    const before = tf.memory().numTensors;
    host.handle({ type: 'bench-matmul', id: 2, n: 32, repeats: 3 });
    await host.idle();
    const done = replies.find((r) => r.type === 'done' && r.id === 2);
    expect(done).toMatchObject({ kind: 'bench-matmul', result: { backend: 'cpu', n: 32, clamped: [] } });
    if (done?.type !== 'done' || done.kind !== 'bench-matmul') return;
    expect(done.result.ms).toHaveLength(3);
    expect(done.result.ms.every((ms) => Number.isFinite(ms) && ms >= 0)).toBe(true);
    expect(done.result.gflops).toBeGreaterThan(0);
    expect(Number.isFinite(done.result.gflops)).toBe(true);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('answers an invalid spec with an invalid-job error and keeps serving', async () => {
    const replies: WorkerReply[] = [];
    const host = createTrainingHost((m) => void replies.push(m));
    host.handle({ type: 'init', id: 1, backend: 'cpu' });
    host.handle({ type: 'bench-matmul', id: 2, n: 'big' as never });
    host.handle({ type: 'bench-matmul', id: 3, n: 16, repeats: 1 });
    await host.idle();
    expect(replies.find((r) => r.type === 'error' && r.id === 2)).toMatchObject({ code: 'invalid-job' });
    expect(replies.find((r) => r.type === 'done' && r.id === 3)).toMatchObject({ kind: 'bench-matmul' });
  });
});
