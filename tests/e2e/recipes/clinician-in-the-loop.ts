import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Runs the Clinician-in-the-loop lab with its defaults to a visible result, by
 * keyboard: trains on all inputs, flags the weekday scan, retrains without it,
 * predicts, tests both at the second hospital, and checks the takeaway is shown.
 * Starts on the lab's section (#/lesson/agile/mayo); `region` is the lab's region.
 */
export default async function runToResult(page: Page, region: Locator): Promise<void> {
  const status = (text: string) => region.getByRole('status').filter({ hasText: text });
  const trainAll = region.getByRole('button', { name: 'Train on all inputs' });
  await expect(trainAll).toBeEnabled({ timeout: 30_000 });
  await trainAll.focus();
  await page.keyboard.press('Enter');
  await expect(status('All inputs: holdout AUC')).toBeVisible({ timeout: 60_000 });

  const weekday = region.getByRole('radio', { name: 'Scan ordered on a weekday' });
  await weekday.focus();
  await page.keyboard.press('Space');
  await expect(weekday).toBeChecked();
  const retrain = region.getByRole('button', { name: 'Retrain without “Scan ordered on a weekday”' });
  await retrain.focus();
  await page.keyboard.press('Enter');
  await expect(status('Without “Scan ordered on a weekday”: holdout AUC')).toBeVisible({ timeout: 60_000 });

  const answer = region.getByRole('radio', { name: 'The model without “Scan ordered on a weekday”' });
  await answer.focus();
  await page.keyboard.press('Space');
  const reveal = region.getByRole('button', { name: 'Test both at the second hospital' });
  await reveal.focus();
  await page.keyboard.press('Enter');
  const takeaway = region.getByRole('region', { name: 'What this shows' });
  await expect(takeaway).toBeVisible();
  await expect(takeaway).toContainText(/At the training hospital the model with every input looked better: AUC 0\.\d{3} against 0\.\d{3}/);
}
