/**
 * Resolves on a later macrotask (setTimeout 0), so messages queued meanwhile (a
 * cancel) are handled. Browsers clamp nested zero timeouts to 4 ms, so callers
 * yield on a time budget (every ~100 ms: at most ~4% of the time) rather than
 * every batch. A MessageChannel would avoid the clamp in browsers but starves
 * timers in Node, where the tests drive the worker host.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A yield that only happens when at least `everyMs` have passed since the last
 * one it made: call it between units of work.
 */
export function createYielder(everyMs: number): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < everyMs) return;
    await yieldToEventLoop();
    last = performance.now();
  };
}
