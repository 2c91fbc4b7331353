import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, waitForApp } from './fixtures';
import { runItems } from './support/runs';
import { FROZEN_TAB_CPU_MS, expectNoFrozenTab, traceMainThread } from './support/trace';

const LAB_URL = './#/lesson/simplicity/forecast-lab';
const MODELS = [
  { train: 'Train linear regression', column: 1, name: 'Linear regression' },
  { train: 'Train gradient-boosted trees', column: 2, name: 'Gradient-boosted trees' },
] as const;

async function openLab(page: Page, query = ''): Promise<Locator> {
  await page.goto(`${LAB_URL}${query}`);
  await waitForApp(page);
  const lab = page.getByRole('region', { name: 'Sales forecast lab' });
  await expect(lab.getByText('Dataset version')).toBeVisible();
  return lab;
}

/**
 * Before the page loads, taps every Worker so that each fit's "fitting" progress
 * and its final reply put a performance mark (sf-fit-start / sf-fit-end) on the
 * page's timeline, next to a Long Tasks observer.
 */
async function markFits(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(Math.round(e.duration));
    }).observe({ type: 'longtask', buffered: true });
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (event: MessageEvent) => {
          const d = event.data as { type?: string; stage?: string; kind?: string };
          if (d.type === 'progress' && d.stage === 'fitting') performance.mark('sf-fit-start');
          if (d.type === 'done' && d.kind === 'fit-sales') performance.mark('sf-fit-end');
        });
      }
    };
  });
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

/**
 * The page's main-thread tasks that started between a sf-fit-start and the next
 * sf-fit-end mark in a Chromium trace: wall time and CPU time (thread time), in ms.
 * CPU time is what our code costs; wall time also counts the thread waiting for a
 * core, which on a loaded 2-core CI box says more about the box than the page.
 */
function tasksDuringFits(events: TraceEvent[]): { fits: number; tasks: { wall: number; cpu: number }[]; all: { wall: number; cpu: number }[] } {
  const marks = events.filter((e) => e.name === 'sf-fit-start' || e.name === 'sf-fit-end').sort((x, y) => x.ts - y.ts);
  const windows: [number, number][] = [];
  marks.forEach((m, i) => {
    if (m.name === 'sf-fit-start' && marks[i + 1]?.name === 'sf-fit-end') windows.push([m.ts, marks[i + 1].ts]);
  });
  const main = marks[0] ? { pid: marks[0].pid, tid: marks[0].tid } : null;
  const mainTasks = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask');
  const times = (e: TraceEvent) => ({ wall: (e.dur ?? 0) / 1000, cpu: (e.tdur ?? e.dur ?? 0) / 1000 });
  const tasks = mainTasks.filter((e) => windows.some(([from, to]) => e.ts > from && e.ts < to)).map(times);
  return { fits: windows.length, tasks, all: mainTasks.map(times) };
}

/** Trains one model from the keyboard: focus its Train button, press Enter, wait for its result. */
async function trainByKeyboard(page: Page, lab: Locator, model: (typeof MODELS)[number]): Promise<void> {
  const button = lab.getByRole('button', { name: model.train });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(lab.getByRole('status').filter({ hasText: `${model.name} fitted in` })).toBeVisible();
  // Focus comes back to the Train button once its Cancel button goes away.
  await expect(lab.getByRole('button', { name: model.train })).toBeFocused();
}

function comparison(lab: Locator): Locator {
  return lab.getByRole('table', { name: 'Holdout error, complexity and time of each model, on the same data' });
}

test('both models train by keyboard, fill the comparison, read as sentences, and are kept as runs', async ({ page }) => {
  test.slow(); // two fits, a 208-row table, a reload and the runs page
  const lab = await openLab(page);
  for (const model of MODELS) await trainByKeyboard(page, lab, model);

  const rows = comparison(lab).locator('tbody tr');
  await expect(rows).toHaveCount(6);
  for (let r = 0; r < 6; r++) {
    for (const model of MODELS) {
      const text = (await rows.nth(r).getByRole('cell').nth(model.column - 1).textContent())!.trim();
      const value = Number(text.replace(/,/g, '').match(/^[\d.]+/)?.[0]);
      expect(Number.isFinite(value), `row ${r}, ${model.name}: "${text}"`).toBe(true);
    }
  }
  await expect(rows.filter({ hasText: 'Knobs to tune' }).getByRole('cell')).toHaveText(['1', '7']);
  await expect(lab.getByText(/^A promotion week adds about [\d,.]+ units\.$/)).toBeVisible();
  await expect(lab.getByText(/^Sales (grow|fall) by about/)).toBeVisible();
  await expect(lab.getByRole('region', { name: 'What this shows' })).toContainText(/1 knob instead of 7|knobs instead of 1/);
  const explain = lab.getByRole('region', { name: 'Explain one week’s forecast' });
  await expect(explain.getByRole('rowheader', { name: 'Season in this week of the year' })).toBeVisible();
  await expect(explain.getByRole('rowheader', { name: 'Summed correction of all the trees' })).toBeVisible();
  await explain.getByLabel('Holdout week').selectOption({ index: 0 });
  await expect(explain.getByText(/^Actually sold: [\d,]+ units\.$/)).toBeVisible();

  // The chart's table alternative lists every week, with both forecasts over the holdout.
  await lab.getByRole('button', { name: 'Show as table' }).click();
  const weeks = lab.getByRole('table', { name: /Weekly units sold and forecasts/ });
  await expect(weeks.locator('tbody tr')).toHaveCount(208);
  const lastWeek = weeks.locator('tbody tr').last();
  await expect(lastWeek.getByRole('cell').nth(0)).toHaveText('holdout');
  for (const cell of [2, 3]) expect(Number((await lastWeek.getByRole('cell').nth(cell).textContent())!.replace(/,/g, ''))).toBeGreaterThan(0);
  await lab.getByRole('button', { name: 'Show as chart' }).click();
  await expect(lab.getByRole('slider', { name: /Read values of Units sold/ })).toBeVisible();

  await page.reload();
  await waitForApp(page);
  await page.goto('./#/runs');
  const runRows = runItems(page).filter({ hasText: 'Sales forecast lab' });
  await expect(runRows).toHaveCount(2);
  await expect(runRows.filter({ hasText: 'linear-regression' })).toHaveCount(1);
  await expect(runRows.filter({ hasText: 'gradient-boosting' })).toHaveCount(1);
});

test('the main thread never freezes while the biggest ensemble fits', async ({ page, browser }) => {
  test.slow(); // 500 depth-6 trees on six years take seconds on a busy CI box
  await markFits(page);
  const lab = await openLab(page, '?sf.years=6&sf.trees=500&sf.depth=6&sf.leaf=1&sf.bk=6&sf.lag=true');
  const tracePath = test.info().outputPath('fits-trace.json');
  await browser.startTracing(page, { path: tracePath, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
  for (const model of [...MODELS].reverse()) {
    // Wait inside the page on a MutationObserver: Playwright's own polling would add main-thread tasks.
    const fitted = page.evaluate(
      (text) =>
        new Promise<void>((resolve) => {
          const status = document.querySelector('[data-interactive="sales-forecast-lab"] p.status')!;
          new MutationObserver((_, observer) => {
            if (status.textContent?.includes(text)) {
              observer.disconnect();
              resolve();
            }
          }).observe(status, { childList: true, characterData: true, subtree: true });
        }),
      `${model.name} fitted in`,
    );
    await lab.getByRole('button', { name: model.train }).click();
    await fitted;
  }
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const { fits, tasks, all } = tasksDuringFits(trace.traceEvents);
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  const maxOf = (xs: number[]) => Math.round(Math.max(0, ...xs));
  test.info().annotations.push(
    { type: 'fitting: longest main-thread task, CPU ms', description: String(maxOf(tasks.map((t) => t.cpu))) },
    { type: 'fitting: longest main-thread task, wall ms', description: String(maxOf(tasks.map((t) => t.wall))) },
    { type: 'traced run: longest main-thread task (clicks, results drawn), CPU ms', description: String(maxOf(all.map((t) => t.cpu))) },
    { type: 'whole test: long tasks (wall ms, page load included)', description: longTasks.join(', ') || 'none' },
  );
  expect(fits).toBe(2);
  expect(tasks.length, 'the page kept running tasks while fitting').toBeGreaterThan(0);
  // A bound no loaded machine reaches; the 50 ms target is measured by bench/browser/training.mjs.
  expect(tasks.filter((t) => t.cpu >= FROZEN_TAB_CPU_MS), 'main-thread tasks that froze the tab while a fit ran').toEqual([]);
  expect(all.filter((t) => t.cpu >= FROZEN_TAB_CPU_MS), 'main-thread tasks that froze the tab from the first click to the last result').toEqual([]);
});

test('the same seed gives the same numbers after a reload', async ({ page }) => {
  let lab = await openLab(page, '?sf.seed=7');
  const version = await lab.locator('.version code').textContent();
  await lab.getByRole('button', { name: 'Train gradient-boosted trees' }).click();
  const mapeRow = () => comparison(lab).locator('tbody tr').first().getByRole('cell').nth(1);
  await expect(mapeRow()).toHaveText(/%$/);
  const first = await mapeRow().textContent();
  lab = await openLab(page, '?sf.seed=7');
  expect(await lab.locator('.version code').textContent()).toBe(version);
  await lab.getByRole('button', { name: 'Train gradient-boosted trees' }).click();
  await expect(mapeRow()).toHaveText(first!);
});

test('a long fit has a Cancel button that stops it at once, and the next fit runs in a fresh worker', async ({ page }) => {
  const lab = await openLab(page, '?sf.years=6&sf.trees=500&sf.depth=6&sf.leaf=1&sf.bk=6&sf.lag=true');
  await lab.getByRole('button', { name: 'Train gradient-boosted trees' }).click();
  const cancel = lab.getByRole('button', { name: 'Cancel' });
  await expect(cancel).toBeVisible();
  await expect(lab.getByRole('button', { name: 'Train linear regression' })).toBeDisabled();
  await cancel.click();
  await expect(lab.getByRole('status').filter({ hasText: 'Gradient-boosted trees: fit cancelled.' })).toBeVisible();
  await expect(cancel).toBeHidden();
  // A fresh worker takes the next fit.
  await lab.getByRole('button', { name: 'Train linear regression' }).click();
  await expect(comparison(lab).locator('tbody tr').first().getByRole('cell').nth(0)).toHaveText(/%$/);
});

test('a hostile share link is clamped to the lab bounds with a notice, and the tab never freezes', async ({ page, browser }) => {
  const tasks = await traceMainThread(browser, page, async () => {
    const lab = await openLab(page, '?sf.years=1e9&sf.seed=-4');
    const notices = lab.locator('.notices');
    await expect(notices).toContainText('Years of history: 1,000,000,000 is above the maximum; using 6.');
    await expect(notices).toContainText('Seed: -4 is below the minimum; using 0.');
    await expect(lab.getByRole('spinbutton', { name: 'Years of history' })).toHaveValue('6');
    await expect(lab.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('0');
    await expect(lab.locator('.version')).toContainText('312 weeks');
  });
  expectNoFrozenTab(tasks);
});

test('works on a 360 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const lab = await openLab(page);
  for (const model of MODELS) {
    await lab.getByRole('button', { name: model.train }).click();
    await expect(lab.getByRole('status').filter({ hasText: `${model.name} fitted in` })).toBeVisible();
  }
  await expect(lab.getByText(/^A promotion week adds about/)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test('axe finds no violations with both results, the knobs and the chart table on screen', async ({ page }) => {
  test.slow(); // two full-page axe runs over a long lesson page
  const lab = await openLab(page);
  for (const model of MODELS) {
    await lab.getByRole('button', { name: model.train }).click();
    await expect(lab.getByRole('status').filter({ hasText: `${model.name} fitted in` })).toBeVisible();
  }
  await lab.getByText('Model knobs: 1 for the linear model, 7 for the ensemble').click();
  await expect(lab.getByRole('group', { name: 'Gradient-boosted trees: 7 knobs' })).toBeVisible();
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
  const violations = async () =>
    (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(await violations()).toEqual([]);
  await lab.getByRole('button', { name: 'Show as table' }).click();
  await expect(lab.getByRole('table', { name: /Weekly units sold/ })).toBeVisible();
  // With the table open too: its scroll box is a focusable, labelled region.
  expect(await violations()).toEqual([]);
});
