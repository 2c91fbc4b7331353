import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { test, expect, waitForApp } from './fixtures';
import { CSP_META, cspHeaderReportingTo } from '../../build/csp';
import { CSP_REPORT_URI, describeReport, isCanary, readCspReports } from './support/cspCollector';

/**
 * The policy of build/csp.ts reaches the browser everywhere: as the built page's
 * meta tag, and as a header on the page, the service worker and every worker
 * script. A violation made on purpose in each of those places reaches the
 * collector the fixture's guard reads, so the guard would catch a real one.
 */
const workerScripts = readdirSync('dist/assets').filter((f) => /\.worker-[\w-]+\.js$/.test(f));

test('the built index.html carries the policy in a meta tag before any script', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  expect(meta?.[1], 'the CSP meta tag of dist/index.html').toBe(CSP_META);
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  // One inline script runs (the route preload), and the policy allows it by the hash of its text.
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  expect(inline).toHaveLength(1);
  expect(meta?.[1]).toContain(`'sha256-${createHash('sha256').update(inline[0]).digest('base64')}'`);
  expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\bsrc=|type="application\/json"/.test(tag))).toEqual(['<script>']);
});

test('the server sends the policy as a header on the page, the service worker and every worker script', async ({ request }) => {
  expect(workerScripts.length, 'worker scripts in dist/assets').toBeGreaterThanOrEqual(4);
  const workbox = readdirSync('dist').filter((f) => /^workbox-\w+\.js$/.test(f));
  const paths = ['./', './index.html', './sw.js', ...workbox.map((f) => `./${f}`), ...workerScripts.map((f) => `./assets/${f}`)];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-security-policy'], path).toBe(cspHeaderReportingTo(CSP_REPORT_URI));
  }
});

test('violations made on purpose in the page, a worker and the service worker all reach the collector, across a reload', async ({ page, context }) => {
  const before = (await readCspReports()).length;
  await page.goto('./?csp-canary#/');
  await waitForApp(page);

  // 1. An inline script injected into the page is refused and reported.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
  });
  expect(ran, 'the injected inline script ran').toBe(false);
  await page.reload();
  await waitForApp(page);
  // The page's own listener forgot it with the reload; the collector did not.
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);

  // 2. A dedicated worker (the app's own training worker script) fetching another origin.
  const workerStarted = page.waitForEvent('worker');
  await page.evaluate((url) => {
    (window as unknown as { __probe: Worker }).__probe = new Worker(url, { type: 'module' });
  }, `./assets/${workerScripts.find((f) => f.startsWith('training.worker'))}`);
  const worker = await workerStarted;
  expect(await worker.evaluate(() => fetch('http://csp-canary.invalid/from-worker').then(() => 'fetched', () => 'refused'))).toBe('refused');

  // 3. The service worker fetching another origin.
  await page.evaluate(() => navigator.serviceWorker.ready);
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  expect(await serviceWorker.evaluate(() => fetch('http://csp-canary.invalid/from-sw').then(() => 'fetched', () => 'refused'))).toBe('refused');

  await expect
    .poll(async () => (await readCspReports()).slice(before).map(describeReport).filter(isCanary), { timeout: 15_000 })
    .toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^script-src-elem blocked inline in http:\/\/localhost:\d+\/\?csp-canary/),
        expect.stringMatching(/^connect-src blocked http:\/\/csp-canary\.invalid.* in http:\/\/localhost:\d+\/assets\/training\.worker-/),
        expect.stringMatching(/^connect-src blocked http:\/\/csp-canary\.invalid.* in http:\/\/localhost:\d+\/sw\.js/),
      ]),
    );
});
