import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, waitForApp } from './fixtures';
import { startStaticServer } from './support/staticServer';

test('a new version is offered in a banner and never reloads the page by itself', async ({ page }) => {
  const work = mkdtempSync(join(tmpdir(), 'mltw-update-'));
  const v1 = join(work, 'v1');
  const v2 = join(work, 'v2');
  cpSync('dist', v1, { recursive: true });
  cpSync('dist', v2, { recursive: true });
  // Any byte change to the service worker makes the browser install it as a new version.
  appendFileSync(join(v2, 'sw.js'), '\n// next release\n');
  const server = await startStaticServer(v1);
  try {
    await page.goto(`${server.url}#/lesson/roles/gap`);
    await waitForApp(page);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      (window as unknown as { untouched: boolean }).untouched = true;
    });

    server.setRoot(v2);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await expect(page.getByText('A new version of ML That Works is ready.')).toBeVisible({ timeout: 30_000 });
    // The learner's page is still the same document: nothing reloaded it.
    expect(await page.evaluate(() => (window as unknown as { untouched?: boolean }).untouched)).toBe(true);

    await page.getByRole('button', { name: 'Update now' }).click();
    await page.waitForFunction(() => !(window as unknown as { untouched?: boolean }).untouched);
    await waitForApp(page);
    await expect(page.locator('#section-title')).toBeVisible();
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
});
