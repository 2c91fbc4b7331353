import AxeBuilder from '@axe-core/playwright';
import { test, expect, waitForApp } from './fixtures';
import type { Page } from '@playwright/test';
import runToResult from './recipes/pipeline-explorer';
import { pointerActions } from './recipes/actions';
import { runItems } from './support/runs';

const lab = (page: Page) => page.getByRole('region', { name: 'Pipeline explorer' });
const track = (page: Page, name: 'DevOps CI/CD' | 'MLOps CI/CD/CT') => lab(page).getByRole('region', { name });
const stage = (page: Page, name: 'DevOps CI/CD' | 'MLOps CI/CD/CT', id: string) => track(page, name).locator(`li[data-stage="${id}"]`);

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('by keyboard alone: a schema change (skipping the animation) and a label leak (watched to the end), with the table and axe clean', async ({ page }) => {
  await page.goto('./#/lesson/mlops/mlops');
  await waitForApp(page);
  await expect(lab(page).getByRole('button', { name: 'Run both pipelines' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  // Into the fault group (the default, a failing unit test, is checked); arrows move and choose.
  await lab(page).getByRole('radio', { name: 'A failing unit test' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(lab(page).getByRole('radio', { name: 'A schema change in the input data' })).toBeChecked();
  await expect(page).toHaveURL(/pe\.fault=schema-change/);

  // Running without a prediction is refused with a message.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(lab(page).getByRole('button', { name: 'Run both pipelines' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(lab(page).getByRole('alert')).toHaveText('Choose your prediction first, then run.');

  // Back into the prediction group: with no answer chosen, Chromium focuses its first answer.
  await page.keyboard.press('Shift+Tab');
  await expect(lab(page).getByRole('radio', { name: 'Both pipelines', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(lab(page).getByRole('radio', { name: 'Only the MLOps pipeline' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(lab(page).getByRole('button', { name: 'Skip animation' })).toBeVisible();
  await expect(lab(page).getByRole('progressbar', { name: 'Stages shown' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(lab(page).getByRole('button', { name: 'Skip animation' })).toBeFocused();
  await page.keyboard.press('Enter');

  const heading = lab(page).getByRole('heading', { name: 'What happened' });
  await expect(heading).toBeFocused();
  const result = lab(page).locator('section.result');
  await expect(result).toContainText('Your prediction (“Only the MLOps pipeline”) was right.');
  await expect(result).toContainText('MLOps CI/CD/CT: caught at Data validation (stage 4 of 11).');
  await expect(result).toContainText('Cost with DevOps CI/CD: about 21 days until someone notices, with 100% of the predictions served in that time degraded.');
  await expect(stage(page, 'DevOps CI/CD', 'unit-tests')).toContainText('Passed');
  await expect(stage(page, 'DevOps CI/CD', 'unit-tests')).toContainText('fixtures with the old column name');
  await expect(stage(page, 'MLOps CI/CD/CT', 'data-validation')).toContainText('Caught here');
  await expect(stage(page, 'MLOps CI/CD/CT', 'training')).toContainText('Not reached');

  // Second fault: a label leak, predicted wrongly, watched to the end without skipping.
  await lab(page).getByRole('radio', { name: 'A schema change in the input data' }).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(lab(page).getByRole('radio', { name: 'A label leak' })).toBeChecked();
  await expect(lab(page).getByText('The fault has changed since this run.')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(lab(page).getByRole('radio', { name: 'Only the MLOps pipeline' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(lab(page).getByRole('radio', { name: 'Neither pipeline' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(lab(page).locator('.tracks')).toHaveAttribute('data-phase', 'playing');
  // Mid-animation the token is on a stage and later stages wait.
  await expect(lab(page).getByText('The release is here').first()).toBeVisible();
  await expect(lab(page).locator('.tracks')).toHaveAttribute('data-phase', 'done', { timeout: 10_000 });
  await expect(result).toContainText('You predicted “Neither pipeline”; the answer is “Only the MLOps pipeline”.');
  await expect(stage(page, 'MLOps CI/CD/CT', 'evaluation')).toContainText('looks better than production offline');
  await expect(stage(page, 'MLOps CI/CD/CT', 'shadow')).toContainText('Caught here');
  await expect(stage(page, 'MLOps CI/CD/CT', 'deploy')).toContainText('Not reached');
  await expect(stage(page, 'DevOps CI/CD', 'uptime-monitoring')).toContainText('Passed');

  // The table alternative, by keyboard.
  await lab(page).getByRole('button', { name: 'Show as table' }).focus();
  await page.keyboard.press('Enter');
  const table = lab(page).getByRole('table', { name: /Stage-by-stage outcome of both pipelines for: A label leak/ });
  await expect(table.locator('tbody tr')).toHaveCount(16);
  await expect(table.getByRole('row', { name: /MLOps CI\/CD\/CT 8 Shadow test on live traffic Caught here/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('reduced motion shows the outcome at once, the lab fits 360 px with the pipelines stacked, and runs land on #/runs', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('./#/lesson/mlops/mlops?pe.fault=drifted-data');
  await waitForApp(page);
  await expect(lab(page).getByRole('radio', { name: 'Drifted input data' })).toBeChecked();
  await lab(page).getByRole('radio', { name: 'Only the DevOps pipeline' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(lab(page).locator('.tracks')).toHaveAttribute('data-phase', 'done', { timeout: 1000 });
  await expect(lab(page).getByRole('button', { name: 'Skip animation' })).toHaveCount(0);
  await expect(stage(page, 'MLOps CI/CD/CT', 'drift-monitoring')).toContainText('Caught here');
  await expect(stage(page, 'MLOps CI/CD/CT', 'retraining-trigger')).toContainText('Fired: retraining starts');
  await expect(lab(page).locator('section.result')).toContainText('about 7 days of live predictions (35% of them affected)');

  const devops = await track(page, 'DevOps CI/CD').boundingBox();
  const mlops = await track(page, 'MLOps CI/CD/CT').boundingBox();
  expect(mlops!.y).toBeGreaterThanOrEqual(devops!.y + devops!.height);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./#/lesson/mlops/mlops');
  await runToResult(page, lab(page), pointerActions);

  await page.goto('./#/runs');
  await waitForApp(page);
  const rows = runItems(page).filter({ hasText: 'Pipeline explorer' });
  await expect(rows).toHaveCount(2);
  // The fault is a parameter: the text filter finds the run by it.
  await page.getByLabel('Parameters contain').fill('drifted-data');
  await expect(rows).toHaveCount(1);
});
