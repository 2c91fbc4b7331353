// Browser benchmark of main-thread responsiveness, in headless Chromium against the built app:
//   node bench/browser/main-thread.mjs http://localhost:PORT/
//
// The e2e tests only check that no main-thread task comes near freezing the tab (500 ms
// of CPU, tests/e2e/support/trace.ts). The 50 ms target the labs aim for is measured
// here, with the heaviest scenarios a link can ask for: the longest main-thread task in
// CPU and wall time (from a Chromium trace), the tasks over 50 ms of CPU, and for the
// Peeking trap how much CPU its worker used against the main thread's longest task.
// Medians over RUNS runs (env BENCH_RUNS, ≥ 3). Prints a table and writes
// bench-results/main-thread.json. Asserts nothing.
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, TRACE_CATEGORIES, chromiumArgs, mainThreadTasks, workerTasks } from './lib/chromium.mjs';

const BASE = new URL(process.argv[2] ?? 'http://localhost:4174/').href;
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const TARGET_MS = 50;

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x) => (Number.isFinite(x) ? Number(x.toFixed(1)) : null);

async function waitForApp(page) {
  await page.locator('main#main').waitFor();
  await page.waitForFunction(() => document.documentElement.dataset.storage === 'ready');
}

/** Each scenario loads its page: in `setup` (not measured) or in `run` (page load measured too). */
const SCENARIOS = [
  {
    name: 'Role sorter, hostile link (page load included)',
    async run(page) {
      await page.goto(`${BASE}#/lesson/roles/sorter?rs.seed=1e99&rs.evil=%3Cscript%3E&rs.__proto__=1`);
      await waitForApp(page);
      await page.locator('.deck-card').first().waitFor();
    },
  },
  {
    name: 'Sales forecast lab, hostile link (page load included)',
    async run(page) {
      await page.goto(`${BASE}#/lesson/simplicity/forecast-lab?sf.years=1e9&sf.seed=-4`);
      await waitForApp(page);
      await page.getByRole('region', { name: 'Sales forecast lab' }).locator('.notices').waitFor();
    },
  },
  {
    name: 'A/B test lab, 1,000,000 visitors x 60 days, run to the end',
    async setup(page) {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`${BASE}#/lesson/experiments/ab-lab?ab.visitors=1000000000&ab.days=99999`);
      await waitForApp(page);
    },
    async run(page) {
      const lab = page.getByRole('region', { name: 'A/B test lab' });
      await lab.getByRole('button', { name: 'Run experiment' }).click();
      await lab.getByRole('heading', { name: 'Result after 60 days' }).waitFor();
    },
  },
  {
    name: 'Peeking trap at its largest bounds (2,000 experiments x 60 looks x 100,000 visitors)',
    async setup(page) {
      await page.goto(`${BASE}#/lesson/experiments/peeking?pk.experiments=2000&pk.looks=60&pk.visitors=100000`);
      await waitForApp(page);
    },
    async run(page) {
      const trap = page.getByRole('region', { name: 'Peeking trap' });
      await trap.getByRole('button', { name: 'Run the A/A tests' }).click();
      await trap.getByRole('heading', { name: 'False-positive rate after 60 looks' }).waitFor({ timeout: 120_000 });
    },
  },
];

async function measure(browser, scenario) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    if (scenario.setup) await scenario.setup(page);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await scenario.run(page);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const main = mainThreadTasks(events);
    const workers = workerTasks(events);
    return {
      longestCpuMs: Math.max(0, ...main.map((t) => t.cpuMs)),
      longestWallMs: Math.max(0, ...main.map((t) => t.wallMs)),
      overTargetCpu: main.filter((t) => t.cpuMs > TARGET_MS).length,
      workerCpuMs: workers.reduce((sum, t) => sum + t.cpuMs, 0),
    };
  } finally {
    await context.close();
  }
}

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs() });
  const rows = [];
  try {
    for (const scenario of SCENARIOS) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, scenario));
      rows.push({
        scenario: scenario.name,
        'longest main-thread task, CPU ms (median)': round(median(runs.map((r) => r.longestCpuMs))),
        'longest main-thread task, wall ms (median)': round(median(runs.map((r) => r.longestWallMs))),
        [`main-thread tasks over ${TARGET_MS} ms of CPU (median)`]: median(runs.map((r) => r.overTargetCpu)),
        'worker CPU ms, all tasks (median)': round(median(runs.map((r) => r.workerCpuMs))),
      });
    }
  } finally {
    await browser.close();
  }
  console.table(rows);
  const result = { date: new Date().toISOString(), runs: RUNS, cpus: os.cpus().length, loadavg: os.loadavg().map((x) => round(x)), targetMs: TARGET_MS, rows };
  mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench-results/main-thread.json'), JSON.stringify(result, null, 2) + '\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
