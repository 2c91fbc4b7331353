import { expect, type Locator, type Page } from '@playwright/test';
import type { Actions } from './actions';

/**
 * Runs the Drift lab with its defaults to a visible result: "Run all three policies" runs the
 * year under never / daily / on-drift in the training worker, and the comparison table then has
 * a row per policy and the takeaway quotes them. Starts on the lab's section
 * (#/lesson/mlops/drift); `region` is the lab's region.
 */
export default async function runToResult(_page: Page, region: Locator, act: Actions): Promise<void> {
  await act.press(region.getByRole('button', { name: 'Run all three policies' }));
  const table = region.getByRole('table', { name: 'Outcomes per policy, same stream and settings' });
  await expect(table.locator('tbody tr')).toHaveCount(3, { timeout: 180_000 });
  const takeaway = region.getByRole('region', { name: 'What this shows' });
  await expect(takeaway).toContainText(/Never retraining: mean accuracy \d+\.\d%.*Retraining every day: \d+\.\d%.*Retraining on drift: \d+\.\d%/);
}
