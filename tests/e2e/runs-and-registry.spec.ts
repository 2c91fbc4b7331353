import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, waitForApp } from './fixtures';

// The service worker would serve the comparison's chunk from its cache, past the route that fails it.
test.use({ serviceWorkers: 'block' });

/** Reads a number as the runs view shows it ("20,000", "−1,204", "5.2%"). */
const numberIn = (text: string) => Number(text.replace(/[,%\s]|pp$/g, '').replace('−', '-').replace(/[^\d.eE+-]/g, ''));

const lab = (page: Page) => page.getByRole('region', { name: 'A/B test lab' });

async function runAbLab(page: Page, runsBefore: number) {
  await lab(page).getByRole('button', { name: 'Run experiment' }).click();
  await expect(lab(page).getByRole('heading', { name: /^Result after/ })).toBeVisible();
  // The run lands in storage a moment after the result shows.
  await page.waitForFunction(
    (n) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('ml-that-works');
        open.onsuccess = () => {
          const count = open.result.transaction('runs').objectStore('runs').count();
          count.onsuccess = () => (open.result.close(), resolve(count.result > n));
        };
      }),
    runsBefore,
  );
}

/** Adds copies of the stored runs (new ids, one in three a demo) so the list is long. */
async function addManyRuns(page: Page, copies: number) {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ml-that-works');
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('runs').objectStore('runs').getAll();
          all.onsuccess = () => {
            const tx = db.transaction('runs', 'readwrite');
            const store = tx.objectStore('runs');
            for (let i = 0; i < n; i++) {
              const base = all.result[i % all.result.length];
              store.put({ ...base, id: `copy-${i}`, createdAt: base.createdAt - (i + 1) * 60_000, demo: i % 3 === 0, model: `${base.model} with a long descriptive name ${i}` });
            }
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        };
      }),
    copies,
  );
}

async function expectNoSidewaysScroll(page: Page, width: number) {
  await page.setViewportSize({ width, height: 800 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

test('two real A/B lab runs are compared, one is reproduced and one exported, and the runs page fits 1280 and 360 px', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./#/lesson/experiments/ab-lab');
  await waitForApp(page);

  await test.step('two runs of the A/B lab with different traffic', async () => {
    await runAbLab(page, 0);
    const visitors = lab(page).getByRole('spinbutton', { name: 'Visitors per day' });
    await visitors.fill('20000');
    await visitors.press('Enter');
    await runAbLab(page, 1);
  });

  await page.goto('./#/runs');
  await waitForApp(page);
  const view = page.getByRole('region', { name: 'Runs and registry' });
  const list = view.getByRole('list', { name: 'Recorded runs' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(view).not.toContainText('visitorsA');

  await test.step('compare: the changed parameter is marked and the differences are shown', async () => {
    // Newest first: tick the first run made (second in the list) first, so it is run 1.
    // The comparison's code arrives on first use: when it cannot be fetched, the view says so and "Try again" fetches it.
    const compareChunk = /\/CompareView-[^/]*\.js$/;
    await page.route(compareChunk, (route) => route.abort());
    await list.getByRole('checkbox').nth(1).check();
    await list.getByRole('checkbox').nth(0).check();
    await view.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(view.getByRole('alert')).toContainText('This part of the page could not be loaded.');
    await page.unroute(compareChunk);
    await view.getByRole('button', { name: 'Try again' }).click();
    const comparison = view.getByRole('region', { name: 'Comparison' });
    await expect(comparison.getByRole('heading', { name: 'Comparison' })).toBeFocused();

    const traffic = comparison.locator('tr[data-key="visitorsPerDay"]');
    await expect(traffic.locator('td')).toHaveText(['10,000', '20,000', '+10,000']);
    await expect(traffic.locator('th')).toContainText('changed');
    await expect(comparison.locator('tr[data-key="kpi"] th')).not.toContainText('changed');

    const visitorsA = comparison.locator('tr[data-key="visitorsA"]');
    await expect(visitorsA.locator('th')).toHaveText('Visitors in A');
    const [a, b, diff] = await visitorsA.locator('td').allTextContents();
    expect(numberIn(b)).toBeGreaterThan(numberIn(a) * 1.8);
    expect(numberIn(diff)).toBe(numberIn(b) - numberIn(a));
    await expect(comparison.locator('tr[data-key="pValue"] th')).toHaveText('p-value');
    await expect(comparison).toContainText('None of these runs recorded training curves');
  });

  await test.step('reproduce a run: the same metrics on the same backend, recorded as a reproduction', async () => {
    // The reproduction is listed first once recorded: hold on to the original by its anchor id.
    const id = await list.getByRole('listitem').first().getAttribute('id');
    expect(id).toMatch(/^run-/);
    const original = page.locator(`[id="${id}"]`);
    await original.getByRole('button', { name: /^Reproduce/ }).click();
    await expect(original.getByRole('status').filter({ hasText: 'Same numbers' })).toContainText(/all 10 metrics came out identical, on the same backend \(js\)/);
    await expect(original.locator('td', { hasText: '✗' })).toHaveCount(0);
    await expect(original.locator('td', { hasText: '✓ same' })).toHaveCount(10);
    await expect(list.getByRole('listitem')).toHaveCount(3);
    await expect(list.getByRole('listitem').first()).toContainText('reproduction');
  });

  await test.step('axe finds no violations with the comparison, a run’s details and a reproduction on screen', async () => {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  await test.step('export one run to a file with its lab, params, seed, dataset and metrics', async () => {
    const item = list.getByRole('listitem').nth(1);
    const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: /^Export/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^run-ab-test-lab-.*\.json$/);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file).toMatchObject({ format: 'ml-that-works-run', labName: 'A/B test lab', run: { lab: 'ab-test-lab', backend: 'js', seed: 42 } });
    expect(Object.keys(file.run.metrics)).toContain('pValue');
    expect(file.run.datasetVersion).toMatch(/\w{6,}/);
  });

  await test.step('with many runs the page fits 1280 and 360 px without sideways scrolling', async () => {
    await addManyRuns(page, 80);
    await page.reload();
    await waitForApp(page);
    await expect(view.getByText(/of 83 runs|^83 runs/)).toBeVisible();
    await list.getByRole('listitem').first().getByRole('button', { name: /^Details/ }).click();
    await list.getByRole('checkbox').nth(0).check();
    await list.getByRole('checkbox').nth(2).check();
    await view.getByRole('button', { name: 'Compare', exact: true }).click();
    await expectNoSidewaysScroll(page, 1280);
    await expectNoSidewaysScroll(page, 360);
    await view.getByLabel('Show demo runs').uncheck();
    await expect(view.getByText(/of 83 runs/)).toBeVisible();
  });

  await test.step('a run that measured this device says in words that it is not re-run', async () => {
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('ml-that-works');
          open.onsuccess = () => {
            const tx = open.result.transaction('runs', 'readwrite');
            tx.objectStore('runs').put({
              id: 'measured', lab: 'notebook-to-production', model: 'mlp', params: { budgetMs: 50 }, seed: 1, datasetVersion: '0123456789abcdef',
              metrics: { smallP50Ms: 0.4, smallP95Ms: 0.9 }, backend: 'wasm', durationMs: 900, createdAt: Date.now() + 60_000,
            });
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await waitForApp(page);
    const measured = page.locator('[id="run-measured"]');
    await expect(measured).toContainText('Notebook-to-production measures your device: its runs are timings of this browser on this machine, so they are not re-run');
    await expect(measured.getByRole('button', { name: /^Reproduce/ })).toHaveCount(0);
  });

  await test.step('filters and sort live in the address: kept on reload, typing adds no history, a bad link is ignored', async () => {
    const filters = view.getByRole('group', { name: 'Filter and sort' });
    const entries = await page.evaluate(() => history.length);
    await filters.getByLabel('Lab', { exact: true }).selectOption({ label: 'A/B test lab' });
    await filters.getByLabel('Parameters contain').pressSequentially('novelty');
    await filters.getByLabel('Sort by').selectOption({ label: 'Duration' });
    await filters.getByLabel('Largest (newest) first').uncheck();
    await filters.getByLabel('Show demo runs').uncheck();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/runs?lab=ab-test-lab&q=novelty&demo=0&sort=duration&order=asc');
    expect(await page.evaluate(() => history.length)).toBe(entries);
    const count = await view.getByText(/ of \d+ runs$/).textContent();

    await page.reload();
    await waitForApp(page);
    await expect(filters.getByLabel('Lab', { exact: true })).toHaveValue('ab-test-lab');
    await expect(filters.getByLabel('Parameters contain')).toHaveValue('novelty');
    await expect(filters.getByLabel('Sort by')).toHaveValue('duration');
    await expect(filters.getByLabel('Largest (newest) first')).not.toBeChecked();
    await expect(filters.getByLabel('Show demo runs')).not.toBeChecked();
    await expect(view.getByText(/ of \d+ runs$/)).toHaveText(count!);

    await page.goto(`./#/runs?lab=nope&sort=metric:&order=sideways&demo=maybe&q=${'x'.repeat(300)}`);
    await waitForApp(page);
    await expect(filters.getByLabel('Lab', { exact: true })).toHaveValue('all');
    await expect(filters.getByLabel('Sort by')).toHaveValue('date');
    await expect(filters.getByLabel('Parameters contain')).toHaveValue('x'.repeat(100));
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/runs?q=${'x'.repeat(100)}`);
  });
});
