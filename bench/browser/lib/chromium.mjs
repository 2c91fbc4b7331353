// Shared by the browser benchmarks (bench/browser/*.mjs): launch arguments and the
// reading of Chromium traces. Lives in lib/ so scripts/bench.sh does not run it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Launch arguments: the ones playwright.config.ts exports as `chromiumArgs`, read from its source so the two never drift. */
export function chromiumArgs() {
  const fallback = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
  try {
    const src = readFileSync(path.join(ROOT, 'playwright.config.ts'), 'utf8');
    const list = /chromiumArgs\s*=\s*\[([\s\S]*?)\]/.exec(src)?.[1];
    const args = [...(list ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
    return args.length ? args : fallback;
  } catch {
    return fallback;
  }
}

/** Top-level tasks of the threads whose name matches `thread` in a Chromium trace, with wall and CPU (thread) time in ms. */
export function tasksOf(events, thread) {
  const names = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '']));
  return events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && thread.test(names.get(`${e.pid}:${e.tid}`) ?? ''))
    .map((e) => ({ wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? e.dur ?? 0) / 1000 }));
}

/**
 * Top-level tasks of the page's main thread, with wall and CPU (thread) time in ms. On a
 * machine running more processes than it has cores, a task's wall time includes time the
 * OS gave to others; its thread time is the CPU it used.
 */
export const mainThreadTasks = (events) => tasksOf(events, /^CrRendererMain$/);
export const workerTasks = (events) => tasksOf(events, /^DedicatedWorker/);

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
