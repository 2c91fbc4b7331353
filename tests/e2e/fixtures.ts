import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { describeReport, isCanary, readCspReports } from './support/cspCollector';

/**
 * Every e2e test runs with two tripwires: a Content-Security-Policy violation, or
 * any request to another origin, fails the test. Violations are seen twice: by a
 * listener in each page (immediate), and by the loopback collector the server's
 * policy header reports to (pages before a reload, dedicated workers, the service
 * worker, contexts a test launches itself). With two local workers a violation
 * may also fail the test running beside it; CI runs one worker.
 */
export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ context }, use) => {
      const foreign: string[] = [];
      const reportsBefore = (await readCspReports()).length;
      await watchContext(context, foreign);
      await use();
      const inPages = await collectViolations(context);
      const reported = (await readCspReports()).slice(reportsBefore).map(describeReport).filter((r) => !isCanary(r));
      expect(inPages, 'Content-Security-Policy violations seen in the page').toEqual([]);
      expect(reported, 'Content-Security-Policy violations reported to the collector').toEqual([]);
      expect(foreign, 'requests to another origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

const CSP_SCRIPT = () => {
  (window as unknown as { __csp: string[] }).__csp = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    (window as unknown as { __csp: string[] }).__csp.push(`${event.effectiveDirective} blocked ${event.blockedURI} in ${event.documentURI}`);
  });
};

/** Installs the CSP listener and the foreign-request tripwire on a context. */
export async function watchContext(context: BrowserContext, foreign: string[]): Promise<void> {
  await context.addInitScript(CSP_SCRIPT);
  await context.route(
    (url) => !['localhost', '127.0.0.1'].includes(url.hostname) && ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol),
    async (route) => {
      foreign.push(route.request().url());
      await route.abort();
    },
  );
}

/** The violations the open pages of a context saw since they loaded, leaving out deliberate ones. */
export async function collectViolations(context: BrowserContext): Promise<string[]> {
  const all: string[] = [];
  for (const page of context.pages()) {
    if (page.isClosed()) continue;
    try {
      all.push(...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])));
    } catch {
      // a page mid-navigation has no listener to read; its next load re-installs it
    }
  }
  return all.filter((v) => !isCanary(v));
}

/** Waits until the app has opened storage and loaded progress. */
export async function waitForApp(page: Page): Promise<void> {
  await expect(page.locator('main#main')).toBeVisible();
  await page.waitForFunction(() => document.documentElement.dataset.storage === 'ready');
}
