import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { test, expect, waitForApp, watchContext } from './fixtures';
import runToResult from './recipes/drift-lab';
import { keyboardActions } from './recipes/actions';

const LAB_URL = './#/lesson/mlops/drift';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test.describe.configure({ mode: 'serial' });

// One context and page for the whole flow (the runs store fills up across tests), with the shared
// fixture's tripwires: any CSP violation or cross-origin request fails the spec.
let context: BrowserContext;
let page: Page;
let lab: Locator;
const foreign: string[] = [];

interface StoredRun {
  id: string;
  lab: string;
  params: Record<string, unknown>;
  metrics: Record<string, number>;
  datasetVersion: string;
  backend: string;
  curves?: { accuracy?: number[] };
}

async function axeViolations(): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('[data-interactive="drift-lab"]').withTags(AXE_TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function driftRuns(): Promise<StoredRun[]> {
  return page.evaluate(
    () =>
      new Promise<StoredRun[]>((resolve, reject) => {
        const open = indexedDB.open('ml-that-works');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('runs').objectStore('runs').getAll();
          req.onsuccess = () => (db.close(), resolve((req.result as StoredRun[]).filter((r) => r.lab === 'drift-lab')));
          req.onerror = () => (db.close(), reject(req.error));
        };
      }),
  );
}

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  await watchContext(context, foreign);
  page = await context.newPage();
});

test.afterAll(async () => {
  const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  await context.close();
  expect(csp, 'Content-Security-Policy violations').toEqual([]);
  expect(foreign, 'requests to another origin').toEqual([]);
});

test('a hostile link is clamped with notices, and the lab is axe clean before a run', async () => {
  await page.goto(`${LAB_URL}?dl.events=1e9&dl.delay=-3&dl.policy=sometimes`);
  await waitForApp(page);
  lab = page.getByRole('region', { name: 'Drift lab' });
  const notices = lab.locator('.notices');
  await expect(notices).toContainText('Sessions a day: 1,000,000,000 is above the maximum; using 1,000.');
  await expect(notices).toContainText('Label delay: -3 is below the minimum; using 0.');
  await expect(notices).toContainText('Retraining policy: "sometimes" is not one of');
  expect(await axeViolations()).toEqual([]);
});

test('every policy runs its year; the outcome table compares them and each year is a recorded run', async () => {
  await page.goto(LAB_URL);
  await waitForApp(page);
  lab = page.getByRole('region', { name: 'Drift lab' });
  await runToResult(page, lab, keyboardActions(page));

  const table = lab.getByRole('table', { name: 'Outcomes per policy, same stream and settings' });
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
  const byPolicy = Object.fromEntries(rows.map(([policy, ...rest]) => [policy, rest]));
  expect(Object.keys(byPolicy)).toEqual(['Never retrain', 'Retrain every day', 'Retrain on drift']);
  // Columns after the policy: mean, lowest, incident days, retrains, promoted, caught, shipped, alarm days.
  expect(byPolicy['Never retrain'][3]).toBe('0');
  expect(byPolicy['Retrain every day'][3]).toBe('365');
  const retrainsOnDrift = Number(byPolicy['Retrain on drift'][3]);
  expect(retrainsOnDrift).toBeGreaterThan(0);
  expect(retrainsOnDrift).toBeLessThan(365);
  // Never retraining leaves the most incident days; the shadow test catches the broken exports of the daily schedule.
  expect(Number(byPolicy['Never retrain'][2])).toBeGreaterThan(Number(byPolicy['Retrain every day'][2]));
  expect(Number(byPolicy['Retrain every day'][5])).toBeGreaterThan(0);
  expect(byPolicy['Retrain every day'][6]).toBe('0');

  // The shown year (the scenario's policy, on drift) has both charts with tables.
  await expect(lab.getByRole('figure', { name: 'Accuracy of the model in service, day by day' })).toBeVisible();
  const monitors = lab.getByRole('figure', { name: 'Drift monitors against the champion’s training data' });
  await monitors.getByRole('button', { name: 'Show as table' }).click();
  await expect(monitors.getByRole('table', { name: 'Watch time: daily monitors' }).locator('tbody tr')).toHaveCount(365);

  expect(await axeViolations(), 'axe with the charts, tables and comparison shown').toEqual([]);

  let stored: StoredRun[] = [];
  await expect.poll(async () => (stored = await driftRuns()).length).toBe(3);
  expect(stored.map((r) => r.params.policy).sort()).toEqual(['daily', 'drift', 'never']);
  expect(new Set(stored.map((r) => r.datasetVersion)).size).toBe(1);
  for (const r of stored) {
    expect(r.curves?.accuracy).toHaveLength(365);
    expect(Object.keys(r.metrics)).toEqual(expect.arrayContaining(['meanAccuracy', 'incidentDays', 'retrains', 'badModelsCaughtInShadow']));
  }
  expect(stored.find((r) => r.params.policy === 'daily')!.metrics.retrains).toBe(365);
});

test('a running year can be cancelled from the keyboard, and nothing is recorded for it', async () => {
  await lab.getByRole('combobox', { name: 'Retraining policy' }).selectOption('daily');
  const events = lab.getByRole('spinbutton', { name: 'Sessions a day' });
  await events.fill('1000');
  await events.press('Tab');
  const run = lab.getByRole('button', { name: 'Run the year' });
  await run.focus();
  await page.keyboard.press('Enter');
  const cancel = lab.getByRole('button', { name: 'Cancel' });
  await expect(cancel).toBeFocused();
  await expect(lab.getByRole('progressbar', { name: 'Progress through the year' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(lab.getByRole('status').filter({ hasText: 'cancelled' })).toHaveText('The run was cancelled. Nothing was kept.');
  await expect(run).toBeFocused();
  expect(await driftRuns()).toHaveLength(3);
});

test('a short year (50 sessions a day) is reproduced from the runs page: same metrics on the same backend', async () => {
  await lab.getByRole('combobox', { name: 'Retraining policy' }).selectOption('drift');
  const events = lab.getByRole('spinbutton', { name: 'Sessions a day' });
  await events.fill('50');
  await events.press('Tab');
  await lab.getByRole('button', { name: 'Run the year' }).click();
  await expect.poll(async () => (await driftRuns()).length, { timeout: 60_000 }).toBe(4);
  const short = (await driftRuns()).find((r) => r.params.sessionsPerDay === 50)!;
  expect(short.params.policy).toBe('drift');

  await page.goto('./#/runs');
  await waitForApp(page);
  const list = page.getByRole('region', { name: 'Runs and registry' }).getByRole('list', { name: 'Recorded runs' });
  // Newest first: the short year heads the list. Hold on to it by its anchor (the reproduction is listed above it).
  const id = await list.getByRole('listitem').first().getAttribute('id');
  const run = page.locator(`[id="${id}"]`);
  await run.getByRole('button', { name: /^Reproduce/ }).click();
  const compared = Object.keys(short.metrics).length - 1; // the year's duration is measured again, not compared
  await expect(run.getByRole('status').filter({ hasText: 'Same numbers' })).toContainText(
    `all ${compared} metrics came out identical, on the same backend (${short.backend})`,
    { timeout: 60_000 },
  );
  await expect(run.locator('td', { hasText: '✗' })).toHaveCount(0);
  await expect(run.locator('td', { hasText: '✓ same' })).toHaveCount(compared);
  await expect.poll(async () => (await driftRuns()).filter((r) => r.params.reproducedFrom === id!.replace(/^run-/, '')).length).toBe(1);
});

test('re-running the daily year shows its days on a progress bar, and Cancel from the keyboard records nothing', async () => {
  // The recorded daily year, as if run with 1,000 sessions a day (365 retrains on five times the data): seconds to re-run.
  const daily = (await driftRuns()).find((r) => r.params.policy === 'daily')!;
  await page.evaluate(
    (record) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ml-that-works');
        open.onsuccess = () => {
          const tx = open.result.transaction('runs', 'readwrite');
          tx.objectStore('runs').put({ ...record, id: 'long-daily', params: { ...record.params, sessionsPerDay: 1000 } });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    daily,
  );
  await page.reload();
  await waitForApp(page);
  const before = (await driftRuns()).length;
  const run = page.locator('[id="run-long-daily"]');
  const reproduce = run.getByRole('button', { name: /^Reproduce/ });
  await reproduce.focus();
  await page.keyboard.press('Enter');
  const cancel = run.getByRole('button', { name: 'Cancel' });
  await expect(cancel).toBeFocused();
  await expect(run.getByRole('progressbar', { name: 'Re-run progress' })).toHaveAttribute('max', '365', { timeout: 30_000 });
  await expect(run.getByText(/^Re-running: day \d+ of 365$/)).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(run.getByRole('status').filter({ hasText: 'cancelled' })).toHaveText('The re-run was cancelled: nothing was recorded. Reproduce starts it again.');
  await expect(reproduce).toBeFocused();
  await expect(reproduce).toBeEnabled();
  await expect(run.getByRole('progressbar')).toHaveCount(0);
  expect(await driftRuns()).toHaveLength(before);
});
