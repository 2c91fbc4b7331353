import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, waitForApp } from './fixtures';
import { runItems } from './support/runs';

const SIZES = ['small', 'medium', 'large'] as const;
const LAB = (query: string) => `./#/lesson/roles/offline-vs-online?${query}`;

/** The first number in a cell's text ("1,234/s" → 1234, "0.42 ms" → 0.42, "1.2 s" → 1200, "< 0.1 ms" → 0). */
async function numberIn(cell: Locator): Promise<number> {
  const text = (await cell.innerText()).replace(/,/g, '');
  if (text.trim().startsWith('<')) return 0;
  const match = /(-?\d+(?:\.\d+)?)\s*(ms|s)?/.exec(text);
  if (!match) return NaN;
  return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
}

async function openLab(page: Page, query: string): Promise<Locator> {
  await page.goto(LAB(query));
  await waitForApp(page);
  const lab = page.getByRole('region', { name: 'Notebook-to-production' });
  await expect(lab.getByRole('button', { name: /^Measure/ })).toBeEnabled();
  return lab;
}

/** Waits until every size has been measured and the verdict is in. */
async function measured(lab: Locator): Promise<void> {
  await expect(lab.locator('[data-verdict]')).not.toHaveAttribute('data-verdict', 'waiting', { timeout: 50_000 });
  await expect(lab.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
}

test('measures real latency on this device: every size gets a finite p50, p95 and throughput, and the backend is shown', async ({ page }) => {
  const lab = await openLab(page, 'np.backend=wasm&np.calls=20');
  await expect(lab.locator('tr[data-size="large"]')).toContainText('not measured');
  await lab.getByRole('button', { name: 'Measure on this device' }).click();
  await measured(lab);

  for (const size of SIZES) {
    const row = lab.locator(`tr[data-size="${size}"]`);
    const p50 = await numberIn(row.locator('[data-metric="p50"]'));
    const p95 = await numberIn(row.locator('[data-metric="p95"]'));
    const throughput = await numberIn(row.locator('[data-metric="throughput"]'));
    expect(Number.isFinite(p50) && p50 >= 0, `${size} p50 ${p50}`).toBe(true);
    expect(Number.isFinite(p95) && p95 >= p50, `${size} p95 ${p95}`).toBe(true);
    expect(Number.isFinite(throughput) && throughput > 0, `${size} throughput ${throughput}`).toBe(true);
  }
  await expect(lab.locator('[data-backend]')).toHaveAttribute('data-backend', 'wasm');
  await expect(lab.getByRole('status').filter({ hasText: 'Done in' })).toBeVisible();
  await expect(lab.locator('.bar-chart rect.bar')).toHaveCount(3);

  // The measurement is a recorded run.
  await page.goto('./#/runs');
  await expect(runItems(page).filter({ hasText: 'Notebook-to-production' })).toHaveCount(1);
});

/**
 * Sets the budget field by keyboard and checks the whole lab against the p95 it shows: a
 * size fits exactly when its p95 is within the budget, its bar is flagged exactly when
 * it does not, and the verdict follows (the large model is the offline winner). Holds
 * whatever this device measured, so no assertion depends on how fast it is.
 */
async function checkBudget(page: Page, lab: Locator, budget: number): Promise<void> {
  const field = lab.getByRole('spinbutton', { name: 'Latency budget (ms)' });
  await field.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(String(budget));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`np\\.budget=${budget}(&|$)`));
  const fits: Record<string, boolean> = {};
  for (const size of SIZES) {
    const p95 = Number(await lab.locator(`tr[data-size="${size}"] [data-metric="p95"]`).getAttribute('data-ms'));
    expect(Number.isFinite(p95), `${size} p95`).toBe(true);
    fits[size] = p95 <= budget;
    await expect(lab.locator(`tr[data-size="${size}"] [data-metric="fits"]`)).toContainText(fits[size] ? '✓' : '✗');
  }
  await expect(lab.locator('.bar-chart rect.bar.flagged')).toHaveCount(SIZES.filter((size) => !fits[size]).length);
  const verdict = fits.large ? 'winner-fits' : fits.small || fits.medium ? 'winner-loses' : 'none-fits';
  await expect(lab.locator('[data-verdict]')).toHaveAttribute('data-verdict', verdict);
}

test('by keyboard alone: measure, then the tightest and the loosest budget mark each size by its own p95', async ({ page }) => {
  const lab = await openLab(page, 'np.backend=cpu&np.calls=20');
  const measure = lab.getByRole('button', { name: 'Measure on this device' });
  await measure.focus();
  await page.keyboard.press('Enter');
  await expect(lab.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await measured(lab);
  await expect(lab.getByRole('button', { name: 'Measure again' })).toBeFocused();
  await expect(lab.locator('[data-backend]')).toHaveAttribute('data-backend', 'cpu');
  await checkBudget(page, lab, 0.1);
  await checkBudget(page, lab, 100);
});

test('Cancel stops a measurement and the lab can measure again', async ({ page }) => {
  const lab = await openLab(page, 'np.backend=cpu&np.calls=300');
  await lab.getByRole('button', { name: 'Measure on this device' }).click();
  const cancel = lab.getByRole('button', { name: 'Cancel' });
  await expect(lab.getByRole('progressbar', { name: 'Models measured' })).toBeVisible();
  await cancel.click();
  await expect(lab.getByRole('status').filter({ hasText: 'Measurement cancelled' })).toBeVisible();
  await expect(cancel).toHaveCount(0);
  await expect(lab.getByRole('button', { name: /^Measure/ })).toBeEnabled();
});

test('a hostile share link is clamped with a notice and the lab still works', async ({ page }) => {
  await page.goto(LAB('np.budget=1e99&np.calls=-5&np.backend=%3Cscript%3E&np.evil=1'));
  await waitForApp(page);
  const lab = page.getByRole('region', { name: 'Notebook-to-production' });
  const notices = lab.locator('.notices');
  await expect(notices).toContainText('Some settings in the link were adjusted');
  await expect(notices).toContainText('above the maximum');
  await expect(notices).toContainText('below the minimum');
  await expect(notices).toContainText('is not one of');
  await expect(notices).toContainText('"evil" is not part of this interactive');
  await expect(lab.getByRole('spinbutton', { name: 'Latency budget (ms)' })).toHaveValue('100');
  await expect(lab.getByRole('spinbutton', { name: 'Timed predictions per model' })).toHaveValue('20');
  await expect(lab.getByRole('button', { name: 'Measure on this device' })).toBeEnabled();
});

test('axe finds no violations with results on screen, as chart and as table, and the lab fits a 360 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const lab = await openLab(page, 'np.backend=wasm&np.calls=20&np.budget=0.1');
  await lab.getByRole('button', { name: 'Measure on this device' }).click();
  await measured(lab);
  const axe = () => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const ids = (r: Awaited<ReturnType<typeof axe>>) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(ids(await axe())).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await lab.getByRole('button', { name: 'Show as table' }).click();
  await expect(lab.getByRole('table', { name: /p95 and p50 latency/ })).toBeVisible();
  expect(ids(await axe())).toEqual([]);
});
