import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { Actions } from './actions';

/** Measures the three models on this device with the default budget, calls and backend. */
export default async function runToResult(_page: Page, region: Locator, act: Actions): Promise<void> {
  await act.press(region.getByRole('button', { name: 'Measure on this device' }));
  await expect(region.locator('[data-verdict]')).not.toHaveAttribute('data-verdict', 'waiting', { timeout: 60_000 });
  await expect(region.getByRole('status').filter({ hasText: 'Done in' })).toBeVisible();
  await expect(region.locator('.bar-chart rect.bar')).toHaveCount(3);
}
