import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageSettled } from '../../../src/lib/pageSettled';

// A page in Node: a document that is loaded or not, a window whose 'load' can be fired,
// and a PerformanceObserver whose resource entries the test reports by hand.
let loadListeners: (() => void)[];
let observers: { callback: () => void; disconnected: boolean }[];

beforeEach(() => {
  vi.useFakeTimers();
  loadListeners = [];
  observers = [];
  vi.stubGlobal('document', { readyState: 'loading' });
  vi.stubGlobal('window', { addEventListener: (_: string, listener: () => void) => loadListeners.push(listener) });
  vi.stubGlobal(
    'PerformanceObserver',
    class {
      entry: { callback: () => void; disconnected: boolean };
      constructor(callback: () => void) {
        this.entry = { callback, disconnected: false };
        observers.push(this.entry);
      }
      observe() {}
      disconnect() {
        this.entry.disconnected = true;
      }
    },
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const download = () => observers.forEach((o) => !o.disconnected && o.callback());

async function settledAt(start: () => Promise<void>, step = 100, limit = 20_000): Promise<number> {
  let settled = false;
  void start().then(() => (settled = true));
  let elapsed = 0;
  while (!settled && elapsed < limit) {
    await vi.advanceTimersByTimeAsync(step);
    elapsed += step;
  }
  return elapsed;
}

describe('pageSettled', () => {
  it('waits for load, then for a quiet stretch without downloads', async () => {
    let settled = false;
    void pageSettled({ quietMs: 1000, capMs: 10_000 }).then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(5000);
    expect(settled).toBe(false); // not loaded yet
    loadListeners.forEach((l) => l());
    await vi.advanceTimersByTimeAsync(900);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(settled).toBe(true);
    expect(observers.every((o) => o.disconnected)).toBe(true);
  });

  it('starts the quiet stretch again at every download', async () => {
    vi.stubGlobal('document', { readyState: 'complete' });
    let settled = false;
    void pageSettled({ quietMs: 1000, capMs: 10_000 }).then(() => (settled = true));
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(800);
      download();
    }
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(settled).toBe(true);
  });

  it('gives up waiting at the cap when downloads never stop', async () => {
    vi.stubGlobal('document', { readyState: 'complete' });
    const timer = setInterval(download, 200);
    const elapsed = await settledAt(() => pageSettled({ quietMs: 1000, capMs: 3000 }));
    clearInterval(timer);
    expect(elapsed).toBe(3000);
  });

  it('works where there is no PerformanceObserver: the quiet stretch alone', async () => {
    vi.stubGlobal('document', { readyState: 'complete' });
    vi.stubGlobal('PerformanceObserver', undefined);
    expect(await settledAt(() => pageSettled({ quietMs: 1500, capMs: 10_000 }))).toBe(1500);
  });
});
