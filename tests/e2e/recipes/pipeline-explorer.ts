import { expect, type Locator, type Page } from '@playwright/test';
import type { Actions } from './actions';

/**
 * Runs the Pipeline explorer with its defaults (a failing unit test) to a visible result: predicts
 * "Both pipelines", runs, skips the animation if it is still playing, and checks that both pipelines
 * caught the fault at their unit tests.
 */
export default async function runToResult(page: Page, region: Locator, act: Actions): Promise<void> {
  await act.check(region.getByRole('radio', { name: 'Both pipelines', exact: true }));
  await act.press(region.getByRole('button', { name: 'Run both pipelines' }));
  // The animation steps one stage every 600 ms (the lab's own spec covers Skip and reduced motion).
  await expect(region.getByRole('heading', { name: 'What happened' })).toBeVisible({ timeout: 30_000 });
  await expect(region.locator('section.result')).toContainText('Your prediction (“Both pipelines”) was right.');
  for (const track of ['DevOps CI/CD', 'MLOps CI/CD/CT']) {
    await expect(region.getByRole('region', { name: track }).locator('li[data-stage="unit-tests"]')).toContainText('Caught here');
  }
  expect(await page.evaluate(() => document.querySelectorAll('.tracks[data-phase="done"]').length)).toBe(1);
}
