import { flushSync } from 'svelte';

/** Longest stretch (ms) spent rendering before the page gets the main thread back. */
export const SLICE_MS = 8;

/**
 * Renders a list step by step without long tasks: calls `step` (which adds one item to
 * the state that is drawn) and applies it to the DOM at once (`flushSync`), as long as
 * `more()` says there is more and the current slice has run under SLICE_MS; then yields
 * to the browser (a new task) and goes on. `done` runs once everything is drawn.
 * `endSlice`, asked after each step, ends the slice at once (after an item that queues
 * work of its own for the next task, such as a lab that draws its charts then, so that
 * work comes before the items below it). Returns a function that stops it (for an
 * effect's teardown).
 */
export function renderInSlices(more: () => boolean, step: () => void, done: () => void, endSlice: () => boolean = () => false): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    if (stopped) return;
    const start = performance.now();
    while (more() && performance.now() - start < SLICE_MS) {
      flushSync(step);
      if (endSlice()) break;
    }
    if (more()) timer = setTimeout(slice, 0);
    else done();
  };
  timer = setTimeout(slice, 0);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
