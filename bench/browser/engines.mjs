// Cross-engine benchmark of the Complaint classifier lab's network, through the built app:
//   node bench/browser/engines.mjs http://localhost:PORT/
//
// For each engine (Chromium, Firefox ESR, WebKitGTK; drivers in tests/engines/support) and
// each backend the engine offers (the Settings page's calibration says which), the backend is
// chosen on the Settings page as a learner would, the network is trained RUNS times with the
// lab's defaults ("Train neural network"), and each run is read back from the runs store:
// wall time from click to the run being recorded, training time inside the worker, and holdout
// accuracy against the lab's 0.85 target. The first run per engine (TF.js load, worker start)
// is reported apart as the cold run. Prints medians and writes bench-results/engines.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchEngine } from '../../tests/engines/support/drivers.mjs';
import { inPage } from '../../tests/engines/support/page.mjs';

const BASE = new URL(process.argv[2] ?? 'http://localhost:4174/').href;
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const ENGINES = (process.env.BENCH_ENGINES ?? 'chromium,firefox,webkit').split(',');
const TARGET_ACCURACY = 0.85;
const LAB = 'complaint-classifier-lab';
const LAB_NAME = 'Complaint classifier lab';
const SECTION = '#/lesson/simplicity/complaint-lab';

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Trains once and returns { wallMs, trainMs, accuracy, backend } from the recorded run. */
async function trainOnce(d) {
  const before = (await d.evaluate(inPage, 'runs', LAB)).length;
  const t0 = performance.now();
  await d.evaluate(inPage, 'step', { lab: LAB_NAME, click: 'Train neural network', timeoutMs: 300_000 });
  await d.evaluate(inPage, 'wait-runs', { lab: LAB, count: before + 1, timeoutMs: 300_000 });
  const wallMs = performance.now() - t0;
  const run = (await d.evaluate(inPage, 'runs', LAB)).at(-1);
  return { wallMs, trainMs: run.metrics.trainMs ?? run.durationMs, accuracy: run.metrics.accuracy, backend: run.backend };
}

const rows = [];
for (const engine of ENGINES) {
  let d;
  try {
    d = await launchEngine(engine);
    await d.goto(BASE);
    await d.evaluate(inPage, 'ready', null);
    // A first automatic run calibrates; its table says which backends this engine has.
    await d.evaluate(inPage, 'go', SECTION);
    const cold = await trainOnce(d);
    await d.evaluate(inPage, 'go', '#/settings');
    const calibration = await d.evaluate(inPage, 'table-rows', '[data-testid="calibration"]');
    const available = { 'WebGL (graphics card)': 'webgl', WebAssembly: 'wasm', 'CPU (plain JavaScript)': 'cpu' };
    const backends = calibration.filter((r) => r[1] !== '–' && !/software/.test(r[2])).map((r) => available[r[0]]).filter(Boolean);
    for (const backend of backends) {
      await d.evaluate(inPage, 'go', '#/settings');
      await d.evaluate(inPage, 'select', { label: 'Training backend', value: backend });
      await d.evaluate(inPage, 'go', SECTION);
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await trainOnce(d));
      rows.push({
        engine,
        version: d.version,
        backend,
        automatic: cold.backend === backend,
        coldWallMs: cold.backend === backend ? Math.round(cold.wallMs) : null,
        wallMs: Math.round(median(runs.map((r) => r.wallMs))),
        trainMs: Math.round(median(runs.map((r) => r.trainMs))),
        accuracy: median(runs.map((r) => r.accuracy)),
        reachesTarget: runs.every((r) => r.accuracy >= TARGET_ACCURACY),
      });
    }
    const unavailable = calibration.filter((r) => r[1] === '–' || /software/.test(r[2])).map((r) => `${r[0]}: ${r[2]}`);
    if (unavailable.length) rows.push({ engine, version: d.version, note: unavailable.join('; ') });
  } catch (error) {
    rows.push({ engine, note: `failed: ${error instanceof Error ? error.message : String(error)}` });
  } finally {
    await d?.close().catch(() => {});
  }
}

console.log(`Complaint network to its ${TARGET_ACCURACY} holdout target, per engine and backend (median of ${RUNS} warm runs)`);
console.log('| Engine | Backend | Auto | Click to recorded run | Training in worker | Holdout accuracy | Cold first run |');
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  if (r.note) console.log(`| ${r.engine} ${r.version ?? ''} | ${r.note} | | | | | |`);
  else console.log(`| ${r.engine} ${r.version} | ${r.backend} | ${r.automatic ? 'yes' : ''} | ${r.wallMs} ms | ${r.trainMs} ms | ${r.accuracy.toFixed(3)}${r.reachesTarget ? '' : ' (below target)'} | ${r.coldWallMs ?? ''}${r.coldWallMs ? ' ms' : ''} |`);
}
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/engines.json', JSON.stringify({ runs: RUNS, target: TARGET_ACCURACY, rows }, null, 2));
