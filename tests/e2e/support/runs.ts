import type { Locator, Page } from '@playwright/test';

/** The recorded runs listed on #/runs (or in the lesson's Runs and registry), one list item per run. */
export const runItems = (page: Page): Locator => page.getByRole('list', { name: 'Recorded runs' }).getByRole('listitem');

/** Opens a run's details (metrics, parameters, seed, dataset, backend) in its list item. */
export async function openRunDetails(item: Locator): Promise<void> {
  await item.getByRole('button', { name: 'Details' }).click();
}
