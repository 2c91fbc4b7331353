import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { Actions } from './actions';

/** Fits both models (in the models worker) on the default weeks; each reports its fit. */
export default async function runToResult(_page: Page, region: Locator, act: Actions): Promise<void> {
  await expect(region.getByText('Dataset version')).toBeVisible();
  for (const [button, name] of [
    ['Train linear regression', 'Linear regression'],
    ['Train gradient-boosted trees', 'Gradient-boosted trees'],
  ]) {
    await act.press(region.getByRole('button', { name: button }));
    await expect(region.getByRole('status').filter({ hasText: `${name} fitted in` })).toBeVisible({ timeout: 60_000 });
  }
  await expect(region.getByText(/^A promotion week adds about/)).toBeVisible();
}
