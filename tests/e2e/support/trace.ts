import { expect, type Browser, type Page } from '@playwright/test';

/**
 * A main-thread task this long, in CPU time, means a frozen tab. It is ten times the
 * 50 ms the labs aim for (measured, not asserted, by `npm run bench`), so a loaded
 * machine cannot reach it while real main-thread work (a simulation not in its worker,
 * a loop over a hostile value) does at once.
 */
export const FROZEN_TAB_CPU_MS = 500;

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export interface Task {
  wallMs: number;
  cpuMs: number;
}

/** Top-level tasks of the threads named `thread` in a Chromium trace, with wall and CPU time in ms. */
export function tasksOf(events: TraceEvent[], thread: RegExp): Task[] {
  const names = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '']));
  return events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && thread.test(names.get(`${e.pid}:${e.tid}`) ?? ''))
    .map((e) => ({ wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? e.dur ?? 0) / 1000 }));
}

export const mainThreadTasks = (events: TraceEvent[]) => tasksOf(events, /^CrRendererMain$/);
export const workerTasks = (events: TraceEvent[]) => tasksOf(events, /^DedicatedWorker/);

/**
 * Runs `action` under a Chromium trace and returns the page's main-thread tasks. CPU
 * (thread) time, not wall time: on a machine running more processes than it has cores,
 * a task's wall time includes time the OS gave to others.
 */
export async function traceMainThread(browser: Browser, page: Page, action: () => Promise<void>): Promise<Task[]> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  let failure: unknown = null;
  try {
    await action();
  } catch (error) {
    failure = error;
  }
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  if (failure) throw failure;
  return mainThreadTasks(trace.traceEvents);
}

/** The traced tasks include real work, and none of it came near freezing the tab. */
export function expectNoFrozenTab(tasks: Task[]): void {
  expect(tasks.length, 'main-thread tasks in the trace').toBeGreaterThan(10);
  const longest = Math.max(...tasks.map((t) => t.cpuMs));
  expect(longest, `longest main-thread task, ms of CPU (frozen at ${FROZEN_TAB_CPU_MS})`).toBeLessThan(FROZEN_TAB_CPU_MS);
}
