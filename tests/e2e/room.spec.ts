import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { cspHeaderReportingTo } from '../../build/csp';
import { chromiumArgs } from '../../playwright.config';
import { compressDist } from '../../scripts/room/compress.mjs';
import { createRoomHandler } from '../../scripts/room/server.mjs';
import { CSP_REPORT_URI } from './support/cspCollector';
import { collectViolations, expect, test, waitForApp } from './fixtures';

const SECTION = '#/lesson/experiments/ab-lab';
const lab = (page: Page) => page.getByRole('region', { name: 'A/B test lab' });
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Runs the A/B lab to its end (reduced motion shows the final state at once) and returns what the result panel says. */
async function runLab(page: Page): Promise<string> {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await lab(page).getByRole('button', { name: 'Run experiment' }).click();
  const result = lab(page).locator('section.result');
  await expect(result).toContainText(/95% CI/);
  return (await result.innerText()).replace(/\s+/g, ' ');
}

/** Clicks "Share this scenario" and returns the link shown beside its QR code (after checking the code is there). */
async function share(region: Locator): Promise<string> {
  await region.getByRole('button', { name: 'Share this scenario' }).click();
  const link = region.locator('.share .link a');
  await expect(link).toBeVisible();
  const url = (await link.textContent()) ?? '';
  const qr = region.getByRole('img', { name: /QR/ });
  await expect(qr).toHaveAccessibleName(`QR code of the link ${url}`);
  // A real code: a square of modules (21 for version 1, 4 more per version) drawn as one path.
  const modules = Number(await qr.getAttribute('data-modules'));
  expect((modules - 21) % 4).toBe(0);
  expect((await qr.locator('path').getAttribute('d'))?.length ?? 0).toBeGreaterThan(500);
  return url;
}

test('a shared scenario opens in a fresh browser context with the same numbers', async ({ page, browser }) => {
  await page.goto(`./${SECTION}`);
  await waitForApp(page);
  await lab(page).getByLabel('Seed').fill('2024');
  await lab(page).getByLabel('Seed').press('Enter');
  await lab(page).getByRole('spinbutton', { name: 'Days', exact: true }).fill('9');
  await lab(page).getByRole('spinbutton', { name: 'Days', exact: true }).press('Enter');
  const here = await runLab(page);
  expect(here).toContain('Result after 9 days');
  const url = await share(lab(page));
  expect(url).toMatch(/^http:\/\/localhost:\d+\/#\/lesson\/experiments\/ab-lab\?/);
  expect(new URL(url).hash).toContain('ab.seed=2024');
  expect(await axeViolations(page)).toEqual([]);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(url);
    await waitForApp(other);
    expect(await runLab(other)).toBe(here);
  } finally {
    await fresh.close();
  }

  // A course hosted elsewhere: the presenter types the room address in Settings (validated).
  await page.goto('./#/settings');
  await waitForApp(page);
  const field = page.getByRole('textbox', { name: 'Room address' });
  await field.fill('ftp://192.168.1.20/');
  await page.getByRole('button', { name: 'Save room address' }).click();
  await expect(field).toHaveAccessibleDescription(/must start with http:\/\/ or https:\/\//);
  await field.fill('192.168.1.20:4173');
  await page.getByRole('button', { name: 'Save room address' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Room address saved.' })).toBeVisible();
  await expect(field).toHaveValue('http://192.168.1.20:4173/');
  await page.goto(`./${SECTION}`);
  await waitForApp(page);
  expect(await share(lab(page))).toMatch(/^http:\/\/192\.168\.1\.20:4173\/#\/lesson\/experiments\/ab-lab/);
});

test.describe('a learner on plain http at a room address (room.test mapped to 127.0.0.1)', () => {
  let server: Server;
  let room: Browser;
  let origin: string;

  test.beforeAll(async () => {
    const dist = path.resolve('dist');
    compressDist(dist);
    let urls: string[] = [];
    server = createServer(createRoomHandler({ root: dist, csp: cspHeaderReportingTo(CSP_REPORT_URI), urls: () => urls }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://room.test:${(server.address() as AddressInfo).port}`;
    urls = [`${origin}/`];
    // Only loopback: the made-up name resolves to 127.0.0.1, so nothing leaves the machine.
    room = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...chromiumArgs, '--host-resolver-rules=MAP room.test 127.0.0.1'] });
  });

  test.afterAll(async () => {
    await room?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  test('the A/B lab records a run, the page says what is off, and share links use the room address', async () => {
    const context = await room.newContext();
    const foreign: string[] = [];
    await context.route(
      (url) => url.hostname !== 'room.test' && ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol),
      async (route) => {
        foreign.push(route.request().url());
        await route.abort();
      },
    );
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/${SECTION}`);
      await waitForApp(page);
      expect(await page.evaluate(() => ({ secure: isSecureContext, sw: 'serviceWorker' in navigator, uuid: typeof crypto.randomUUID }))).toEqual({
        secure: false,
        sw: false,
        uuid: 'undefined',
      });
      await expect(page.getByRole('complementary', { name: 'Opened over plain http' })).toContainText('offline');

      await runLab(page);
      await expect
        .poll(() => page.evaluate(() => new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('ml-that-works');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('runs').objectStore('runs').getAll();
            get.onsuccess = () => (open.result.close(), resolve((get.result as { lab: string; id: string }[]).map((r) => `${r.lab} ${r.id}`)));
          };
        })))
        .toEqual([expect.stringMatching(/^ab-test-lab [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)]);
      await page.goto(`${origin}/#/runs`);
      await expect(page.locator('main')).toContainText('A/B test lab');

      await page.goto(`${origin}/${SECTION}`);
      await waitForApp(page);
      const url = await share(lab(page));
      expect(url.startsWith(`${origin}/#/lesson/experiments/ab-lab`)).toBe(true);
      await expect(lab(page).getByText(/Copying is turned off on this page/)).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      expect(await collectViolations(context)).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
