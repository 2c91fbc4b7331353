import { describe, expect, it } from 'vitest';
import { accepted, answerOnce, answerTagged, Refusal } from '../../../src/workers/serve';

/** Runs one message through answerTagged with these handlers and returns every reply posted. */
function answer(message: unknown): unknown[] {
  const replies: unknown[] = [];
  const post = (reply: unknown) => void replies.push(reply);
  answerTagged(message, post, {
    double: (m, id) => post({ type: 'done', id, result: accepted(typeof m.n === 'number' ? { ok: true, value: m.n * 2, clamped: [] } : { ok: false, error: 'n must be a number.' }).value }),
    explode: () => {
      throw new TypeError('boom');
    },
  });
  return replies;
}

describe('answerTagged', () => {
  it('runs the handler for the request’s type', () => {
    expect(answer({ type: 'double', id: 3, n: 21 })).toEqual([{ type: 'done', id: 3, result: 42 }]);
  });

  it('answers every bad request with exactly one error', () => {
    expect(answer(null)).toEqual([{ type: 'error', id: null, code: 'invalid-job', message: 'A request needs a numeric id.' }]);
    expect(answer({ type: 'toString', id: 1 })).toEqual([{ type: 'error', id: 1, code: 'invalid-job', message: 'Unknown request type "toString".' }]);
    expect(answer({ type: 'double', id: 2, n: 'x' })).toEqual([{ type: 'error', id: 2, code: 'invalid-job', message: 'n must be a number.' }]);
    expect(answer({ type: 'explode', id: 4 })).toEqual([{ type: 'error', id: 4, code: 'failed', message: 'boom' }]);
  });

  it('refuses through Refusal, keeping the message', () => {
    expect(() => accepted({ ok: false, error: 'no' })).toThrow(new Refusal('no'));
  });
});

describe('answerOnce', () => {
  const handle = answerOnce(({ n }: { id: number; n: number }) => {
    if (n < 0) throw new RangeError('n must not be negative.');
    return { root: Math.sqrt(n) };
  });

  it('answers with the engine’s output, or its refusal', () => {
    const replies: unknown[] = [];
    handle({ id: 1, n: 9 }, (r) => replies.push(r));
    handle({ id: 2, n: -1 }, (r) => replies.push(r));
    expect(replies).toEqual([
      { id: 1, ok: true, root: 3 },
      { id: 2, ok: false, message: 'n must not be negative.' },
    ]);
  });
});
