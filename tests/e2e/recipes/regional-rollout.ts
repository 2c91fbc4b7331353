import { expect, type Locator, type Page } from '@playwright/test';
import type { Actions } from './actions';

/**
 * Starting on the Regional rollout's section, makes the prediction, runs the rollout with the
 * scenario's settings and waits for its numbers and takeaway.
 */
export default async function runToResult(page: Page, region: Locator, act: Actions): Promise<void> {
  await act.check(region.getByRole('radio', { name: /Many more riders exposed/ }));
  await act.press(region.getByRole('button', { name: 'Run the rollout' }));
  await expect(region.locator('[data-metric="exposed"]')).toHaveText(/^\d[\d,]*$/, { timeout: 30_000 });
  await expect(region.getByRole('heading', { name: 'What your numbers say' })).toBeVisible();
  await expect(region.getByRole('list', { name: /Region status at the end of day 84/ }).getByRole('listitem')).toHaveCount(6);
  expect(await page.evaluate(() => document.documentElement.dataset.storage)).toBe('ready');
}
