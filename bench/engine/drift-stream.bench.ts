import * as tf from '@tensorflow/tfjs';
import os from 'node:os';
import { it } from 'vitest';
import { DAYS } from '../../src/engine/drift-stream/config';
import { jsTrainer } from '../../src/engine/drift-stream/fit';
import { buildReference, DayMonitor } from '../../src/engine/drift-stream/monitors';
import { generateStream } from '../../src/engine/drift-stream/stream';
import { runYear } from '../../src/engine/drift-stream/year';
import { initBackend } from '../../src/engine/training/backends';
import { tfDriftTrainer } from '../../src/engine/training/driftFit';
import { median, report, timeRuns } from './measure';

// The Drift lab's streaming monitors and its year in Node. Monitors: 10⁶ sessions (365 days of 2,740)
// through PSI, KS (statistic and scipy's p-value) and chi-square for all four features, against the
// champion's 7-day reference (19,180 sessions); also with a new reference every week (52 rebuilds, as a
// weekly retrain would make, timed inside and separately), and the lab's default 200 sessions a day (exact
// KS p-values). Target (issue 8): 10⁶ events through the monitors in ≤ 100 ms. The year per policy with the
// float64 TypeScript trainer and with TF.js on the cpu backend (the browser bench, bench/browser/drift-lab.mjs,
// times it per backend in the worker).
const round = (x: number, d = 1) => Number(x.toFixed(d));
const all = { sudden: true, gradual: true, recurring: true, concept: true, brokenExports: true };

const none = { sudden: false, gradual: false, recurring: false, concept: false, brokenExports: false };

/** A year of n sessions a day through the monitors; with `refresh`, a new reference (sorted, binned) every 7 days is included. */
function monitorYear(n: number, drift: boolean, refresh: boolean) {
  const s = generateStream(42, n, drift ? all : none);
  const fixed = buildReference(s, -7, -1, 'scaled');
  const monitor = new DayMonitor();
  const times = timeRuns(() => {
    let ref = fixed;
    for (let d = 0; d < DAYS; d++) {
      if (refresh && d % 7 === 0 && d > 0) ref = buildReference(s, d - 7, d - 1, 'scaled');
      monitor.observe(s, d, ref);
    }
  }, 7, 2);
  return { events: n * DAYS, medianMs: round(median(times)), runsMs: times.map((t) => round(t)) };
}

/** The 52 weekly reference rebuilds of a year of n sessions a day on their own (both numeric grids, deciles, counts). */
function rebuilds(n: number) {
  const s = generateStream(42, n, all);
  const times = timeRuns(() => {
    for (let d = 7; d < DAYS; d += 7) buildReference(s, d - 7, d - 1, 'scaled');
  }, 7, 2);
  return { rebuilds: 52, medianMs: round(median(times)), runsMs: times.map((t) => round(t)) };
}

it('measures the drift lab engine', async () => {
  const out: Record<string, unknown> = { loadavgBefore: os.loadavg().map((x) => round(x, 2)), cpus: os.cpus().length };
  out['monitors, 10⁶ sessions (2,740 a day), no drift, one reference'] = monitorYear(2_740, false, false);
  out['monitors, 10⁶ sessions, every drift, one reference (large D: the costly KS p-values)'] = monitorYear(2_740, true, false);
  out['monitors, 10⁶ sessions, every drift, reference rebuilt weekly (rebuilds included)'] = monitorYear(2_740, true, true);
  out['of which: 52 reference rebuilds alone, 2,740 a day'] = rebuilds(2_740);
  out['monitors, default year (200 a day, exact KS p-values), every drift, weekly reference'] = monitorYear(200, true, true);
  out['generateStream, 200 a day, median ms'] = round(median(timeRuns(() => generateStream(42, 200, all), 5, 1)));
  const spec = { seed: 42, eventsPerDay: 200, labelDelay: 3, shadowDays: 3, thresholdMode: 'scaled' as const, ...all };
  for (const policy of ['never', 'daily', 'drift'] as const) {
    const t0 = performance.now();
    const y = await runYear({ ...spec, policy }, jsTrainer);
    out[`year, ${policy}, TypeScript trainer`] = { ms: Math.round(performance.now() - t0), retrains: y.summary.retrains };
  }
  await initBackend('cpu');
  const t0 = performance.now();
  await runYear({ ...spec, policy: 'daily' }, tfDriftTrainer);
  out['year, daily, TF.js cpu backend in Node, ms'] = Math.round(performance.now() - t0);
  out.tensorsLeft = tf.memory().numTensors;
  out.loadavgAfter = os.loadavg().map((x) => round(x, 2));
  report('drift-lab-engine', out);
});
