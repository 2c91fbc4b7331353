// Browser benchmark of the model registry on real IndexedDB, in headless Chromium against the
// built app:   node bench/browser/registry.mjs http://localhost:PORT/
//
// Seeds the app's database (schema 2) with 1,000 runs and 50 saved networks of realistic size
// (bench/data/registryState.mjs; 53,652 bytes of weights each), opens #/runs and measures:
//  - list: what the registry reads to list itself (RegistryState.load → listModels + listRuns:
//    every model record, which holds no weights, and every run), in one readonly transaction,
//    from the request to the records in hand, sorted newest first;
//  - sort: choosing each "Sort by" option in the registry, from the change event to the
//    reordered list in the DOM (a MutationObserver sees Svelte's single flush);
//  - filter: choosing a stage and typing a name filter, likewise;
//  - for comparison, reading every model's artifacts (what listing would cost if the weights
//    were still stored in the model records, as in schema 1).
// Prints the medians and writes bench-results/registry-browser.json. Runs: env BENCH_RUNS (default 15).
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedRegistryState } from '../data/registryState.mjs';
import { median, waitForApp } from './lib/app.mjs';
import { chromiumArgs, ROOT } from './lib/chromium.mjs';

const BASE = new URL(process.argv[2] ?? 'http://localhost:4174/').href;
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 15));
const TARGET_MS = 100;

/** In the page: reads what the registry lists, `times` times; ms per read. */
function timeReads({ times, stores }) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('ml-that-works');
    open.onerror = () => reject(open.error);
    open.onsuccess = async () => {
      const db = open.result;
      const read = () =>
        new Promise((done, fail) => {
          const tx = db.transaction(stores, 'readonly');
          const results = stores.map((name) => {
            const request = tx.objectStore(name).getAll();
            return new Promise((ok) => (request.onsuccess = () => ok(request.result)));
          });
          tx.onerror = () => fail(tx.error);
          Promise.all(results).then((lists) => {
            lists[0].sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
            done(lists.map((l) => l.length));
          });
        });
      const ms = [];
      let counts = null;
      for (let i = 0; i < times; i++) {
        const t0 = performance.now();
        counts = await read();
        ms.push(performance.now() - t0);
      }
      db.close();
      resolve({ ms, counts });
    };
  });
}

/** In the page: sets a control of the registry and times the change event to the list's DOM update. */
function timeControl({ label, value }) {
  const region = [...document.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent === 'Saved models');
  const control = [...region.querySelectorAll('label')].find((l) => l.querySelector('span')?.textContent === label)?.querySelector('select, input');
  const list = region.querySelector('ul.models') ?? region;
  return new Promise((resolve) => {
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      const ms = performance.now() - t0;
      observer.disconnect();
      const names = [...region.querySelectorAll('article h3')].map((h) => h.textContent);
      resolve({ ms, shown: names.length, first: names[0] });
    });
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    control.value = value;
    control.dispatchEvent(new Event(control.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
    void list;
  });
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs() });
let result;
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}#/settings`);
  await waitForApp(page);
  const seeded = await page.evaluate(seedRegistryState, { runs: 1000, models: 50 });
  await page.goto(`${BASE}#/runs`);
  await page.reload();
  await waitForApp(page);
  await page.getByText('50 of 50 models shown.').waitFor({ timeout: 30_000 });

  const list = await page.evaluate(timeReads, { times: RUNS, stores: ['models', 'runs'] });
  const withWeights = await page.evaluate(timeReads, { times: Math.min(RUNS, 5), stores: ['models', 'modelArtifacts', 'runs'] });

  const steps = [
    { what: 'sort by name', label: 'Sort by', value: 'name' },
    { what: 'sort by stage', label: 'Sort by', value: 'stage' },
    { what: 'sort by macro-F1', label: 'Sort by', value: 'metric' },
    { what: 'sort newest first', label: 'Sort by', value: 'createdAt' },
    { what: 'filter stage Staging', label: 'Show stage', value: 'staging' },
    { what: 'filter all stages', label: 'Show stage', value: '' },
    { what: 'filter name "no. 1"', label: 'Name contains', value: 'no. 1' },
    { what: 'clear name filter', label: 'Name contains', value: '' },
  ];
  const sortMs = [];
  const filterMs = [];
  const checks = {};
  for (let i = 0; i < RUNS; i++) {
    for (const step of steps) {
      const r = await page.evaluate(timeControl, step);
      (step.label === 'Sort by' ? sortMs : filterMs).push(r.ms);
      checks[step.what] = { shown: r.shown, first: r.first };
    }
  }
  await context.close();

  const medianList = median(list.ms);
  const medianSort = median(sortMs);
  const medianFilter = median(filterMs);
  result = {
    what: 'Model registry with 1,000 runs and 50 saved networks on real IndexedDB in headless Chromium: list (read), sort and filter (change event to DOM)',
    seeded,
    listed: { models: list.counts[0], runs: list.counts[1] },
    checks,
    medianListMs: +medianList.toFixed(1),
    medianSortMs: +medianSort.toFixed(1),
    medianFilterMs: +medianFilter.toFixed(1),
    medianListSortFilterMs: +(medianList + medianSort + medianFilter).toFixed(1),
    comparisonMedianListWithWeightsMs: +median(withWeights.ms).toFixed(1),
    targetMs: TARGET_MS,
    samples: RUNS,
    cores: os.cpus().length,
    loadAverage: os.loadavg().map((x) => +x.toFixed(2)),
  };
} finally {
  await browser.close();
}
mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(path.join(ROOT, 'bench-results', 'registry-browser.json'), JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result.checks));
console.log(
  `registry (1,000 runs, 50 models): list median ${result.medianListMs} ms, sort ${result.medianSortMs} ms, filter ${result.medianFilterMs} ms; ` +
    `list+sort+filter ${result.medianListSortFilterMs} ms (target ≤ ${TARGET_MS} ms each); listing with weights would take ${result.comparisonMedianListWithWeightsMs} ms`,
);
