import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * Every e2e test runs with two tripwires: a Content-Security-Policy violation in
 * the page, or any request to another origin, fails the test.
 */
export const test = base.extend<{ guard: void }>({
  guard: [
    async ({ context }, use) => {
      const foreign: string[] = [];
      await watchContext(context, foreign);
      await use();
      const violations = await collectViolations(context);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
      expect(foreign, 'requests to another origin').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

const CSP_SCRIPT = () => {
  (window as unknown as { __csp: string[] }).__csp = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
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

async function collectViolations(context: BrowserContext): Promise<string[]> {
  const all: string[] = [];
  for (const page of context.pages()) {
    if (page.isClosed()) continue;
    try {
      all.push(...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])));
    } catch {
      // a page mid-navigation has no listener to read; its next load re-installs it
    }
  }
  return all;
}

/** Waits until the app has opened storage and loaded progress. */
export async function waitForApp(page: Page): Promise<void> {
  await expect(page.locator('main#main')).toBeVisible();
  await page.waitForFunction(() => document.documentElement.dataset.storage === 'ready');
}
