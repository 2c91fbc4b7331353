import { test, expect, waitForApp } from './fixtures';
import { expectNoFrozenTab, traceMainThread } from './support/trace';

test('a hostile share link gets clamped values and a visible notice, never a frozen tab', async ({ page, browser }) => {
  const tasks = await traceMainThread(browser, page, async () => {
    await page.goto(`./#/lesson/roles/sorter?rs.seed=1e99&rs.evil=%3Cscript%3E&rs.__proto__=1&rs.constructor=1`);
    await waitForApp(page);
    const sorter = page.getByRole('region', { name: 'Role sorter' });
    const notices = sorter.locator('.notices');
    await expect(notices).toContainText('Some settings in the link were adjusted');
    await expect(notices).toContainText('above the maximum');
    await expect(notices).toContainText('"evil" is not part of this interactive');
    // Keys every object inherits are still unknown settings: a lookup that walked the
    // prototype chain (`key in params`) would take them for real ones and say nothing.
    await expect(notices).toContainText('"__proto__" is not part of this interactive');
    await expect(notices).toContainText('"constructor" is not part of this interactive');
    await expect(sorter.locator('.deck-card').first()).toBeVisible();
  });
  // The tab stayed responsive: no main-thread task came near a freeze while the link was read and the deck dealt.
  expectNoFrozenTab(tasks);
});
