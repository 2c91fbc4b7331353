import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Actions } from './actions';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/tools/${name}`, import.meta.url));

/**
 * Starting where the Drift report is embedded, loads the two fixture CSV files into "Reference data"
 * and "Current data" and waits for the report: one row per shared column, tested, with a verdict.
 */
export default async function runToResult(_page: Page, region: Locator, act: Actions): Promise<void> {
  await act.setFiles(region.getByLabel('Reference data'), [fixture('reference.csv')]);
  await act.setFiles(region.getByLabel('Current data'), [fixture('current.csv')]);
  const table = region.getByRole('table', { name: 'Drift per column, reference against current' });
  await expect(table.locator('tbody tr')).toHaveCount(6);
  await expect(table.getByRole('rowheader', { name: 'plan' })).toBeVisible();
  await expect(table.locator('tbody tr').first().locator('td').last()).toHaveText(/^(yes|no)$/);
  await expect(region.getByText('Only in the reference file, not tested: legacy_score.')).toBeVisible();
}
