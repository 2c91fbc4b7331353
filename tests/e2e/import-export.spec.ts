import { readFileSync } from 'node:fs';
import { test, expect, waitForApp } from './fixtures';
import type { Page } from '@playwright/test';
import { seedRegistryState } from '../../bench/data/registryState.mjs';
import { readStored } from './support/stored';

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
  const big = Buffer.alloc(33 * 1024 * 1024, 0x20);
  await page.getByLabel('Import progress from a file').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: big });
  await expect(page.locator('.status .error')).toContainText('too large');
  expect(await snapshot(page)).toBe(before);
});

const v1Records = JSON.parse(readFileSync('tests/fixtures/db/v1-records.json', 'utf8')) as { stores: Record<string, Array<Record<string, unknown>>> };

/** Every record of every store, weights as base64, as one comparable string. */
async function everything(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ml-that-works');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of [...db.objectStoreNames]) {
      const records = await new Promise<Array<Record<string, unknown>>>((resolve) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
      });
      out[name] = records.map((r) =>
        r.weightData instanceof ArrayBuffer ? { ...r, weightData: btoa(String.fromCharCode(...new Uint8Array(r.weightData))) } : r,
      );
    }
    db.close();
    return out;
  });
}

test('1,000 runs and 20 saved models export from Settings and import back after a reset, every record the same', async ({ page }) => {
  test.setTimeout(90_000);
  await makeProgress(page);
  await page.evaluate(seedRegistryState, { runs: 1000, models: 20 });
  await page.goto('./#/settings');
  await waitForApp(page);
  const before = await everything(page);
  expect(before.runs).toHaveLength(1000);
  expect(before.models).toHaveLength(20);
  expect(before.modelArtifacts).toHaveLength(20);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const text = readFileSync(await (await downloadPromise).path(), 'utf8');
  expect(JSON.parse(text).data.models).toHaveLength(20);

  await page.getByRole('button', { name: 'Reset all progress' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('All progress was deleted.')).toBeVisible();
  expect(await readStored(page, 'models', 'model-00')).toBeUndefined();
  expect(await readStored(page, 'modelArtifacts', 'model-00')).toBeUndefined();

  await page.getByLabel('Import progress from a file').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByText('Progress imported.')).toBeVisible({ timeout: 30_000 });
  expect(await readStored(page, 'models', 'model-00')).toMatchObject({ stage: 'production', card: { intendedUse: 'Teaching, model 0.' } });
  expect(await everything(page)).toEqual(before);
});

test('a version-1 database made before the app opens is upgraded with every record kept', async ({ page }) => {
  // A page of the same origin that is not the app, so nothing opens the database first.
  await page.goto('./robots.txt');
  await page.evaluate(async (fixture) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ml-that-works', 1);
      request.onupgradeneeded = () => {
        const d = request.result;
        d.createObjectStore('progress', { keyPath: 'slug' });
        d.createObjectStore('answers', { keyPath: 'checkId' });
        d.createObjectStore('interactives', { keyPath: 'id' });
        d.createObjectStore('settings', { keyPath: 'key' });
        const runs = d.createObjectStore('runs', { keyPath: 'id' });
        runs.createIndex('by-lab', 'lab');
        runs.createIndex('by-created', 'createdAt');
        d.createObjectStore('models', { keyPath: 'id' }).createIndex('by-stage', 'stage');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(Object.keys(fixture.stores), 'readwrite');
    for (const [name, records] of Object.entries(fixture.stores)) {
      for (const record of records as Array<Record<string, unknown>>) {
        const { weightDataBase64, ...rest } = record;
        const bytes = typeof weightDataBase64 === 'string' ? Uint8Array.from(atob(weightDataBase64), (c) => c.charCodeAt(0)).buffer : undefined;
        tx.objectStore(name).put(bytes ? { ...rest, weightData: bytes } : rest);
      }
    }
    await new Promise((resolve, reject) => ((tx.oncomplete = resolve), (tx.onerror = () => reject(tx.error))));
    db.close();
  }, v1Records);

  await page.goto('./#/runs');
  await waitForApp(page);
  const after = await everything(page);
  const stores = v1Records.stores;
  for (const name of ['progress', 'answers', 'interactives', 'settings', 'runs']) {
    const key = (r: unknown) => JSON.stringify(r);
    expect(after[name].map(key).sort(), name).toEqual(stores[name].map(key).sort());
  }
  for (const { weightDataBase64, topology, weightSpecs, ...meta } of stores.models) {
    expect(after.models).toContainEqual(expect.objectContaining(meta));
    expect(after.modelArtifacts).toContainEqual({ id: meta.id, topology, weightSpecs, weightData: weightDataBase64 });
  }
  expect(after.reviews).toHaveLength(stores.answers.length);
  await expect(page.getByRole('region', { name: 'Saved models' }).getByRole('article')).toHaveCount(stores.models.length);
});
