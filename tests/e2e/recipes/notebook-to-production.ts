import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Measures the three models on this device with the default budget, calls and backend. */
export default async function runToResult(_page: Page, region: Locator): Promise<void> {
  await region.getByRole('button', { name: 'Measure on this device' }).click();
  await expect(region.locator('[data-verdict]')).not.toHaveAttribute('data-verdict', 'waiting', { timeout: 60_000 });
  await expect(region.getByRole('status').filter({ hasText: 'Done in' })).toBeVisible();
  await expect(region.locator('.bar-chart rect.bar')).toHaveCount(3);
}
