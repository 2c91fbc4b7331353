import { test, expect, waitForApp } from './fixtures';

const ROUTES = ['#/', '#/lesson/roles/gap', '#/lesson/roles/sorter', '#/lesson/simplicity', '#/lesson/experiments', '#/lesson/mlops', '#/runs', '#/settings'];

test('after the first visit every route works with the network off', async ({ page, context }) => {
  await page.goto('./');
  await waitForApp(page);
  // The service worker must control the page and have finished precaching.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await context.setOffline(true);
  for (const route of ROUTES) {
    await page.goto(`./${route}`);
    await page.reload();
    await waitForApp(page);
    await expect(page.locator('main h1')).toBeVisible();
    if (route.startsWith('#/lesson/')) await expect(page.locator('#section-title')).toBeVisible();
  }
  await page.goto('./#/lesson/roles/sorter');
  await expect(page.getByRole('region', { name: 'Role sorter' }).locator('.deck-card').first()).toBeVisible();
  await context.setOffline(false);
});
