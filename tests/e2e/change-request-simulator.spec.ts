import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { simulateChangeRequests } from '../../src/engine/agile/change-requests';
import { formatAmount } from '../../src/sims/change-request-simulator/format';
import { toConfig } from '../../src/sims/change-request-simulator/settings';
import { test, expect, waitForApp } from './fixtures';
import runToResult from './recipes/change-request-simulator';
import { pointerActions } from './recipes/actions';
import { openRunDetails, runItems } from './support/runs';
import { formatField } from '../../src/messages/run-fields';

const LAB_URL = './#/lesson/agile/change';
const NAME = 'Change-request simulator';
/** The scenario's defaults (src/sims/change-request-simulator/index.ts); the spec checks the URL carries none. */
const DEFAULTS = { seed: 2, changes: 8, contract: 2, feedback: 2, goal: 7, worth: 25, overhead: 10 };
const expected = simulateChangeRequests(toConfig(DEFAULTS));

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('[data-interactive="change-request-simulator"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the Change-request simulator runs by keyboard alone, shows the engine’s numbers, is axe clean and records a run', async ({ page }) => {
  await page.goto(LAB_URL);
  await waitForApp(page);
  const lab = page.getByRole('region', { name: NAME });
  const run = lab.getByRole('button', { name: 'Run the change requests' });
  await expect(run).toBeVisible();
  expect(new URL(page.url()).hash).not.toContain('cr.');
  expect(await axeViolations(page)).toEqual([]);

  // Running without a prediction asks for one and moves focus to it.
  await run.focus();
  await page.keyboard.press('Enter');
  await expect(lab.getByRole('alert')).toHaveText('Choose a prediction first, then run.');
  await expect(lab.getByRole('group', { name: /Your prediction/ })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);

  // Tab into the radio group, arrow to the second choice, Tab to Run.
  await page.keyboard.press('Tab');
  await expect(lab.getByRole('radio', { name: 'The modular one' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(lab.getByRole('radio', { name: 'The tightly coupled one' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(run).toBeFocused();
  await page.keyboard.press('Enter');

  // The totals and the takeaway are the engine's.
  await expect(lab.getByRole('heading', { name: 'What your numbers say' })).toBeVisible();
  await expect(lab.locator('[data-total="modular"]')).toHaveText(formatAmount(expected.total.modular));
  await expect(lab.locator('[data-total="coupled"]')).toHaveText(formatAmount(expected.total.coupled));
  expect(expected.total.coupled).toBeGreaterThan(expected.total.modular);
  await expect(lab.locator('.results')).toContainText(
    `the tightly coupled build cost ${formatAmount(expected.total.coupled)} person-days and the modular build ${formatAmount(expected.total.modular)} person-days`,
  );
  await expect(lab.locator('.results')).toContainText('You predicted “The tightly coupled one”: that is what happened.');
  await expect(lab.getByRole('list', { name: 'Change requests in order of arrival' }).getByRole('listitem')).toHaveCount(expected.stream.length);

  // Step to the second request: both graphs and their table follow.
  await lab.getByRole('button', { name: 'Next request' }).focus();
  await page.keyboard.press('Enter');
  await expect(lab.getByText(`Request 2 of ${expected.stream.length}`)).toBeVisible();
  const second = expected.stream[1];
  const table = lab.getByRole('table', { name: 'What request 2 costs, component by component (person-days)' });
  await expect(table.locator('tfoot td')).toHaveText([formatAmount(second.modular.days), formatAmount(second.coupled.days)]);
  for (const r of second.coupled.retested) {
    await expect(table.locator('tbody tr').filter({ hasText: new RegExp(`^${r.component}`, 'i') }).locator('td').nth(1)).toHaveText(`re-test ${r.days}`);
  }
  await expect(lab.locator('.graph').nth(1)).toContainText(`Total: ${formatAmount(second.coupled.days)} person-days`);

  // The list is one tab stop; End jumps to the last request, whose costs the graphs then show.
  await page.keyboard.press('Tab');
  const items = lab.getByRole('list', { name: 'Change requests in order of arrival' }).getByRole('button');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  const n = expected.stream.length;
  await expect(items.nth(n - 1)).toBeFocused();
  await expect(items.nth(n - 1)).toHaveAttribute('aria-pressed', 'true');
  await expect(lab.getByText(`Request ${n} of ${n}`)).toBeVisible();
  await expect(lab.locator('.graph').first()).toContainText(`Total: ${formatAmount(expected.stream[n - 1].modular.days)} person-day`);

  // Both charts as tables, by keyboard: their last rows are the engine's.
  const toggles = lab.getByRole('button', { name: 'Show as table' });
  await toggles.first().focus();
  await page.keyboard.press('Enter');
  const costRows = lab.getByRole('table', { name: /Cost of each change request/ }).locator('tbody tr');
  await expect(costRows).toHaveCount(expected.stream.length + 1);
  await expect(costRows.last().locator('td').nth(3)).toHaveText(formatAmount(expected.total.modular));
  await expect(costRows.last().locator('td').nth(4)).toHaveText(formatAmount(expected.total.coupled));
  await lab.getByRole('button', { name: 'Show as table' }).focus();
  await page.keyboard.press('Enter');
  const sprintRows = lab.getByRole('table', { name: /Value in use and value delivered so far/ }).locator('tbody tr');
  await expect(sprintRows).toHaveCount(12);
  const last = expected.delivery.sprints[11];
  await expect(sprintRows.last().locator('td').nth(4)).toHaveText(formatAmount(last.cumulative.iterative));
  await expect(sprintRows.last().locator('td').nth(5)).toHaveText(formatAmount(last.cumulative.bigBang));
  expect(await axeViolations(page)).toEqual([]);

  await page.goto('./#/runs');
  const rows = runItems(page).filter({ hasText: NAME });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('change-cost model');
  await openRunDetails(rows);
  await expect(rows).toContainText(`Modular code, total ${formatField('modularTotalDays', expected.total.modular)}`);
});

test('a hostile link is clamped with notices; at 360 px with reduced motion the lab fits and does not animate', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`${LAB_URL}?cr.changes=999&cr.contract=abc&cr.goal=-4`);
  await waitForApp(page);
  const lab = page.getByRole('region', { name: NAME });
  const notices = lab.locator('.notices');
  await expect(notices).toContainText('Change requests: 999 is above the maximum; using 40.');
  await expect(notices).toContainText('Days to write one contract: "abc" is not a number; using 2.');
  await expect(notices).toContainText('Goal moves at sprint: -4 is below the minimum; using 0.');

  await runToResult(page, lab, pointerActions);
  await expect(lab.getByRole('list', { name: 'Change requests in order of arrival' }).getByRole('listitem')).toHaveCount(40);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const duration = await lab.locator('.graph .node rect').first().evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(parseFloat(duration)).toBeLessThan(0.001);
  expect(await axeViolations(page)).toEqual([]);
});
