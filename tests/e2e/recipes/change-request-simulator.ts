import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';
import type { Actions } from './actions';

/**
 * Runs the Change-request simulator with its defaults to a visible result, starting on its section:
 * commits to a prediction (the lab will not run without one), runs, and waits for the takeaway and totals.
 */
export default async function runToResult(page: Page, region: Locator, act: Actions): Promise<void> {
  await act.check(region.getByRole('radio', { name: 'The modular one' }));
  await act.press(region.getByRole('button', { name: 'Run the change requests' }));
  await expect(region.getByRole('heading', { name: 'What your numbers say' })).toBeVisible();
  await expect(region.locator('[data-total="modular"]')).toHaveText(/^\d+(\.\d)?$/);
  await expect(region.getByRole('status').filter({ hasText: 'change requests costed' })).toHaveCount(1);
  void page;
}
