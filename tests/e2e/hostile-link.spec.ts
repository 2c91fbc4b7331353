import { test, expect, waitForApp } from './fixtures';

test('a hostile share link gets clamped values and a visible notice, never a frozen tab', async ({ page }) => {
  await page.goto(`./#/lesson/roles/sorter?rs.seed=1e99&rs.evil=%3Cscript%3E&rs.__proto__=1`);
  await waitForApp(page);
  const sorter = page.getByRole('region', { name: 'Role sorter' });
  const notices = sorter.locator('.notices');
  await expect(notices).toContainText('Some settings in the link were adjusted');
  await expect(notices).toContainText('above the maximum');
  await expect(notices).toContainText('"evil" is not part of this interactive');
  await expect(sorter.locator('.deck-card').first()).toBeVisible();
  expect(await page.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, '1'))).toBe(false);
  // The tab stays responsive: the page answers a round trip at once.
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
});
