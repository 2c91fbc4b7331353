import { expect, type Locator, type Page } from '@playwright/test';
import type { Actions } from './actions';

/**
 * Runs and registry lists the runs the labs before it recorded (the offline test runs the labs in
 * id order, and the keyboard course test runs lesson 4 before lesson 5, so the A/B test lab has run):
 * filters to the A/B lab's runs and reproduces the newest, which loads that lab's chunk (from the
 * cache when offline) and must give the same numbers.
 */
export default async function runToResult(_page: Page, region: Locator, act: Actions): Promise<void> {
  const list = region.getByRole('list', { name: 'Recorded runs' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  await act.select(region.getByLabel('Lab', { exact: true }), 'A/B test lab');
  const first = list.getByRole('listitem').first();
  await expect(first).toContainText('A/B test lab');
  const id = await first.getAttribute('id');
  const original = region.locator(`[id="${id}"]`);
  await act.press(original.getByRole('button', { name: /^Reproduce/ }));
  await expect(original.getByRole('status').filter({ hasText: 'Same numbers' })).toContainText(/metrics came out identical, on the same backend \(js\)/, { timeout: 30_000 });
}
