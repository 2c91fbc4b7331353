// Browser benchmark of the Clinician-in-the-loop lab, in headless Chromium against the built app:
//   node bench/browser/clinician.mjs http://localhost:PORT/
//
// Drives the lab as a learner would: the backend is chosen on the Settings page, the model
// is trained with the lab's own "Train on all inputs" button, and results are read from the
// runs store (IndexedDB) the lab writes to. Per backend (cpu, wasm, webgl): a cold run (worker
// start and TF.js load included), then RUNS warm runs: training time in the worker (the run's
// trainMs), click → run recorded (wall), and the longest main-thread task (Long Tasks API).
// Target (issue 7): training under 1 s on the fastest backend, no main-thread task over 50 ms.
// Prints a table and writes bench-results/clinician-browser.json. Medians over RUNS runs (env BENCH_RUNS, ≥ 3).
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseBackend, clickUntilRecorded, median, observeLongTasks, waitForApp } from './lib/app.mjs';
import { chromiumArgs } from './lib/chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BASE = new URL(process.argv[2] ?? 'http://localhost:4174/').href;
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 5));
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'cpu,wasm,webgl').split(',');
const LAB = 'clinician-in-the-loop';
const RUN_TIMEOUT_MS = 120_000;
const TARGET = { fastestTrainMs: 1_000, longTaskMs: 50 };

const round = (x, d = 0) => (Number.isFinite(x) ? Number(x.toFixed(d)) : null);

/** Clicks Train and waits for the run it records; returns the run, click → recorded in ms, and the longest task meanwhile. */
const timedTrain = (page, button) => clickUntilRecorded(page, button, { lab: LAB, timeoutMs: RUN_TIMEOUT_MS });

async function benchBackend(context, backend) {
  const page = await context.newPage();
  try {
    await chooseBackend(page, BASE, backend);
    await page.goto(`${BASE}#/lesson/agile/mayo`);
    await waitForApp(page);
    const lab = page.getByRole('region', { name: 'Clinician-in-the-loop' });
    await lab.getByText('Dataset version').waitFor();
    const train = lab.getByRole('button', { name: 'Train on all inputs' });
    const cold = await timedTrain(page, train);
    const warm = [];
    for (let i = 0; i < RUNS; i++) warm.push(await timedTrain(page, train));
    const p = warm[0].run.params;
    return {
      backend: warm[0].run.backend,
      model: { patients: p.patients, trainRows: Math.round(Number(p.patients) * 0.75), inputs: p.inputs, epochs: p.epochs, batchSize: p.batchSize },
      auc: round(warm[0].run.metrics.auc, 3),
      aucSecond: round(warm[0].run.metrics.aucSecond, 3),
      cold: { trainMs: round(cold.run.metrics.trainMs), wallMs: round(cold.wallMs), longestTaskMs: cold.longestTaskMs },
      trainMs: round(median(warm.map((w) => w.run.metrics.trainMs))),
      trainRunsMs: warm.map((w) => round(w.run.metrics.trainMs)),
      wallMs: round(median(warm.map((w) => w.wallMs))),
      longestTaskMs: Math.max(...warm.map((w) => w.longestTaskMs)),
      sameNumbers: warm.every((w) => w.run.metrics.auc === warm[0].run.metrics.auc && w.run.metrics.brierSecond === warm[0].run.metrics.brierSecond),
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
      process.stdout.write(`  clinician model on ${backend}…\n`);
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
  const fastest = ok.length ? Math.min(...ok.map((b) => b.trainMs)) : NaN;
  result.machine.loadavgAfter = os.loadavg().map((x) => round(x, 2));
  result.verdict = {
    fastestBackend: ok.find((b) => b.trainMs === fastest)?.backend ?? null,
    fastestUnder1s: fastest < TARGET.fastestTrainMs,
    noTaskOver50ms: ok.every((b) => b.longestTaskMs <= TARGET.longTaskMs),
    reproducible: ok.every((b) => b.sameNumbers),
  };

  const rows = [['backend', 'train ms (median)', 'train ms (runs)', 'click → run ms', 'cold train / wall ms', 'longest task ms', 'AUC home / away', 'same numbers']];
  for (const [name, b] of Object.entries(result.backends)) {
    if (b.error) rows.push([name, `error: ${b.error.slice(0, 60)}`, '', '', '', '', '', '']);
    else rows.push([b.backend, b.trainMs, b.trainRunsMs.join(' '), b.wallMs, `${b.cold.trainMs} / ${b.cold.wallMs}`, b.longestTaskMs || '< 50', `${b.auc} / ${b.aucSecond}`, b.sameNumbers]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const n of result.notes) console.log(`  note: ${n}`);
  console.log(`\n[bench] clinician-browser: logistic regression, ${ok[0]?.model.trainRows ?? '?'} training patients × ${ok[0]?.model.inputs ?? '?'} inputs, ${ok[0]?.model.epochs ?? '?'} full-batch epochs; medians of ${RUNS} warm runs; load ${result.machine.loadavg.join(' ')} on ${result.machine.cpus} CPUs`);
  console.log(rows.map((r) => r.map((v, c) => String(v).padEnd(widths[c])).join('  ')).join('\n'));
  console.log(`  verdict: ${Object.entries(result.verdict).map(([k, v]) => `${k}=${v}`).join(', ')}`);
  mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench-results/clinician-browser.json'), JSON.stringify(result, null, 2) + '\n');
  console.log('  written to bench-results/clinician-browser.json');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
