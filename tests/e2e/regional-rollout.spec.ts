import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, waitForApp } from './fixtures';
import { runItems } from './support/runs';
import runToResult from './recipes/regional-rollout';
import { pointerActions } from './recipes/actions';

const rollout = (page: Page) => page.getByRole('region', { name: 'Regional rollout' });

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test('the Regional rollout runs by keyboard alone: predict, run at 7 days, run at 2 days, read the numbers, the map, the table and #/runs', async ({ page }) => {
  await page.goto('./#/lesson/agile/uber');
  await waitForApp(page);
  const lab = rollout(page);
  await expect(lab.getByRole('button', { name: 'Run the rollout' })).toBeDisabled();
  expect(await axeViolations(page)).toEqual([]);

  // Predict with the arrow keys, then Tab to Run.
  await lab.getByRole('radio', { name: /Fewer riders exposed/ }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(lab.getByRole('radio', { name: /Many more riders exposed/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(lab.getByRole('button', { name: 'Run the rollout' })).toBeFocused();
  await page.keyboard.press('Enter');

  // Seed 7, 7 days a region: Northgate breaks its fairness guardrail after 6 days.
  await expect(lab.locator('[data-metric="exposed"]')).toHaveText('7,814', { timeout: 30_000 });
  await expect(lab.locator('[data-metric="reached"]')).toHaveText('360,668');
  await expect(lab.locator('[data-metric="detection"]')).toHaveText('6');
  await expect(lab.locator('[data-metric="false-rollbacks"]')).toHaveText(/^\d+ \/ 200$/);
  await expect(lab.getByText(/^Northgate broke its fairness ratio guardrail and the rollback fired after 6 days/)).toBeVisible();
  await expect(lab.getByRole('status').filter({ hasText: 'Rollout simulated.' })).toHaveCount(1);
  const map = lab.getByRole('list', { name: 'Region status at the end of day 84' });
  await expect(map.getByRole('listitem').filter({ hasText: 'Northgate' })).toContainText('Guardrail broken: rolled back');
  await expect(map.getByRole('listitem').filter({ hasText: 'Old Town' })).toContainText('Rolled back with the rest');
  await expect(map.getByRole('listitem').filter({ hasText: 'Eastfield' })).toContainText('Never switched on');
  await expect(lab.getByText('Fairness ratio in Northgate, new vs old prices')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // The map on an earlier day, by keyboard on its slider.
  const daySlider = lab.getByRole('slider', { name: 'Show the map on day' });
  await daySlider.focus();
  await page.keyboard.press('Home');
  await expect(lab.getByRole('list', { name: 'Region status at the end of day 1' }).getByRole('listitem').first()).toContainText('Watched: day 1 of 7');

  // The chart's table alternative.
  await lab.getByRole('button', { name: 'Show as table' }).first().focus();
  await page.keyboard.press('Enter');
  const table = lab.getByRole('table', { name: /Fairness ratio in Northgate by day/ });
  await expect(table.locator('tbody tr')).toHaveCount(6);
  await expect(table.locator('tbody tr').last()).toContainText('1.25');
  expect(await axeViolations(page)).toEqual([]);

  // Fast rollout: 2 days a region (Home on the slider), run again with Enter.
  await lab.getByRole('slider', { name: 'Days each region is watched' }).focus();
  await page.keyboard.press('Home');
  await expect(lab.getByRole('spinbutton', { name: 'Days each region is watched' })).toHaveValue('2');
  await expect(page).toHaveURL(/rr\.days=2/);
  await expect(lab.getByText('The settings have changed since this run.')).toBeVisible();
  await lab.getByRole('button', { name: 'Run the rollout' }).focus();
  await page.keyboard.press('Enter');
  await expect(lab.locator('[data-metric="exposed"]')).toHaveText('399,063', { timeout: 30_000 });
  await expect(lab.locator('[data-metric="detection"]')).toHaveText('not caught');
  const reached = Number((await lab.locator('[data-metric="reached"]').textContent())!.replace(/,/g, ''));
  expect(reached).toBeGreaterThan(360_668);
  await expect(lab.getByText('Your previous run watched each region 7 days and exposed 7,814 riders')).toBeVisible();
  await expect(lab.getByText('Your prediction matches what the simulation shows.')).toBeVisible();

  // 360 px wide and a projector: no sideways scrolling.
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await noHorizontalScroll(page)).toBe(true);
  await page.setViewportSize({ width: 1920, height: 1080 });
  expect(await noHorizontalScroll(page)).toBe(true);

  await page.goto('./#/runs');
  await page.reload();
  await waitForApp(page);
  const rows = runItems(page).filter({ hasText: 'Regional rollout' });
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('js');
});

test('a hostile Regional rollout link is clamped with notices, and with reduced motion emulated the recipe reaches a result', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./#/lesson/agile/uber?rr.days=999&rr.fair=abc&rr.share=-5');
  await waitForApp(page);
  const lab = rollout(page);
  const notices = lab.locator('.notices');
  await expect(notices).toContainText('Days each region is watched: 999 is above the maximum; using 14.');
  await expect(notices).toContainText('Fairness limit (ratio): "abc" is not a number; using 1.25.');
  await expect(notices).toContainText('is below the minimum; using 10.');
  await expect(lab.getByRole('spinbutton', { name: 'Days each region is watched' })).toHaveValue('14');
  await runToResult(page, lab, pointerActions);
  await expect(lab.locator('[data-metric="detection"]')).toHaveText(/^\d+$/);
  expect(await axeViolations(page)).toEqual([]);
});
