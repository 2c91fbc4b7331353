// Browser benchmark of the training labs, in headless Chromium against the built app:
//   node bench/browser/training.mjs http://localhost:PORT/
//
// Everything runs through the production build as a learner would use it: the backend
// is chosen on the Settings page, the labs are trained with their own "Train …"
// buttons, and results are read from the runs store (IndexedDB) the labs write to.
// The one thing no page offers is a matrix-product peak: for that the script starts
// the built training worker itself and sends it the protocol's `bench-matmul` request.
//
// Per backend (cpu, wasm, webgl) for the Complaint classifier lab's network:
//   - a cold run with the lab's defaults (worker start and TF.js load included), whose
//     holdout accuracy per epoch (the lab's own table) gives the epochs to the target;
//   - RUNS warm runs trained for exactly that many epochs: time to target (click to
//     run recorded, wall clock), training time in the worker, samples/s, GFLOP/s;
//   - a matmul peak on the same backend in the same browser, and achieved / peak;
//   - the longest main-thread task (PerformanceObserver 'longtask') during training.
// Then the tree (same lab) and the Sales forecast lab's linear and boosted fits, which
// are plain TypeScript in workers (backend 'js'). Prints a table and writes
// bench-results/training-browser.json. Medians over RUNS runs (env BENCH_RUNS, ≥ 3).
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseBackend, clickUntilRecorded, median, observeLongTasks, waitForApp } from './lib/app.mjs';
import { chromiumArgs, mainThreadTasks } from './lib/chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BASE = new URL(process.argv[2] ?? 'http://localhost:4174/').href;
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'cpu,wasm,webgl').split(',');
const RUN_TIMEOUT_MS = 240_000;

/** Quality each lab model must reach, and the time and responsiveness budgets (issue 3). */
const TARGETS = {
  network: { metric: 'accuracy', atLeast: 0.85, why: 'holdout accuracy: the tree reaches ~0.80, 10% label noise caps any model near 0.90' },
  tree: { metric: 'accuracy', atLeast: 0.75, why: 'holdout accuracy of the default depth-8 tree (~0.80 on seeds 1-10)' },
  linear: { metric: 'mape', atMost: 5, why: 'holdout MAPE % over the last 26 weeks (~3% on seed 42)' },
  boosting: { metric: 'mape', atMost: 5, why: 'holdout MAPE % over the last 26 weeks (~4% on seed 42)' },
  fastestMs: 2_000,
  anyMs: 5_000,
  longTaskMs: 50,
};

/** The lab network's shape beyond its run record: complaint categories (src/engine/complaints) and holdout share (treeProtocol). */
const COMPLAINT_CLASSES = 5;
const HOLDOUT_FRACTION = 0.2;
/** Matrix size of the peak measurement per backend: large enough to saturate it, small enough for the pure-JS cpu kernels. */
const MATMUL_N = { cpu: 512, wasm: 1024, webgl: 1024 };

const round = (x, d = 1) => (Number.isFinite(x) ? Number(x.toFixed(d)) : null);

/**
 * Clicks a Train button and waits for the run it records. The click is dispatched in
 * the page right after reading the clock, so the wall time runs from the click to the
 * run's createdAt (the lab records it once the model is trained and scored). Returns
 * the run, that time, and the longest main-thread task in between.
 */
async function timedTrain(page, button, lab, model, { trace = false } = {}) {
  const browser = page.context().browser();
  let traced = null;
  const around = trace
    ? async (wait) => {
        await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
        const got = await wait();
        traced = mainThreadTasks(JSON.parse((await browser.stopTracing()).toString()).traceEvents);
        return got;
      }
    : null;
  const timed = await clickUntilRecorded(page, button, { lab, matches: (r) => r.model === model, timeoutMs: RUN_TIMEOUT_MS, around });
  const cpu = traced ? { longestTaskCpuMs: round(Math.max(0, ...traced.map((t) => t.cpuMs)), 1), longestTaskTracedWallMs: round(Math.max(0, ...traced.map((t) => t.wallMs)), 1) } : {};
  return { ...timed, ...cpu };
}

/** The lab's own per-epoch holdout accuracy table (its chart's table alternative), as fractions. */
async function holdoutByEpoch(lab) {
  const figure = lab.locator('figure').filter({ hasText: 'Accuracy while the network learns' });
  await figure.getByRole('button', { name: 'Show as table' }).click();
  const rows = await figure.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  await figure.getByRole('button', { name: 'Show as chart' }).click(); // back to what a learner sees while training
  return rows.map((cells) => Number.parseFloat(cells[2]) / 100);
}

/** Multiply-accumulates of one sample through vocabulary → hidden… → classes. */
function macs(widths) {
  let n = 0;
  for (let i = 1; i < widths.length; i++) n += widths[i - 1] * widths[i];
  return n;
}

/** Starts the built training worker in the page and times n×n products on `backend` (the protocol's bench-matmul). */
async function matmulPeak(page, workerUrl, backend) {
  return page.evaluate(
    async ({ url, backend, n }) => {
      const worker = new Worker(url, { type: 'module' });
      let id = 0;
      const ask = (message) =>
        new Promise((resolve, reject) => {
          const mine = ++id;
          worker.onerror = (e) => reject(new Error(e.message || 'worker failed'));
          worker.onmessage = ({ data }) => {
            if (data.id !== mine || data.type === 'progress') return;
            if (data.type === 'error') reject(new Error(data.message));
            else resolve(data);
          };
          worker.postMessage({ ...message, id: mine });
        });
      try {
        const ready = await ask({ type: 'init', backend });
        const done = await ask({ type: 'bench-matmul', n, repeats: 5 });
        return { renderer: ready.renderer, ...done.result };
      } finally {
        worker.terminate();
      }
    },
    { url: workerUrl, backend, n: MATMUL_N[backend] ?? 512 },
  );
}

/** The built training worker's URL: seen on the network while a lab trained, else found in dist/. */
function trainingWorkerUrl(seen) {
  if (seen) return seen;
  const assets = path.join(ROOT, 'dist', 'assets');
  const file = existsSync(assets) ? readdirSync(assets).find((f) => /^training\.worker-.*\.js$/.test(f)) : null;
  return file ? new URL(`assets/${file}`, BASE).href : null;
}

async function benchNetwork(context, backend, seenWorker) {
  const page = await context.newPage();
  try {
    await chooseBackend(page, BASE, backend);
    await page.goto(`${BASE}#/lesson/simplicity/complaint-lab`);
    await waitForApp(page);
    const lab = page.getByRole('region', { name: 'Complaint classifier lab' });
    const train = lab.getByRole('button', { name: 'Train neural network' });

    const cold = await timedTrain(page, train, 'complaint-classifier-lab', 'neural-network');
    const curve = await holdoutByEpoch(lab);
    const reachedAt = curve.findIndex((acc) => acc >= TARGETS.network.atLeast);
    const epochs = reachedAt >= 0 ? reachedAt + 1 : Number(cold.run.params.epochs);
    if (epochs !== Number(cold.run.params.epochs)) {
      const field = lab.getByRole('spinbutton', { name: 'Epochs', exact: true });
      await field.fill(String(epochs));
      await field.press('Enter');
      await page.waitForFunction((k) => location.hash.includes(`cc.epochs=${k}`), epochs);
    }
    const warm = [];
    for (let i = 0; i < RUNS; i++) warm.push(await timedTrain(page, train, 'complaint-classifier-lab', 'neural-network'));
    // One more run under a Chromium trace, for the CPU time of the main thread's tasks (tracing slows things, so it is not timed).
    const traced = await timedTrain(page, train, 'complaint-classifier-lab', 'neural-network', { trace: true });

    const p = warm[0].run.params;
    const hidden = String(p.hidden).split('-').map(Number);
    const trainRows = Math.round(Number(p.size) * (1 - HOLDOUT_FRACTION));
    const holdoutRows = Number(p.size) - trainRows;
    const perSampleMacs = macs([Number(p.vocabulary), ...hidden, COMPLAINT_CLASSES]);
    // Training: forward + two backward products ≈ 3 × 2 FLOPs per MAC per sample; the per-epoch holdout score is one forward pass.
    const flops = Number(p.epochs) * (6 * perSampleMacs * trainRows + 2 * perSampleMacs * holdoutRows);
    const trainMs = median(warm.map((w) => w.run.metrics.trainMs));
    const peak = await matmulPeak(page, trainingWorkerUrl(seenWorker()), backend).catch((e) => ({ error: String(e.message ?? e) }));
    const gflops = flops / (trainMs * 1e6);
    return {
      backend: warm[0].run.backend,
      renderer: peak.renderer ?? null,
      model: { vocabulary: Number(p.vocabulary), hidden, classes: COMPLAINT_CLASSES, trainRows, holdoutRows, batchSize: Number(p.batchSize), macsPerSample: perSampleMacs },
      holdoutByEpoch: curve.map((a) => round(a, 3)),
      epochsToTarget: reachedAt >= 0 ? epochs : null,
      reached: reachedAt >= 0,
      accuracy: round(median(warm.map((w) => w.run.metrics.accuracy)), 3),
      cold: { epochs: Number(cold.run.params.epochs), wallMs: Math.round(cold.wallMs), trainMs: Math.round(cold.run.metrics.trainMs), accuracy: round(cold.run.metrics.accuracy, 3), longestTaskMs: cold.longestTaskMs },
      toTargetMs: Math.round(median(warm.map((w) => w.wallMs))),
      toTargetRunsMs: warm.map((w) => Math.round(w.wallMs)),
      trainMs: Math.round(trainMs),
      samplesPerS: Math.round((trainRows * Number(p.epochs) * 1000) / trainMs),
      gflops: round(gflops, 3),
      matmul: peak.error ? { error: peak.error } : { n: peak.n, gflops: round(peak.gflops, 2), ms: peak.ms.map((m) => round(m, 1)) },
      percentOfPeak: peak.gflops ? round((100 * gflops) / peak.gflops, 1) : null,
      longestTaskMs: Math.max(...warm.map((w) => w.longestTaskMs ?? 0)),
      longestTaskCpuMs: traced.longestTaskCpuMs,
    };
  } finally {
    await page.close();
  }
}

/** RUNS + 1 fits of one JS model through its lab's Train button (the first, cold, is reported apart). */
async function benchJsModel(page, lab, button, labId, model, metric) {
  const all = [];
  for (let i = 0; i <= RUNS; i++) all.push(await timedTrain(page, lab.getByRole('button', { name: button }), labId, model));
  const [cold, ...warm] = all;
  const traced = await timedTrain(page, lab.getByRole('button', { name: button }), labId, model, { trace: true });
  return {
    backend: cold.run.backend,
    [metric]: round(median(warm.map((w) => w.run.metrics[metric])), 3),
    cold: { wallMs: Math.round(cold.wallMs), longestTaskMs: cold.longestTaskMs },
    toTargetMs: Math.round(median(warm.map((w) => w.wallMs))),
    toTargetRunsMs: warm.map((w) => Math.round(w.wallMs)),
    trainMs: round(median(warm.map((w) => w.run.metrics.trainMs)), 1),
    longestTaskMs: Math.max(...warm.map((w) => w.longestTaskMs ?? 0)),
    longestTaskCpuMs: traced.longestTaskCpuMs,
  };
}

/** Runs one benchmark section in a fresh page; a failure becomes a note instead of ending the benchmark. */
async function withPage(context, notes, what, fn) {
  const page = await context.newPage();
  try {
    await fn(page);
  } catch (e) {
    notes.push(`${what} failed: ${String(e.message ?? e).split('\n')[0]}`);
  } finally {
    await page.close();
  }
}

function pad(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((v, c) => String(v).padEnd(widths[c])).join('  ')).join('\n');
}

async function main() {
  const notes = [];
  const hasComplaintLab = existsSync(path.join(ROOT, 'src/sims/complaint-classifier-lab'));
  const hasSalesLab = existsSync(path.join(ROOT, 'src/sims/sales-forecast-lab'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs() });
  const context = await browser.newContext();
  await context.addInitScript(observeLongTasks);
  let seenWorker = null;
  context.on('request', (r) => {
    if (/\/training\.worker[^/]*\.js/.test(r.url())) seenWorker = r.url();
  });
  const loadBefore = os.loadavg();
  const result = {
    date: new Date().toISOString(),
    url: BASE,
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, loadavg: loadBefore.map((x) => round(x, 2)), chromium: browser.version() },
    runsPerMedian: RUNS,
    targets: TARGETS,
    network: {},
    js: {},
    notes,
  };

  try {
    if (hasComplaintLab) {
      for (const backend of BACKENDS) {
        process.stdout.write(`  network on ${backend}…\n`);
        try {
          result.network[backend] = await benchNetwork(context, backend, () => seenWorker);
        } catch (e) {
          result.network[backend] = { error: String(e.message ?? e) };
          notes.push(`network on ${backend} failed: ${String(e.message ?? e).split('\n')[0]}`);
        }
      }
      process.stdout.write('  decision tree…\n');
      await withPage(context, notes, 'decision tree', async (page) => {
        await page.goto(`${BASE}#/lesson/simplicity/complaint-lab`);
        await waitForApp(page);
        const lab = page.getByRole('region', { name: 'Complaint classifier lab' });
        result.js.tree = await benchJsModel(page, lab, 'Train decision tree', 'complaint-classifier-lab', 'decision-tree', 'accuracy');
      });
    } else {
      notes.push('src/sims/complaint-classifier-lab is not in this checkout: the network and tree benchmarks were skipped.');
    }

    if (hasSalesLab) {
      process.stdout.write('  linear regression and gradient boosting…\n');
      await withPage(context, notes, 'sales forecast fits', async (page) => {
        await page.goto(`${BASE}#/lesson/simplicity/forecast-lab`);
        await waitForApp(page);
        const lab = page.getByRole('region', { name: 'Sales forecast lab' });
        result.js.linear = await benchJsModel(page, lab, 'Train linear regression', 'sales-forecast-lab', 'linear-regression', 'mape');
        result.js.boosting = await benchJsModel(page, lab, 'Train gradient-boosted trees', 'sales-forecast-lab', 'gradient-boosting', 'mape');
      });
    } else {
      notes.push('src/sims/sales-forecast-lab is not in this checkout: the linear and boosting benchmarks were skipped.');
    }
  } finally {
    await browser.close();
  }
  result.machine.loadavgAfter = os.loadavg().map((x) => round(x, 2));
  result.verdicts = verdicts(result);

  for (const n of notes) console.log(`  note: ${n}`);
  console.log(report(result));
  mkdirSync(path.join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'bench-results/training-browser.json'), JSON.stringify(result, null, 2) + '\n');
  console.log('  written to bench-results/training-browser.json');
}

/** Checks the targets: quality reached, ≤ 2 s on the fastest backend, ≤ 5 s on any, no main-thread task over 50 ms. */
function verdicts(r) {
  const out = {};
  const nets = Object.values(r.network).filter((n) => !n.error);
  if (nets.length) {
    const fastest = Math.min(...nets.map((n) => n.toTargetMs));
    out.network = {
      reachedTarget: nets.every((n) => n.reached),
      fastestBackend: nets.find((n) => n.toTargetMs === fastest)?.backend,
      fastestWithin2s: fastest <= TARGETS.fastestMs,
      everyBackendWithin5s: nets.every((n) => n.toTargetMs <= TARGETS.anyMs),
      over5s: nets.filter((n) => n.toTargetMs > TARGETS.anyMs).map((n) => `${n.backend} ${n.toTargetMs} ms`),
      noTaskOver50ms: nets.every((n) => (n.longestTaskMs ?? 0) <= TARGETS.longTaskMs),
      noTaskOver50msCpu: nets.every((n) => (n.longestTaskCpuMs ?? Infinity) <= TARGETS.longTaskMs),
    };
  }
  for (const [name, m] of Object.entries(r.js)) {
    const t = TARGETS[name];
    const value = m[t.metric];
    out[name] = {
      reachedTarget: t.atLeast !== undefined ? value >= t.atLeast : value <= t.atMost,
      within2s: m.toTargetMs <= TARGETS.fastestMs,
      noTaskOver50ms: (m.longestTaskMs ?? 0) <= TARGETS.longTaskMs,
      noTaskOver50msCpu: (m.longestTaskCpuMs ?? Infinity) <= TARGETS.longTaskMs,
    };
  }
  return out;
}

function report(r) {
  const task = (m) => `${m.longestTaskMs ? m.longestTaskMs : '< 50'} / ${m.longestTaskCpuMs ?? '?'}`;
  const rows = [['lab model', 'backend', 'quality (target)', 'epochs', 'to target ms', 'train ms', 'samples/s', 'GFLOP/s', 'matmul GFLOP/s', '% peak', 'cold ms', 'longest task ms (wall / CPU)']];
  for (const [backend, n] of Object.entries(r.network)) {
    if (n.error) {
      rows.push(['complaint network', backend, `error: ${n.error.slice(0, 60)}`, '', '', '', '', '', '', '', '', '']);
      continue;
    }
    rows.push([
      'complaint network',
      n.renderer && /swiftshader/i.test(n.renderer) ? `${n.backend} (SwiftShader)` : n.backend,
      `acc ${n.accuracy} (≥ ${TARGETS.network.atLeast})${n.reached ? '' : ' NOT REACHED'}`,
      n.epochsToTarget ?? n.cold.epochs,
      n.toTargetMs,
      n.trainMs,
      n.samplesPerS,
      n.gflops,
      n.matmul.gflops ? `${n.matmul.gflops} (n=${n.matmul.n})` : 'error',
      n.percentOfPeak ?? '',
      n.cold.wallMs,
      task(n),
    ]);
  }
  const labels = { tree: 'complaint tree', linear: 'sales linear', boosting: 'sales boosting' };
  for (const [name, m] of Object.entries(r.js)) {
    const t = TARGETS[name];
    const quality = t.metric === 'mape' ? `MAPE ${m.mape}% (≤ ${t.atMost}%)` : `acc ${m.accuracy} (≥ ${t.atLeast})`;
    rows.push([labels[name], m.backend, quality, '', m.toTargetMs, m.trainMs, '', '', '', '', m.cold.wallMs, task(m)]);
  }
  const v = r.verdicts;
  const lines = [
    '',
    `[bench] training-browser: medians of ${r.runsPerMedian} warm runs; "to target" is click → run recorded; load average ${r.machine.loadavg.join(' ')} → ${r.machine.loadavgAfter.join(' ')} on ${r.machine.cpus} CPUs`,
    '  longest task: wall clock from the Long Tasks API over the timed runs (only tasks ≥ 50 ms are reported) / CPU time from a Chromium trace of one more run',
    pad(rows),
    '',
    ...Object.entries(v).map(([k, x]) => `  ${k}: ${Object.entries(x).map(([a, b]) => `${a}=${Array.isArray(b) ? `[${b.join(', ')}]` : b}`).join(', ')}`),
  ];
  return lines.join('\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
