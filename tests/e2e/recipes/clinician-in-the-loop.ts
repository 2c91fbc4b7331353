import { expect, type Locator, type Page } from '@playwright/test';
import type { Actions } from './actions';

/**
 * Runs the Clinician-in-the-loop lab with its defaults to a visible result: trains on all
 * inputs, flags the weekday scan, retrains without it, predicts, tests both at the second
 * hospital, and checks the takeaway is shown. Starts on the lab's section
 * (#/lesson/agile/mayo); `region` is the lab's region.
 */
export default async function runToResult(_page: Page, region: Locator, act: Actions): Promise<void> {
  const status = (text: string) => region.getByRole('status').filter({ hasText: text });
  const trainAll = region.getByRole('button', { name: 'Train on all inputs' });
  await expect(trainAll).toBeEnabled({ timeout: 30_000 });
  await act.press(trainAll);
  await expect(status('All inputs: holdout AUC')).toBeVisible({ timeout: 60_000 });

  const weekday = region.getByRole('radio', { name: 'Scan ordered on a weekday' });
  await act.check(weekday);
  await expect(weekday).toBeChecked();
  await act.press(region.getByRole('button', { name: 'Retrain without “Scan ordered on a weekday”' }));
  await expect(status('Without “Scan ordered on a weekday”: holdout AUC')).toBeVisible({ timeout: 60_000 });

  await act.check(region.getByRole('radio', { name: 'The model without “Scan ordered on a weekday”' }));
  await act.press(region.getByRole('button', { name: 'Test both at the second hospital' }));
  const takeaway = region.getByRole('region', { name: 'What this shows' });
  await expect(takeaway).toBeVisible();
  await expect(takeaway).toContainText(/At the training hospital the model with every input looked better: AUC 0\.\d{3} against 0\.\d{3}/);
}
