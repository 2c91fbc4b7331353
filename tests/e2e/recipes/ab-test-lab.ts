import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Runs the default experiment; its replay ends on the result panel. */
export default async function runToResult(_page: Page, region: Locator): Promise<void> {
  await region.getByRole('button', { name: 'Run experiment' }).click();
  await expect(region.getByRole('heading', { name: 'Result after 14 days' })).toBeVisible({ timeout: 30_000 });
  await expect(region.locator('section.result')).toContainText(/95% CI/);
}
