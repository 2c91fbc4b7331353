import { readdirSync } from 'node:fs';
import { test, expect, waitForApp } from './fixtures';
import { labName, labRoutes, landedLabs, loadRecipe, recipeIds } from './recipes/index';
import { pointerActions } from './recipes/actions';

const ROUTES = ['#/', '#/lesson/roles/gap', '#/present/roles/gap', '#/notes/roles/gap', '#/lesson/simplicity', '#/lesson/agile', '#/lesson/experiments', '#/lesson/mlops', '#/lesson/review', '#/runs', '#/settings', '#/record'];

/**
 * One first visit, then the network goes off for good: every route opens, and every
 * lab that has landed (the keys of simLoaders in src/content/interactives.ts) runs
 * to a result through its recipe in tests/e2e/recipes/, its chunks and workers all
 * coming from the service worker's cache. A landed lab without a recipe fails here.
 */
test('after one visit, with the network off, every route opens and every landed lab runs to a result', async ({ page, context }) => {
  test.slow(); // seven labs run to the end, two of them training models
  const landed = landedLabs();
  const routes = labRoutes();
  expect(landed.filter((id) => !recipeIds().includes(id)), 'landed labs without a recipe in tests/e2e/recipes/<id>.ts').toEqual([]);
  expect(landed.filter((id) => !routes.has(id)), 'landed labs that no lesson places').toEqual([]);

  await page.goto('./');
  await waitForApp(page);
  // The service worker must control the page; it took control only after precaching everything.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });

  await context.setOffline(true);
  const failures: string[] = [];
  const workers = new Set<string>();
  context.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    // ERR_ABORTED is the browser cancelling a load because the page navigated on (the test's own
    // reload cuts short the favicon of the goto before it); a load the network or the service
    // worker could not serve fails with ERR_INTERNET_DISCONNECTED or ERR_FAILED instead.
    if (error === 'net::ERR_ABORTED') return;
    failures.push(`${request.url()}: ${error}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('worker', (worker) => workers.add(new URL(worker.url()).pathname.split('/').pop()!));

  for (const route of ROUTES) {
    await page.goto(`./${route}`);
    await page.reload();
    await waitForApp(page);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await expect(page.locator('main h1')).toBeVisible();
    if (route.startsWith('#/lesson/') || route.startsWith('#/present/')) await expect(page.locator('#section-title')).toBeVisible();
  }

  for (const id of landed) {
    await test.step(id, async () => {
      await page.goto(`./${routes.get(id)}`);
      await page.reload();
      await waitForApp(page);
      const region = page.getByRole('region', { name: labName(id) });
      await expect(region).toBeVisible();
      await (await loadRecipe(id))(page, region, pointerActions);
    });
  }

  expect(failures, 'requests that failed offline').toEqual([]);
  // Every worker the build ships was started (and served) offline by some lab.
  const shipped = readdirSync('dist/assets').filter((f) => /\.worker-[\w-]+\.js$/.test(f));
  expect([...workers].sort()).toEqual(expect.arrayContaining(shipped.sort()));
  await context.setOffline(false);
});
