import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { Actions } from './actions';

/** With no history: starts with a new question, answers it, and sees the feedback and the practice counted. */
export default async function runToResult(_page: Page, region: Locator, act: Actions): Promise<void> {
  await act.press(region.getByRole('button', { name: 'Start with new questions' }));
  await expect(region.locator('.reasoning')).toContainText('You have not answered this question yet');
  await act.check(region.getByRole('radio').first());
  await act.press(region.getByRole('button', { name: 'Check answer' }));
  await expect(region.locator('.verdict')).toHaveText(/^(Correct|Not quite)\.$/);
  await expect(region.getByText(/out of 1 you have practiced\. 1 answered in this session\./)).toBeVisible();
}
