import { test, expect, waitForApp } from './fixtures';

test('without IndexedDB the app still works in memory and says progress will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined, configurable: true });
  });
  await page.goto('./#/lesson/roles/gap');
  await waitForApp(page);
  await expect(page.getByText(/Progress will not be kept on this device/)).toBeVisible();
  await page.getByRole('button', { name: /Next section/ }).click();
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByText('(Done)')).toHaveCount(1);
});

test('guest mode stores nothing and leaves stored progress untouched', async ({ page }) => {
  await page.goto('./#/lesson/roles/gap');
  await waitForApp(page);
  await page.getByRole('button', { name: /Next section/ }).click();
  await page.goto('./#/settings');
  await page.getByLabel('Use guest mode').check();
  await expect(page.getByText(/Guest mode: nothing you do is saved/)).toBeVisible();
  await page.goto('./#/');
  await expect(page.locator('.course-map > li').first()).toContainText('0 of 6 sections done');
  await page.goto('./#/lesson/roles/recipe');
  await page.getByRole('button', { name: /Next section/ }).click();

  await page.goto('./#/settings');
  await page.getByLabel('Use guest mode').uncheck();
  await page.goto('./#/');
  await expect(page.locator('.course-map > li').first()).toContainText('1 of 6 sections done');
});
