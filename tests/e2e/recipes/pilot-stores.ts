import { expect, type Locator, type Page } from '@playwright/test';
import type { Actions } from './actions';

/**
 * Runs the Pilot stores lab with its defaults (seed 7, 10% threshold) to its
 * result: a prediction, the pilot, every proposal accepted, the rollout to all
 * 30 stores; then checks the costs table and the takeaway are on screen.
 */
export default async function runToResult(page: Page, region: Locator, act: Actions): Promise<void> {
  await act.check(region.getByRole('radio', { name: /More than two thirds/ }));
  await act.press(region.getByRole('button', { name: 'Run the basic forecast in the pilot stores' }));
  await expect(region.getByRole('status').filter({ hasText: 'Basic forecast fitted in the 3 pilot stores' })).toBeVisible();
  for (const name of ['seasonal component', 'local-holiday feature', 'promotion calendar']) {
    await act.press(region.getByRole('button', { name: 'Accept and retrain' }));
    await expect(region.getByRole('status').filter({ hasText: `Retrained with the ${name}` })).toBeVisible();
  }
  for (const reach of [3, 10, 30]) {
    await act.press(region.getByRole('button', { name: reach === 3 ? 'Roll out to the 3 pilot stores' : `Roll out to ${reach} stores` }));
    await expect(region.getByRole('status').filter({ hasText: `Wave to ${reach} stores` })).toBeVisible();
  }
  const costs = region.getByRole('table', { name: /What each wave’s forecast errors cost/ });
  await expect(costs.locator('tbody tr')).toHaveCount(3);
  await expect(region.getByText('Rollout complete: all 30 stores run the forecast.')).toBeVisible();
  await expect(region.getByRole('region', { name: 'What this shows' })).toContainText(/The rollout reached all 30 stores\. .* cost \$[\d,]+ in stock-outs and waste/);
  await expect(page.getByRole('region', { name: 'Pilot stores' })).toBeVisible();
}
