import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { Actions } from './actions';

/** Runs the default year of small experiments; the counts of true and false wins appear. */
export default async function runToResult(_page: Page, region: Locator, act: Actions): Promise<void> {
  await act.press(region.getByRole('button', { name: 'Run the year' }));
  await expect(region.locator('.count-true-win .number')).toHaveText(/^\d+$/, { timeout: 30_000 });
  await expect(region.locator('.count-false-win .number')).toHaveText(/^\d+$/);
}
