import { messages } from '../../src/messages/app';
import { test, expect, waitForApp } from './fixtures';

// A lab's code arrives after the text above it: when it cannot arrive (offline before the
// precache finished, a dropped connection), the section still reads to its end and the
// place of the lab says so. page.route sees chunks only when no service worker answers.
test.use({ serviceWorkers: 'block' });

test('a lab whose frame or whose own code fails to load says so, and the rest of the section still shows', async ({ page }) => {
  await page.route(/\/assets\/InteractiveFrame-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('./#/lesson/roles/sorter');
  await waitForApp(page);
  const section = page.locator('article.section');
  await expect(section.getByRole('alert')).toHaveText(messages.interactive.failed);
  await expect(section.locator('.prose').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Role sorter' })).toHaveCount(0);

  // The frame loads but the lab's own chunk does not: the frame reports it, under the lab's name.
  await page.unrouteAll();
  await page.route(/\/assets\/role-sorter-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('about:blank');
  await page.goto('./#/lesson/roles/sorter');
  await waitForApp(page);
  const lab = page.getByRole('region', { name: 'Role sorter' });
  await expect(lab.getByRole('alert')).toHaveText(messages.interactive.failed);
});
