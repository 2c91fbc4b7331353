/**
 * Resolves once the page has loaded and then gone `quietMs` without starting a download
 * (Resource Timing entries), or `capMs` after load at the latest. Work that should never
 * compete with what the route itself fetches (the service worker's precache) waits for
 * this: a lesson section keeps asking for its labs' chunks for a moment after `load`.
 */
export function pageSettled({ quietMs = 1500, capMs = 10_000 }: { quietMs?: number; capMs?: number } = {}): Promise<void> {
  const loaded = new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  });
  return loaded.then(
    () =>
      new Promise<void>((resolve) => {
        let quiet: ReturnType<typeof setTimeout>;
        const done = () => {
          clearTimeout(quiet);
          clearTimeout(cap);
          observer?.disconnect();
          resolve();
        };
        const cap = setTimeout(done, capMs);
        const observer = typeof PerformanceObserver === 'function' ? new PerformanceObserver(() => restart()) : null;
        const restart = () => {
          clearTimeout(quiet);
          quiet = setTimeout(done, quietMs);
        };
        try {
          observer?.observe({ type: 'resource' });
        } catch {
          // No Resource Timing here: the quiet period alone decides.
        }
        restart();
      }),
  );
}
