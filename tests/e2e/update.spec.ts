import { resolve } from 'node:path';
import type { Response } from '@playwright/test';
import { test, expect, waitForApp } from './fixtures';
import { runItems } from './support/runs';
import { startStaticServer } from './support/staticServer';
import { entryScript, nextRelease, nextSchemaVersion } from './support/nextRelease';

/**
 * A real release reaches a learner who is training a network: the next build
 * (new chunk names, new index.html, new service worker, schema one version up) is
 * published while the run is going. The prompt appears, the page never reloads by
 * itself, the run finishes; "Update now" loads the new version with every response
 * (the service worker's included) a success, and progress and runs are all there.
 */
test('a new release is offered while a network trains, never reloads the page by itself, and updating keeps progress and runs', async ({ page, context }) => {
  test.slow(); // builds the next release on the first run, then a long training run
  const next = nextRelease();
  const current = resolve('dist');
  expect(entryScript(next), 'the next release has new file names').not.toBe(entryScript(current));

  const failures: string[] = [];
  const fromServiceWorker: string[] = [];
  const check = (response: Response) => {
    if (response.request().serviceWorker()) fromServiceWorker.push(response.url());
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  };
  context.on('response', check);
  context.on('requestfailed', (request) => failures.push(`failed ${request.url()}: ${request.failure()?.errorText}`));

  const server = await startStaticServer(current);
  try {
    // First visit: the service worker installs; the learner finishes a section and picks the CPU backend.
    await page.goto(`${server.url}#/lesson/roles/gap`);
    await waitForApp(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    });
    await page.getByRole('button', { name: /Next section/ }).click();
    await expect(page).toHaveURL(/recipe$/);
    await page.goto(`${server.url}#/settings`);
    await page.getByRole('combobox', { name: 'Training backend' }).selectOption({ label: 'CPU' });
    await expect(page.getByText('Saved. Labs opened from now on use it.')).toBeVisible();

    // A run of some seconds (on a fast machine too): the prompt must come before it ends.
    await page.goto(`${server.url}#/lesson/simplicity/complaint-lab?cc.size=2000&cc.units=64&cc.epochs=20`);
    await waitForApp(page);
    const lab = page.getByRole('region', { name: 'Complaint classifier lab' });
    await expect(lab.getByText('Dataset version')).toBeVisible();
    await page.evaluate(() => {
      // The same document all along (a reload would drop this), and the order in which things appeared.
      const w = window as unknown as { sameDocument: boolean; seen: string[] };
      w.sameDocument = true;
      w.seen = [];
      new MutationObserver(() => {
        const text = document.body.innerText;
        for (const [key, marker] of [['prompt', 'A new version of ML That Works is ready.'], ['trained', 'Neural network trained in']]) {
          if (text.includes(marker) && !w.seen.includes(key)) w.seen.push(key);
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await lab.getByRole('button', { name: 'Train neural network' }).click();
    await expect(lab.getByText(/Epoch \d+ of 20/)).toBeVisible({ timeout: 30_000 });

    // The release goes out mid-run; the browser finds it on its next update check.
    server.setRoot(next);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByText('A new version of ML That Works is ready.')).toBeVisible({ timeout: 30_000 });
    const trained = lab.locator('[data-model="neural-network"]').getByText(/Neural network trained in .* on CPU/);
    await expect(trained).toBeVisible({ timeout: 120_000 });
    test.info().annotations.push({ type: 'training run', description: (await trained.first().innerText()).trim() });
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen), 'the prompt came during the run').toEqual(['prompt', 'trained']);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument), 'the page was never reloaded').toBe(true);
    expect(fromServiceWorker.length, 'the new service worker fetched the release').toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Update now' }).click();
    await page.waitForFunction(() => !(window as unknown as { sameDocument?: boolean }).sameDocument);
    await waitForApp(page);
    expect(await page.evaluate(() => document.querySelector('script[type="module"]')?.getAttribute('src'))).toBe(`./${entryScript(next)}`);
    expect(await page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'ml-that-works')?.version), 'the new schema').toBe(nextSchemaVersion());

    await page.goto(`${server.url}#/`);
    await waitForApp(page);
    await expect(page.locator('.course-map > li').first()).toContainText('1 of 6 sections done');
    await page.goto(`${server.url}#/runs`);
    await expect(runItems(page).filter({ hasText: 'Complaint classifier lab' }).filter({ hasText: 'neural-network' })).toHaveCount(1);
    expect(failures, 'failed or refused requests').toEqual([]);
  } finally {
    await server.close();
  }
});
