// Browser benchmark of the Drift report, in headless Chromium against the built app:
//   node bench/browser/drift-report.mjs http://localhost:PORT/
//
// Generates two CSV files of 10⁶ rows × 10 columns (6 decimals, 2 small integers, 2 categories;
// ~46 MB each, under the 50 MB limit) with a seeded generator, writes them to a temporary folder
// (never committed), and loads them into the tool on #/tools as a learner would, through its
// "Reference data" and "Current data" inputs. Measures, per run, the wall time from the first file
// input's change event to the report table showing all 10 columns (file reading, CSV parsing,
// sorting and every test included), and the longest main-thread task in that window
// (PerformanceObserver 'longtask'; none means no task over 50 ms). Prints the medians and writes
// bench-results/drift-report-browser.json. Runs: env BENCH_RUNS (default 3).
import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { driftCsv } from '../data/driftCsv.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BASE = new URL(process.argv[2] ?? 'http://localhost:4174/').href;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const ROWS = 1_000_000;
const TARGET_MS = 3000;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Launch arguments: the ones playwright.config.ts exports as `chromiumArgs`, read from its source. */
function chromiumArgs() {
  const src = readFileSync(path.join(ROOT, 'playwright.config.ts'), 'utf8');
  const list = /chromiumArgs\s*=\s*\[([\s\S]*?)\]/.exec(src)?.[1] ?? '';
  return [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

function observe() {
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.__firstChange = null;
  document.addEventListener('change', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.type === 'file' && window.__firstChange === null) window.__firstChange = performance.now();
  }, true);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'drift-bench-'));
const files = { reference: path.join(dir, 'reference.csv'), current: path.join(dir, 'current.csv') };
writeFileSync(files.reference, driftCsv(ROWS, 1, 0));
writeFileSync(files.current, driftCsv(ROWS, 2, 0.1));
const sizes = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, +(readFileSync(f).length / 1e6).toFixed(1)]));

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs() });
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(observe);
    await page.goto(`${BASE}#/tools`);
    const region = page.getByRole('region', { name: 'Drift report' });
    await region.getByLabel('Reference data').waitFor();
    await Promise.all([region.getByLabel('Reference data').setInputFiles(files.reference), region.getByLabel('Current data').setInputFiles(files.current)]);
    const parsedAt = await page.waitForFunction(
      () => (document.querySelectorAll('[data-interactive="drift-report"] .loaded').length === 2 ? performance.now() : null),
      null,
      { timeout: 120_000, polling: 'raf' },
    );
    const parsed = await parsedAt.jsonValue();
    const doneAt = await page.waitForFunction(
      () => {
        const rows = document.querySelectorAll('[data-interactive="drift-report"] table tbody tr');
        return rows.length === 10 && !document.querySelector('[data-interactive="drift-report"] progress') ? performance.now() : null;
      },
      null,
      { timeout: 120_000, polling: 'raf' },
    );
    const end = await doneAt.jsonValue();
    const { start, longest, cells } = await page.evaluate((endAt) => ({
      start: window.__firstChange,
      longest: Math.max(0, ...window.__longtasks.filter((t) => t.start + t.duration >= window.__firstChange && t.start <= endAt).map((t) => t.duration)),
      cells: [...document.querySelectorAll('[data-interactive="drift-report"] table tbody tr')].map((r) => r.innerText.split('\t')[0]),
    }), end);
    runs.push({ wallMs: Math.round(end - start), bothFilesReadMs: Math.round(parsed - start), longestMainThreadTaskMs: Math.round(longest), columns: cells.length });
    console.log(`run ${i + 1}: ${Math.round(end - start)} ms (both files read after ${Math.round(parsed - start)} ms), longest main-thread task ${Math.round(longest)} ms`);
    await context.close();
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}

const result = {
  what: 'Drift report on two generated 10⁶-row × 10-column CSV files, from file choice to the full table (parse and tests included), in headless Chromium',
  fileMegabytes: sizes,
  runs,
  medianWallMs: median(runs.map((r) => r.wallMs)),
  medianBothFilesReadMs: median(runs.map((r) => r.bothFilesReadMs)),
  medianLongestMainThreadTaskMs: median(runs.map((r) => r.longestMainThreadTaskMs)),
  targetMs: TARGET_MS,
  cores: os.cpus().length,
  loadAverage: os.loadavg().map((x) => +x.toFixed(2)),
};
mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(path.join(ROOT, 'bench-results', 'drift-report-browser.json'), JSON.stringify(result, null, 2) + '\n');
console.log(`drift report: median ${result.medianWallMs} ms (target ≤ ${TARGET_MS} ms), longest main-thread task median ${result.medianLongestMainThreadTaskMs} ms`);
