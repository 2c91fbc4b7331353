// Browser benchmark of the Drift lab, in headless Chromium against the built app:
//   node bench/browser/drift-lab.mjs http://localhost:PORT/
//
// Drives the lab as a learner would: the backend is chosen on the Settings page, the year is run with the
// lab's own "Run the year" button under the daily-retrain policy (365 retrains in TF.js in the training
// worker, the heaviest policy), and results are read from the runs store the lab writes to. Per backend
// (cpu, wasm, webgl): a cold year (worker start and TF.js load included), then RUNS warm years: the year's
// time in the worker (metrics.yearMs), click → run recorded (wall), and the longest main-thread task.
// Target (issue 8): the year in ≤ 10 s on the fastest backend, no main-thread task over 50 ms.
// Prints a table and writes bench-results/drift-lab-browser.json. Medians over RUNS runs (env BENCH_RUNS, ≥ 3).
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseBackend, clickUntilRecorded, median, observeLongTasks, waitForApp } from './lib/app.mjs';
import { chromiumArgs } from './lib/chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BASE = new URL(process.argv[2] ?? 'http://localhost:4174/').href;
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'cpu,wasm,webgl').split(',');
const LAB = 'drift-lab';
const RUN_TIMEOUT_MS = 180_000;
const TARGET = { fastestYearMs: 10_000, longTaskMs: 50 };

const round = (x, d = 0) => (Number.isFinite(x) ? Number(x.toFixed(d)) : null);

/** Clicks Run the year and waits for the run it records; returns the run, click → recorded in ms, and the longest task meanwhile. */
const timedYear = (page, button) => clickUntilRecorded(page, button, { lab: LAB, timeoutMs: RUN_TIMEOUT_MS, pollMs: 100 });

async function benchBackend(context, backend) {
  const page = await context.newPage();
  try {
    await chooseBackend(page, BASE, backend);
    await page.goto(`${BASE}#/lesson/mlops/drift?dl.policy=daily`);
    await waitForApp(page);
    const lab = page.getByRole('region', { name: 'Drift lab' });
    const button = lab.getByRole('button', { name: 'Run the year' });
    const cold = await timedYear(page, button);
    const warm = [];
    for (let i = 0; i < RUNS; i++) warm.push(await timedYear(page, button));
    const m = warm[0].run.metrics;
    return {
      backend: warm[0].run.backend,
      sessionsPerDay: warm[0].run.params.sessionsPerDay,
      retrains: m.retrains,
      meanAccuracy: round(m.meanAccuracy, 4),
      cold: { yearMs: round(cold.run.metrics.yearMs), wallMs: round(cold.wallMs), longestTaskMs: cold.longestTaskMs },
      yearMs: round(median(warm.map((w) => w.run.metrics.yearMs))),
      yearRunsMs: warm.map((w) => round(w.run.metrics.yearMs)),
      wallMs: round(median(warm.map((w) => w.wallMs))),
      longestTaskMs: Math.max(...warm.map((w) => w.longestTaskMs)),
      sameNumbers: warm.every((w) => w.run.metrics.meanAccuracy === m.meanAccuracy && w.run.metrics.incidentDays === m.incidentDays),
    };
  } finally {
    await page.close();
  }
}

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs() });
  const context = await browser.newContext();
  await context.addInitScript(observeLongTasks);
  const result = {
    date: new Date().toISOString(),
    url: BASE,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, loadavg: os.loadavg().map((x) => round(x, 2)), chromium: browser.version() },
    runsPerMedian: RUNS,
    target: TARGET,
    backends: {},
    notes: [],
  };
  try {
    for (const backend of BACKENDS) {
      process.stdout.write(`  drift lab year (daily retrain) on ${backend}…\n`);
      try {
        result.backends[backend] = await benchBackend(context, backend);
      } catch (e) {
        result.backends[backend] = { error: String(e.message ?? e) };
        result.notes.push(`${backend} failed: ${String(e.message ?? e).split('\n')[0]}`);
      }
    }
  } finally {
    await browser.close();
  }
  const ok = Object.values(result.backends).filter((b) => !b.error);
  const fastest = ok.length ? Math.min(...ok.map((b) => b.yearMs)) : NaN;
  result.machine.loadavgAfter = os.loadavg().map((x) => round(x, 2));
  result.verdict = {
    fastestBackend: ok.find((b) => b.yearMs === fastest)?.backend ?? null,
    fastestUnder10s: fastest <= TARGET.fastestYearMs,
    noTaskOver50ms: ok.every((b) => b.longestTaskMs <= TARGET.longTaskMs),
    reproducible: ok.every((b) => b.sameNumbers),
  };
  const rows = [['backend', 'year ms (median)', 'year ms (runs)', 'click → run ms', 'cold year / wall ms', 'longest task ms', 'mean accuracy', 'same numbers']];
  for (const [name, b] of Object.entries(result.backends)) {
    if (b.error) rows.push([name, `error: ${b.error.slice(0, 60)}`, '', '', '', '', '', '']);
    else rows.push([b.backend, b.yearMs, b.yearRunsMs.join(' '), b.wallMs, `${b.cold.yearMs} / ${b.cold.wallMs}`, b.longestTaskMs || '< 50', b.meanAccuracy, b.sameNumbers]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const n of result.notes) console.log(`  note: ${n}`);
  console.log(`\n[bench] drift-lab-browser: a year of ${ok[0]?.sessionsPerDay ?? '?'} sessions a day, ${ok[0]?.retrains ?? '?'} retrains; medians of ${RUNS} warm years; load ${result.machine.loadavg.join(' ')} on ${result.machine.cpus} CPUs`);
  console.log(rows.map((r) => r.map((v, c) => String(v).padEnd(widths[c])).join('  ')).join('\n'));
  console.log(`  verdict: ${Object.entries(result.verdict).map(([k, v]) => `${k}=${v}`).join(', ')}`);
  mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench-results/drift-lab-browser.json'), JSON.stringify(result, null, 2) + '\n');
  console.log('  written to bench-results/drift-lab-browser.json');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
