import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Runs and registry lists the runs the labs before it recorded (the offline test runs the labs in
 * id order, so the A/B test lab has run): filters to the A/B lab's runs and reproduces the newest,
 * which loads that lab's chunk from the cache and must give the same numbers.
 */
export default async function runToResult(_page: Page, region: Locator): Promise<void> {
  const list = region.getByRole('list', { name: 'Recorded runs' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  await region.getByLabel('Lab', { exact: true }).selectOption({ label: 'A/B test lab' });
  const first = list.getByRole('listitem').first();
  await expect(first).toContainText('A/B test lab');
  const id = await first.getAttribute('id');
  const original = region.locator(`[id="${id}"]`);
  await original.getByRole('button', { name: /^Reproduce/ }).click();
  await expect(original.getByRole('status').filter({ hasText: 'Same numbers' })).toContainText(/metrics came out identical, on the same backend \(js\)/, { timeout: 30_000 });
}
