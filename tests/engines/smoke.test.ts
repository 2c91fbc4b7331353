/**
 * Cross-engine smoke suite: the production build in Firefox ESR and WebKitGTK, driven by
 * the drivers in support/drivers.mjs (Playwright keeps the full Chromium suite). Per engine,
 * in one browser: every route renders; every landed lab runs to a result; progress survives
 * a reload; the automatic backend choice and its measured times are reported; after a first
 * visit the app works with the server gone. Then the numbers of the plain-TypeScript labs and
 * of the complaint network on the wasm backend are compared across engines, Chromium included.
 * What each engine chose and measured goes to reports/engines-report.json for the closing note.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { simLoaders } from '../../src/content/interactives';
import { INTERACTIVE_NAMES, type InteractiveId } from '../../src/content/interactiveIds';
import { messages } from '../../src/messages/app';
import { backendSettingMessages } from '../../src/messages/complaint-classifier-lab';
import { launchEngine, freePort, type EngineDriver } from './support/drivers.mjs';
import { inPage } from './support/page.mjs';
import { startSmokeServer } from './support/server.mjs';
import { DETERMINISTIC_LABS, LAB_RECIPES, interactivePlaces, type Step } from './labs';

const ROOT = resolve(import.meta.dirname, '../..');
const ENGINES = (process.env.SMOKE_ENGINES ?? 'firefox,webkit').split(',').filter(Boolean) as ('firefox' | 'webkit')[];
const LANDED = Object.keys(simLoaders) as InteractiveId[];
const PLACES = interactivePlaces(ROOT);
const LESSONS = [...new Set([...PLACES.values()].map((p) => p.slug))];
const ROUTES = ['#/', ...LESSONS.map((slug) => `#/lesson/${slug}`), '#/tools', '#/runs', '#/settings'];

interface RunRecord {
  lab: string;
  model?: string;
  seed: number;
  datasetVersion: string;
  metrics: Record<string, number>;
  backend: string;
  durationMs: number;
}
interface EngineReport {
  version: string;
  backend?: { rows: string[][]; chosen: string | null };
  offline?: string;
  clipboard?: string;
  labs: Record<string, { backend: string; durationMs: number }[]>;
  numbers: Record<string, Pick<RunRecord, 'datasetVersion' | 'metrics' | 'backend'>[]>;
}
const report: Record<string, EngineReport> = {};

let server: Awaited<ReturnType<typeof startSmokeServer>>;
beforeAll(async () => {
  server = await startSmokeServer(join(ROOT, 'dist'), await freePort());
});
afterAll(async () => {
  await server?.stop();
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  writeFileSync(join(ROOT, 'reports/engines-report.json'), JSON.stringify(report, null, 2));
});

const runsOf = (d: EngineDriver, lab: string) => d.evaluate(inPage, 'runs', lab) as Promise<RunRecord[]>;
const errorsOf = (d: EngineDriver) => d.evaluate(inPage, 'errors', null) as Promise<string[]>;

/** Opens the lab's section and plays its recipe; the runs-count steps count from what was there before. */
async function runLab(d: EngineDriver, lab: InteractiveId): Promise<RunRecord[]> {
  const place = PLACES.get(lab);
  if (!place) throw new Error(`${lab} is in no lesson`);
  await d.evaluate(inPage, 'go', `#/lesson/${place.slug}/${place.section}`);
  const name = INTERACTIVE_NAMES[lab];
  const before = (await runsOf(d, lab)).length;
  for (const step of LAB_RECIPES[lab] as Step[]) {
    if ('runs' in step) await d.evaluate(inPage, 'wait-runs', { lab, count: before + step.runs, timeoutMs: step.timeoutMs });
    else if ('upload' in step) {
      const content = readFileSync(join(ROOT, 'tests/fixtures', step.fixture), 'utf8');
      await d.evaluate(inPage, 'step', { lab: name, upload: step.upload, content, name: basename(step.fixture) });
    } else await d.evaluate(inPage, 'step', { lab: name, ...step });
  }
  return (await runsOf(d, lab)).slice(before);
}

function keepNumbers(engine: string, runs: RunRecord[]) {
  for (const r of runs) {
    const key = `${r.lab}/${r.model ?? ''}`;
    (report[engine].numbers[key] ??= []).push({ datasetVersion: r.datasetVersion, metrics: r.metrics, backend: r.backend });
  }
}

test('every landed lab has a smoke recipe and a place in a lesson', () => {
  expect(LANDED.filter((id) => !LAB_RECIPES[id])).toEqual([]);
  expect(LANDED.filter((id) => !PLACES.has(id))).toEqual([]);
});

describe.each(ENGINES)('%s', (engine) => {
  let d: EngineDriver;
  beforeAll(async () => {
    d = await launchEngine(engine);
    report[engine] = { version: d.version, labs: {}, numbers: {} };
    await d.goto(server.url);
    await d.evaluate(inPage, 'ready', null);
  });
  afterAll(async () => {
    await d?.close();
  });

  test('every route renders its page heading with no page error', async () => {
    for (const route of ROUTES) {
      const h1 = (await d.evaluate(inPage, 'go', route)) as string;
      expect(h1, route).not.toBe('');
      expect(h1, route).not.toMatch(/not found|no such/i);
    }
    expect(await errorsOf(d)).toEqual([]);
  });

  test.each(LANDED)('%s runs to a result', async (lab) => {
    const runs = await runLab(d, lab);
    report[engine].labs[lab] = runs.map((r) => ({ backend: r.backend, durationMs: Math.round(r.durationMs) }));
    keepNumbers(engine, runs);
    if (LAB_RECIPES[lab].some((s) => 'runs' in s)) expect(runs.length).toBeGreaterThanOrEqual(1);
    expect(await errorsOf(d)).toEqual([]);
  });

  test('progress survives a reload (IndexedDB)', async () => {
    // The first section, which has a "Mark done · Next section" button (the last has "Finish").
    await d.evaluate(inPage, 'go', '#/lesson/roles/gap');
    await d.evaluate(inPage, 'click', 'Next section');
    await d.evaluate(inPage, 'go', '#/');
    const before = (await d.evaluate(inPage, 'query', '.course-map > li [role="progressbar"]')) as { value: string }[];
    expect(Number(before[0].value)).toBeGreaterThan(0);
    await d.reload();
    await d.evaluate(inPage, 'ready', null);
    const after = (await d.evaluate(inPage, 'query', '.course-map > li [role="progressbar"]')) as { value: string }[];
    expect(after.map((p) => p.value)).toEqual(before.map((p) => p.value));
  });

  test('the automatic backend choice and its measured times are on the Settings page', async () => {
    await d.evaluate(inPage, 'go', '#/settings');
    const rows = (await d.evaluate(inPage, 'table-rows', '[data-testid="calibration"]')) as string[][];
    expect(rows.length).toBeGreaterThanOrEqual(1);
    const chosen = rows.find((r) => r[2].includes(backendSettingMessages.fastest));
    report[engine].backend = { rows, chosen: chosen?.[0] ?? null };
    expect(chosen, `a chosen backend among ${JSON.stringify(rows)}`).toBeDefined();
    expect(chosen![2]).not.toMatch(/software renderer/);
  });

  test('the complaint network on the wasm backend (for the cross-engine comparison)', async () => {
    await d.evaluate(inPage, 'go', '#/settings');
    await d.evaluate(inPage, 'select', { label: backendSettingMessages.select, value: 'wasm' });
    const place = PLACES.get('complaint-classifier-lab')!;
    await d.evaluate(inPage, 'go', `#/lesson/${place.slug}/${place.section}`);
    const before = (await runsOf(d, 'complaint-classifier-lab')).length;
    await d.evaluate(inPage, 'step', { lab: INTERACTIVE_NAMES['complaint-classifier-lab'], click: 'Train neural network' });
    await d.evaluate(inPage, 'wait-runs', { lab: 'complaint-classifier-lab', count: before + 1, timeoutMs: 240_000 });
    const [run] = (await runsOf(d, 'complaint-classifier-lab')).slice(before);
    expect(run.backend).toBe('wasm');
    (report[engine].numbers['network-wasm'] ??= []).push({ datasetVersion: run.datasetVersion, metrics: run.metrics, backend: run.backend });
  });

  test('"Share this scenario" copies the link, or shows it to copy by hand where the clipboard is refused', async () => {
    const place = PLACES.get('ab-test-lab')!;
    await d.evaluate(inPage, 'go', `#/lesson/${place.slug}/${place.section}`);
    await d.evaluate(inPage, 'step', { lab: INTERACTIVE_NAMES['ab-test-lab'], click: messages.interactive.share });
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await d.evaluate(inPage, 'wait-text', `${escape(messages.interactive.copied)}|${escape(messages.interactive.copyFailed)}`);
    const manual = (await d.evaluate(inPage, 'value-of', '.share input[readonly]')) as string | null;
    report[engine].clipboard = manual === null ? 'copied' : 'refused: link shown to copy by hand';
    if (manual !== null) expect(manual).toMatch(/^http:\/\/localhost:\d+\/#\/lesson\/experiments\/[\w-]+/);
  });

  test('without IndexedDB (as in some private modes) the app says progress will not be kept, and still works', async () => {
    await d.goto(`${server.url}?smoke-no-indexeddb#/lesson/roles/gap`);
    await d.evaluate(inPage, 'ready', null);
    await d.evaluate(inPage, 'wait-text', messages.banners.notPersistent.trim().replace(/:$/, ''));
    await d.evaluate(inPage, 'click', 'Next section');
    await d.evaluate(inPage, 'wait-text', '\\(Done\\)');
    expect(await errorsOf(d)).toEqual([]);
    await d.goto(server.url);
    await d.evaluate(inPage, 'ready', null);
  });

  test('after a first visit, the app opens and runs labs with the server gone', async (context) => {
    const sw = (await d.evaluate(inPage, 'sw-ready', null)) as { supported: boolean; reason?: string; cached?: number };
    if (!sw.supported) {
      report[engine].offline = `not testable: ${sw.reason}`;
      context.skip(`${engine}: ${sw.reason}`);
    }
    report[engine].offline = `service worker active, ${sw.cached} responses cached`;
    await server.stop();
    try {
      await d.reload();
      await d.evaluate(inPage, 'ready', null);
      await d.evaluate(inPage, 'install-probe', null);
      for (const lab of ['ab-test-lab', 'complaint-classifier-lab'] as const) {
        const runs = await runLab(d, lab);
        expect(runs.length, lab).toBeGreaterThanOrEqual(1);
      }
      expect(await errorsOf(d)).toEqual([]);
    } finally {
      await server.start();
    }
  });
});

describe('across engines', () => {
  test('Chromium runs the same plain-TypeScript labs and the wasm network, for reference', async () => {
    const d = await launchEngine('chromium');
    try {
      report.chromium = { version: d.version, labs: {}, numbers: {} };
      await d.goto(server.url);
      await d.evaluate(inPage, 'ready', null);
      for (const lab of DETERMINISTIC_LABS as InteractiveId[]) keepNumbers('chromium', await runLab(d, lab));
      await d.evaluate(inPage, 'go', '#/settings');
      await d.evaluate(inPage, 'select', { label: backendSettingMessages.select, value: 'wasm' });
      const runs = await runLab(d, 'complaint-classifier-lab');
      const net = runs.find((r) => r.model !== 'decision-tree' && r.backend === 'wasm');
      expect(net).toBeDefined();
      report.chromium.numbers['network-wasm'] = [{ datasetVersion: net!.datasetVersion, metrics: net!.metrics, backend: net!.backend }];
      expect(await errorsOf(d)).toEqual([]);
    } finally {
      await d.close();
    }
  });

  test('same seed, same numbers: every engine records the same dataset versions and metrics', () => {
    const keys = [...DETERMINISTIC_LABS.flatMap((lab) => Object.keys(report.chromium.numbers).filter((k) => k.startsWith(`${lab}/`))), 'network-wasm'];
    expect(keys.length).toBeGreaterThan(DETERMINISTIC_LABS.length);
    for (const engine of ENGINES) {
      for (const key of keys) {
        const reference = report.chromium.numbers[key][0];
        const theirs = report[engine].numbers[key]?.[0];
        expect(theirs, `${engine} ${key}`).toBeDefined();
        expect(theirs.datasetVersion, `${engine} ${key} dataset version`).toBe(reference.datasetVersion);
        expect(Object.keys(theirs.metrics).sort(), `${engine} ${key} metric names`).toEqual(Object.keys(reference.metrics).sort());
        for (const [name, value] of Object.entries(reference.metrics)) {
          const other = theirs.metrics[name];
          const label = `${engine} ${key} ${name}: ${other} vs Chromium's ${value}`;
          // Times are measurements, not results.
          if (/Ms$/.test(name)) continue;
          // A saved model's size counts the characters of its numbers, which move with the last bit.
          if (name === 'sizeBytes') expect(Math.abs(other - value), label).toBeLessThanOrEqual(value * 0.01);
          // Firefox's Math.log/exp/pow may differ from V8's in the last bit, so equal to 1e-9, not bit for bit.
          else expect(Math.abs(other - value), label).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(value)));
        }
      }
    }
  });
});
