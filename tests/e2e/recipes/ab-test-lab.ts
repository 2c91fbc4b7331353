import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { Actions } from './actions';

/** Runs the default experiment; its replay ends on the result panel. */
export default async function runToResult(_page: Page, region: Locator, act: Actions): Promise<void> {
  await act.press(region.getByRole('button', { name: 'Run experiment' }));
  await expect(region.getByRole('heading', { name: 'Result after 14 days' })).toBeVisible({ timeout: 30_000 });
  await expect(region.locator('section.result')).toContainText(/95% CI/);
}
