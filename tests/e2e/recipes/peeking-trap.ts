import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { Actions } from './actions';

/** Runs the default A/A tests (in the peeking worker); the share of false wins appears. */
export default async function runToResult(_page: Page, region: Locator, act: Actions): Promise<void> {
  await act.press(region.getByRole('button', { name: 'Run the A/A tests' }));
  await expect(region.locator('.card-peeking .value')).toHaveText(/^\d+(\.\d+)?%$/, { timeout: 30_000 });
}
