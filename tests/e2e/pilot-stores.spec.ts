import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, waitForApp } from './fixtures';
import { runItems } from './support/runs';

const LAB_URL = './#/lesson/agile/walmart';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function openLab(page: Page, query = ''): Promise<Locator> {
  await page.goto(`${LAB_URL}${query}`);
  await waitForApp(page);
  const lab = page.getByRole('region', { name: 'Pilot stores' });
  await expect(lab.getByRole('button', { name: 'Run the basic forecast in the pilot stores' })).toBeVisible();
  return lab;
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('[data-interactive="pilot-stores"]').withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const status = (lab: Locator, text: string | RegExp) => lab.getByRole('status').filter({ hasText: text });
const percent = (text: string | null) => Number(text!.replace('%', ''));
const dollars = (text: string | null) => Number(text!.replace(/[$,]/g, ''));

test('the whole lab by keyboard: predict, pilot, three proposals, rollout to 30 stores, a run per step', async ({ page }) => {
  test.slow(); // two axe runs, seven fits and the runs page
  const lab = await openLab(page);
  expect(await axeViolations(page)).toEqual([]);

  // Predict: focus the first answer, arrow to the third (arrows check radios), Tab to the start button.
  await lab.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(lab.getByRole('radio', { name: /More than two thirds/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(lab.getByRole('button', { name: 'Run the basic forecast in the pilot stores' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status(lab, /^Basic forecast fitted in the 3 pilot stores: mean MAPE \d+\.\d\d%\.$/)).toBeVisible();

  const pilot = lab.getByRole('table', { name: 'MAPE per pilot store over the forecast year' });
  const basicMean = percent(await pilot.locator('tfoot td').first().textContent());
  expect(basicMean).toBeGreaterThan(10);

  // Each proposal: focus lands on its heading; Tab reaches Accept; Enter retrains.
  for (const [i, name] of ['seasonal component', 'local-holiday feature', 'promotion calendar'].entries()) {
    await expect(lab.getByRole('heading', { name: `Proposal ${i + 1} of 3: a ${name}` })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(lab.getByRole('button', { name: 'Accept and retrain' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(status(lab, new RegExp(`^Retrained with the ${name}: mean pilot MAPE [\\d.]+% → [\\d.]+%\\.$`))).toBeVisible();
  }
  const currentMean = percent(await pilot.locator('tfoot td').nth(1).textContent());
  expect(currentMean).toBeLessThan(basicMean / 2);

  // The rollout: focus on its heading, Tab to the button, which keeps focus as it moves to the next wave.
  await expect(lab.getByRole('heading', { name: 'Widen the rollout: 3 → 10 → 30 stores' })).toBeFocused();
  await page.keyboard.press('Tab');
  for (const reach of [3, 10, 30]) {
    await expect(lab.getByRole('button', { name: reach === 3 ? 'Roll out to the 3 pilot stores' : `Roll out to ${reach} stores` })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(status(lab, new RegExp(`^Wave to ${reach} stores: mean MAPE [\\d.]+%\\. Passed\\.$`))).toBeVisible();
  }
  await expect(lab.getByRole('heading', { name: 'What this shows' })).toBeFocused();

  const costs = lab.getByRole('table', { name: /What each wave’s forecast errors cost/ });
  const rows = costs.locator('tbody tr');
  await expect(rows).toHaveCount(3);
  let chainCost = 0;
  for (let r = 0; r < 3; r++) {
    const cells = rows.nth(r).getByRole('cell');
    expect(percent(await cells.nth(1).textContent())).toBeLessThanOrEqual(10);
    const [stockout, waste, total] = await Promise.all([4, 6, 7].map(async (c) => dollars(await cells.nth(c - 1).textContent())));
    expect(Math.abs(stockout + waste - total)).toBeLessThanOrEqual(1);
    await expect(cells.nth(7)).toHaveText('passed: live');
    chainCost += total;
  }
  const takeaway = lab.getByRole('region', { name: 'What this shows' });
  await expect(takeaway).toContainText(/removed|took the pilot stores’ mean MAPE from/);
  const quoted = dollars((await takeaway.textContent())!.match(/cost (\$[\d,]+) in stock-outs and waste across the chain/)![1]);
  expect(Math.abs(quoted - chainCost)).toBeLessThanOrEqual(3);

  // The seasonal component's chart, read as a table: store 1 (strongly seasonal) at least halves its error.
  const seasonal = lab.getByRole('figure', { name: 'MAPE per pilot store before and after the seasonal component' });
  await seasonal.getByRole('button', { name: 'Show as table' }).focus();
  await page.keyboard.press('Enter');
  const store1 = seasonal.getByRole('row', { name: /^Store 1 / });
  const [before, after] = [percent(await store1.getByRole('cell').nth(0).textContent()), percent(await store1.getByRole('cell').nth(1).textContent())];
  expect(after).toBeLessThan(before / 2);
  await expect(store1.getByRole('cell').nth(2)).toHaveText(/^−\d+\.\d points$/);

  // The forecast year of store 1, read from the keyboard: the chart is a slider over the weeks.
  const year = lab.getByRole('figure', { name: 'Store 1: the forecast year, week by week' });
  await year.getByRole('slider').focus();
  await page.keyboard.press('End');
  await expect(year.getByRole('slider')).toHaveAttribute('aria-valuetext', /^Week starting Dec 23: Sold [\d,]+, Basic forecast [\d,]+, Current forecast [\d,]+$/);
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('./#/runs');
  const runRows = runItems(page).filter({ hasText: 'Pilot stores' });
  await expect(runRows).toHaveCount(7);
  await expect(runRows.first()).toContainText('js');
});

test('a hostile link is bounded; rejecting everything halts the pilot wave; 360 px without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const lab = await openLab(page, '?ps.threshold=1e9&ps.seed=-4');
  const notices = lab.locator('.notices');
  await expect(notices).toContainText('Halt threshold (wave MAPE): 1,000,000,000 is above the maximum; using 40.');
  await expect(notices).toContainText('Seed: -4 is below the minimum; using 0.');
  await lab.getByRole('spinbutton', { name: 'Halt threshold (%)' }).fill('9');
  await lab.getByRole('spinbutton', { name: 'Halt threshold (%)' }).press('Enter');
  await expect(page).toHaveURL(/ps\.threshold=9(&|$)/);

  await lab.getByRole('radio', { name: /Less than a quarter/ }).check();
  await lab.getByRole('button', { name: 'Run the basic forecast in the pilot stores' }).click();
  for (const name of ['seasonal component', 'local-holiday feature', 'promotion calendar']) {
    await lab.getByRole('button', { name: 'Reject' }).click();
    await expect(status(lab, `Rejected the ${name}; the forecast is unchanged.`)).toBeVisible();
  }
  await lab.getByRole('button', { name: 'Roll out to the 3 pilot stores' }).click();
  await expect(status(lab, /^Wave to 3 stores: mean MAPE [\d.]+%, above the threshold\. Rollout halted\.$/)).toBeVisible();
  await expect(lab.getByRole('button', { name: /^Roll out/ })).toHaveCount(0);
  const row = lab.getByRole('table', { name: /What each wave’s forecast errors cost/ }).locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell').nth(7)).toHaveText('halted: above threshold');
  expect(percent(await row.getByRole('cell').nth(1).textContent())).toBeGreaterThan(9);
  expect(dollars(await row.getByRole('cell').nth(6).textContent())).toBeGreaterThan(0);
  await expect(lab.getByRole('region', { name: 'What this shows' })).toContainText('above your 9% threshold, so the rollout halted with the forecast live in 0 stores');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await axeViolations(page)).toEqual([]);
});
