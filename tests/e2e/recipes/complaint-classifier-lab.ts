import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { Actions } from './actions';

/** Trains the decision tree and the network (TF.js in its worker) on the default corpus; the comparison fills. */
export default async function runToResult(_page: Page, region: Locator, act: Actions): Promise<void> {
  await expect(region.getByText('Dataset version')).toBeVisible({ timeout: 20_000 });
  await act.press(region.getByRole('button', { name: 'Train decision tree' }));
  await expect(region.locator('[data-model="decision-tree"]').getByText(/Decision tree trained in/)).toBeVisible({ timeout: 30_000 });
  await act.press(region.getByRole('button', { name: 'Train neural network' }));
  await expect(region.locator('[data-model="neural-network"]').getByText(/Neural network trained in/)).toBeVisible({ timeout: 90_000 });
  await expect(region.getByTestId('comparison')).not.toContainText('not trained yet');
}
