import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { Actions } from './actions';

/**
 * Answers one question of the review, whatever the learner's history: with none (the offline
 * test), "Start with new questions"; after a whole course (the keyboard test), a due question
 * is already shown, or "Practice a new question" offers one. Then the feedback shows and the
 * practice is counted.
 */
export default async function runToResult(_page: Page, region: Locator, act: Actions): Promise<void> {
  const start = region.getByRole('button', { name: 'Start with new questions' });
  const practiceNew = region.getByRole('button', { name: 'Practice a new question' });
  const check = region.getByRole('button', { name: 'Check answer' });
  await expect(start.or(practiceNew).or(check).first()).toBeVisible({ timeout: 30_000 });
  if (await start.isVisible()) await act.press(start);
  else if (await practiceNew.isVisible()) await act.press(practiceNew);
  await expect(region.locator('.reasoning')).toContainText(/\w/);
  await act.check(region.getByRole('radio').first());
  await act.press(check);
  await expect(region.locator('.verdict')).toHaveText(/^(Correct|Not quite)\.$/);
  await expect(region.getByText(/you have practiced\. 1 answered in this session\./)).toBeVisible();
}
