import { readFileSync } from 'node:fs';
import { test, expect, waitForApp } from './fixtures';
import type { Page } from '@playwright/test';

/** Reads every record of the exported stores straight from IndexedDB, for before/after comparison. */
async function snapshot(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ml-that-works');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of ['progress', 'answers', 'interactives', 'settings', 'runs']) {
      out[name] = await new Promise<unknown[]>((resolve) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    }
    db.close();
    return JSON.stringify(out);
  });
}

async function makeProgress(page: Page) {
  await page.goto('./#/lesson/roles/gap');
  await waitForApp(page);
  await page.getByRole('button', { name: /Next section/ }).click();
  await expect(page).toHaveURL(/recipe$/);
}

test('export downloads a progress file that imports back', async ({ page }) => {
  await makeProgress(page);
  await page.goto('./#/settings');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const download = await downloadPromise;
  const text = readFileSync(await download.path(), 'utf8');
  const file = JSON.parse(text);
  expect(file.format).toBe('ml-that-works-progress');
  expect(file.data.progress[0].completedSections).toEqual(['gap']);

  await page.getByRole('button', { name: 'Reset all progress' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('All progress was deleted.')).toBeVisible();
  await page.getByLabel('Import progress from a file').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByText('Progress imported.')).toBeVisible();
  await page.goto('./#/');
  await expect(page.locator('.course-map > li').first()).toContainText('1 of 6 sections done');
});

const hostile = [
  { name: 'a malformed file', file: 'malformed.json', message: 'not valid JSON' },
  { name: 'a file with a __proto__ key', file: 'proto-key.json', message: 'named "__proto__"' },
  { name: 'a file from a newer version', file: 'newer-version.json', message: 'newer version' },
];

for (const { name, file, message } of hostile) {
  test(`importing ${name} is refused with a clear message and changes nothing`, async ({ page }) => {
    await makeProgress(page);
    await page.goto('./#/settings');
    const before = await snapshot(page);
    await page.getByLabel('Import progress from a file').setInputFiles(`tests/fixtures/imports/${file}`);
    await expect(page.locator('.status .error')).toContainText(message);
    await expect(page.locator('.status .error')).toContainText('Nothing was imported.');
    expect(await snapshot(page)).toBe(before);
  });
}

test('importing an oversized file is refused before it is read and changes nothing', async ({ page }) => {
  await makeProgress(page);
  await page.goto('./#/settings');
  const before = await snapshot(page);
  const big = Buffer.alloc(6 * 1024 * 1024, 0x20);
  await page.getByLabel('Import progress from a file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: big });
  await expect(page.locator('.status .error')).toContainText('too large');
  expect(await snapshot(page)).toBe(before);
});
