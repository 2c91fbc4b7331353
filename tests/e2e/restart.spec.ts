import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, waitForApp, watchContext, collectViolations } from './fixtures';
import { chromiumArgs } from '../../playwright.config';
import { readStored } from './support/stored';

test('progress survives closing and restarting the browser', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'mltw-profile-'));
  const launch = async () => {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
      baseURL,
    });
    const foreign: string[] = [];
    await watchContext(context, foreign);
    return { context, foreign };
  };
  try {
    const run1 = await launch();
    const page = run1.context.pages()[0] ?? (await run1.context.newPage());
    await page.goto('./#/lesson/roles/gap');
    await waitForApp(page);
    await page.getByRole('button', { name: /Next section/ }).click();
    await expect(page).toHaveURL(/recipe$/);
    // The section is marked done by a write that lands after the page has moved on: wait for it
    // before closing the browser (support/stored.ts says why).
    await expect
      .poll(async () => (await readStored<{ completedSections: string[] }>(page, 'progress', 'roles'))?.completedSections ?? [])
      .toContain('gap');
    // These contexts are not the fixture's: check their pages here (their workers and
    // earlier loads report to the collector, which the fixture's guard reads).
    expect(await collectViolations(run1.context), 'CSP violations in the first run').toEqual([]);
    await run1.context.close();
    expect(run1.foreign).toEqual([]);

    const run2 = await launch();
    const again = run2.context.pages()[0] ?? (await run2.context.newPage());
    await again.goto('./#/');
    await waitForApp(again);
    await expect(again.locator('.course-map > li').first()).toContainText('1 of 6 sections done');
    await expect(again.getByRole('link', { name: 'Continue' }).first()).toHaveAttribute('href', '#/lesson/roles/recipe');
    expect(await collectViolations(run2.context), 'CSP violations in the second run').toEqual([]);
    await run2.context.close();
    expect(run2.foreign).toEqual([]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
