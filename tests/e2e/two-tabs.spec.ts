import { resolve } from 'node:path';
import { test, expect, waitForApp } from './fixtures';
import { startStaticServer } from './support/staticServer';
import { entryScript, nextRelease, nextSchemaVersion } from './support/nextRelease';

test('two open tabs stay consistent', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('./#/lesson/roles/gap');
  await second.goto('./#/');
  await waitForApp(first);
  await waitForApp(second);
  await expect(second.locator('.course-map > li').first()).toContainText('0 of 6 sections done');

  await first.getByRole('button', { name: /Next section/ }).click();
  await expect(second.locator('.course-map > li').first()).toContainText('1 of 6 sections done');

  await second.goto('./#/settings');
  await second.getByRole('button', { name: 'Reset all progress' }).click();
  await second.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(first.getByRole('navigation', { name: 'Sections' }).getByText('(Done)')).toHaveCount(0);
});

test.describe('a schema upgrade across two tabs', () => {
  // Without a service worker each tab loads whatever the server has at that moment,
  // so one tab can run the current release while another opens the next one.
  test.use({ serviceWorkers: 'block' });

  test('the newer tab says what it waits for, the older one lets go and offers a reload, and nothing is lost', async ({ context }) => {
    test.slow(); // the first run builds the next release (tests/e2e/support/nextRelease.ts)
    const next = nextRelease();
    const server = await startStaticServer(resolve('dist'));
    try {
      const old = await context.newPage();
      await old.goto(`${server.url}#/lesson/roles/gap`);
      await waitForApp(old);
      await old.getByRole('button', { name: /Next section/ }).click();
      await expect(old).toHaveURL(/recipe$/);
      // A second connection in the old tab that ignores versionchange stands for a tab
      // that does not let go (frozen in the background, busy, or an older release):
      // the case that used to leave the newer tab waiting in silence.
      await old.evaluate(
        () =>
          new Promise<void>((done, fail) => {
            const request = indexedDB.open('ml-that-works');
            request.onsuccess = () => {
              (window as unknown as { __holder: IDBDatabase }).__holder = request.result;
              done();
            };
            request.onerror = () => fail(request.error);
          }),
      );
      await expect.poll(() => old.evaluate(readRolesProgress)).toEqual(['gap']);

      server.setRoot(next);
      const fresh = await context.newPage();
      await fresh.goto(`${server.url}#/`);
      await expect(fresh.getByRole('alert').filter({ hasText: 'another tab still has an older version open' })).toBeVisible();
      await expect(fresh.locator('html')).toHaveAttribute('data-storage', 'loading');
      const oldBanner = old.getByRole('alert').filter({ hasText: 'ML That Works was updated in another tab' });
      await expect(oldBanner).toBeVisible();

      // The learner reloads the old tab, as its banner offers: it lets go and comes back as the new release.
      await oldBanner.getByRole('button', { name: 'Reload' }).click();
      await waitForApp(fresh);
      await expect(fresh.getByRole('alert')).toHaveCount(0);
      await expect(fresh.locator('.course-map > li').first()).toContainText('1 of 6 sections done');
      await waitForApp(old);
      await expect(old.getByRole('alert')).toHaveCount(0);
      expect(await old.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"]')?.getAttribute('src'))).toBe(`./${entryScript(next)}`);
      for (const page of [old, fresh]) {
        expect(await page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'ml-that-works')?.version)).toBe(nextSchemaVersion());
        expect(await page.evaluate(readRolesProgress)).toEqual(['gap']);
      }
    } finally {
      await server.close();
    }
  });
});

/** The completed sections of lesson 1, read straight from IndexedDB in the page. */
function readRolesProgress(): Promise<string[] | null> {
  return new Promise((done, fail) => {
    const request = indexedDB.open('ml-that-works');
    request.onsuccess = () => {
      const db = request.result;
      const get = db.transaction('progress').objectStore('progress').get('roles');
      get.onsuccess = () => {
        db.close();
        done((get.result as { completedSections?: string[] } | undefined)?.completedSections ?? null);
      };
      get.onerror = () => fail(get.error);
    };
    request.onerror = () => fail(request.error);
  });
}
