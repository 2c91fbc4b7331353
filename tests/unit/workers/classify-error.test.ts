import { describe, expect, it } from 'vitest';
import { toErrorReply } from '../../../src/workers/classify-error';
import { TrainingError } from '../../../src/engine/training/errors';
import { finiteMetrics } from '../../../src/workers/protocol';

describe('toErrorReply', () => {
  it.each([
    { name: 'a lost context is recoverable on cpu', e: new Error('x'), backend: 'webgl', lost: true, code: 'context-lost', recoverable: true, suggest: 'cpu' },
    { name: 'a context-lost error is recoverable on cpu', e: new TrainingError('context-lost', 'x'), backend: 'webgl', lost: false, code: 'context-lost', recoverable: true, suggest: 'cpu' },
    { name: 'a NaN loss is recoverable without changing backend', e: new TrainingError('nan-loss', 'x'), backend: 'webgl', lost: false, code: 'nan-loss', recoverable: true, suggest: undefined },
    { name: 'bad input is not recoverable', e: new TrainingError('invalid-input', 'x'), backend: 'cpu', lost: false, code: 'invalid-input', recoverable: false, suggest: undefined },
    { name: 'an unavailable wasm backend suggests cpu', e: new TrainingError('backend-unavailable', 'x'), backend: 'wasm', lost: false, code: 'backend-unavailable', recoverable: true, suggest: 'cpu' },
    { name: 'an unavailable cpu backend is final', e: new TrainingError('backend-unavailable', 'x'), backend: 'cpu', lost: false, code: 'backend-unavailable', recoverable: false, suggest: undefined },
    { name: 'any webgl failure suggests cpu', e: new Error('Failed to compile fragment shader.'), backend: 'webgl', lost: false, code: 'backend-failed', recoverable: true, suggest: 'cpu' },
    { name: 'an unknown cpu failure is internal', e: 'boom', backend: 'cpu', lost: false, code: 'internal', recoverable: false, suggest: undefined },
  ] as const)('$name', ({ e, backend, lost, code, recoverable, suggest }) => {
    const r = toErrorReply(3, e, { backend, contextLost: lost });
    expect(r).toMatchObject({ type: 'error', id: 3, code, recoverable });
    expect(r.suggestBackend).toBe(suggest);
    expect(r.message.length).toBeGreaterThan(0);
  });
});

describe('finiteMetrics', () => {
  it.each([
    { m: { epoch: 1, loss: 0.5, acc: 0.9 }, ok: true },
    { m: { epoch: 1, loss: NaN, acc: 0.9 }, ok: false },
    { m: { epoch: 1, loss: 0.5, acc: Infinity }, ok: false },
    { m: { epoch: 1, loss: 0.5, acc: 0.9, valLoss: undefined }, ok: true },
  ])('$m is finite: $ok', ({ m, ok }) => {
    expect(finiteMetrics(m)).toBe(ok);
  });
});
