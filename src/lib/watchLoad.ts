/** How long a wait may take before it gets a spinner: a learner notices waits past this. */
export const SLOW_LOAD_MS = 300;

/**
 * Starts `load` and reports how it goes: `slow` once it has taken over 300 ms, then `done`
 * with its value or `failed`. Returns a stop function (an effect's teardown) after which
 * nothing more is reported. Shared by the components that draw a chunk once it is in.
 */
export function watchLoad<T>(load: () => Promise<T>, report: { done: (value: T) => void; failed: () => void; slow: () => void }): () => void {
  let live = true;
  const timer = setTimeout(() => live && report.slow(), SLOW_LOAD_MS);
  load()
    .then(
      (value) => live && report.done(value),
      () => live && report.failed(),
    )
    .finally(() => clearTimeout(timer));
  return () => {
    live = false;
    clearTimeout(timer);
  };
}
