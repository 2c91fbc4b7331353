import { expect, type Locator, type Page } from '@playwright/test';
import type { Actions } from './actions';

/**
 * Starting where the A/B test analyzer is embedded, runs it with its default inputs to a visible
 * result: the analyzer computes as soon as its fields are valid, so the result table must show
 * every row with a number and the plain reading must be there.
 */
export default async function runToResult(page: Page, region: Locator, _act: Actions): Promise<void> {
  await expect(region.getByLabel('Visitors in A')).toBeVisible();
  const table = region.getByRole('table', { name: /Result of the test/ });
  const cell = (header: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: header, exact: true }) }).getByRole('cell');
  await expect(cell('Difference (B − A)')).toHaveText(/^[+−]\d[\d.]* percentage points$/);
  await expect(cell('95% confidence interval')).toHaveText(/ to /);
  await expect(cell('p-value')).toHaveText(/^(\d\.\d+|\d\.\d\de-\d+)$/);
  await expect(cell('Relative lift')).toHaveText(/%$/);
  await expect(cell('Sample-ratio mismatch p-value')).toHaveText(/^(\d\.\d+|\d\.\d\de-\d+)$/);
  await expect(region.getByRole('heading', { name: 'What this says' })).toBeVisible();
}
