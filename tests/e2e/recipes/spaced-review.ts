import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** With no history: starts with a new question, answers it, and sees the feedback and the practice counted. */
export default async function runToResult(_page: Page, region: Locator): Promise<void> {
  await region.getByRole('button', { name: 'Start with new questions' }).click();
  await expect(region.locator('.reasoning')).toContainText('You have not answered this question yet');
  await region.getByRole('radio').first().check();
  await region.getByRole('button', { name: 'Check answer' }).click();
  await expect(region.locator('.verdict')).toHaveText(/^(Correct|Not quite)\.$/);
  await expect(region.getByText(/out of 1 you have practiced\. 1 answered in this session\./)).toBeVisible();
}
