import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchLoad } from '../../../src/lib/watchLoad';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('watchLoad', () => {
  it('reports slow after 300 ms, then the value', async () => {
    const load = deferred<string>();
    const events: string[] = [];
    watchLoad(() => load.promise, { done: (v) => events.push(`done ${v}`), failed: () => events.push('failed'), slow: () => events.push('slow') });
    await vi.advanceTimersByTimeAsync(299);
    expect(events).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(events).toEqual(['slow']);
    load.resolve('page');
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual(['slow', 'done page']);
  });

  it('a quick load is never called slow; a failure is reported as failed', async () => {
    const events: string[] = [];
    const report = { done: () => events.push('done'), failed: () => events.push('failed'), slow: () => events.push('slow') };
    watchLoad(() => Promise.resolve(1), report);
    watchLoad(() => Promise.reject(new Error('offline')), report);
    await vi.advanceTimersByTimeAsync(1000);
    expect(events).toEqual(['done', 'failed']);
  });

  it('reports nothing once stopped (the component is gone or loads something else)', async () => {
    const load = deferred<string>();
    const events: string[] = [];
    const stop = watchLoad(() => load.promise, { done: () => events.push('done'), failed: () => events.push('failed'), slow: () => events.push('slow') });
    stop();
    load.resolve('late');
    await vi.advanceTimersByTimeAsync(1000);
    expect(events).toEqual([]);
  });
});
