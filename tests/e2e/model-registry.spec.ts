import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, waitForApp } from './fixtures';

/**
 * The model registry on #/runs with a network trained and saved in the Complaint
 * classifier lab (small corpus, CPU): evaluate on the holdout, promote to Staging and
 * Production, read the lineage and card, edit the card, export the model; keyboard,
 * axe and a 360 px screen. One page for the whole flow.
 */
const LAB = './#/lesson/simplicity/complaint-lab?cc.size=600&cc.units=16&cc.epochs=6';

async function trainAndSave(page: Page): Promise<void> {
  await page.goto('./#/settings');
  await waitForApp(page);
  const select = page.getByRole('combobox', { name: 'Training backend' });
  await expect(select).toBeEnabled();
  await select.selectOption({ label: 'CPU' });
  await expect(page.getByText('Saved. Labs opened from now on use it.')).toBeVisible();
  await page.goto(LAB);
  const lab = page.getByRole('region', { name: 'Complaint classifier lab' });
  await expect(lab.getByText('Dataset version')).toBeVisible();
  await lab.getByRole('button', { name: 'Train neural network' }).click();
  await expect(lab.locator('[data-model="neural-network"]').getByText(/Neural network trained in .* on CPU/)).toBeVisible({ timeout: 45_000 });
  await lab.getByRole('button', { name: 'Save network' }).click();
  await expect(lab.getByText(/Network saved on this device/)).toBeVisible();
}

test('a saved network is evaluated, promoted to Staging and Production, and exported with its card and lineage; the file is refused on import as a copy', async ({ page }) => {
  test.setTimeout(120_000);
  await trainAndSave(page);
  await page.goto('./#/runs');
  await waitForApp(page);
  const registry = page.getByRole('region', { name: 'Saved models' });
  const model = registry.getByRole('article', { name: /Complaint classifier network 16-8/ });
  await expect(model.getByText('Stage: None')).toBeVisible();

  // Promotion needs a recorded evaluation: the button is disabled and says why.
  const toStaging = model.getByRole('button', { name: 'Promote to Staging' });
  await expect(toStaging).toBeDisabled();
  await expect(model.getByText('Evaluate this model first: a promotion needs a recorded evaluation that passed.')).toBeVisible();

  await model.getByRole('button', { name: 'Evaluate' }).focus();
  await page.keyboard.press('Enter');
  await expect(model.getByRole('status').getByText(/^passed — macro-F1 .* on the holdout \(no production model to compare with\)\.$/)).toBeVisible({ timeout: 30_000 });

  await expect(toStaging).toBeEnabled();
  await toStaging.click();
  await expect(model.getByText('Stage: Staging')).toBeVisible();
  await model.getByRole('button', { name: 'Promote to Production' }).click();
  await expect(model.getByText('Stage: Production')).toBeVisible();
  await expect(model.getByRole('button', { name: 'Archive' })).toBeEnabled();
  await expect(model.getByRole('button', { name: 'Roll back' })).toBeDisabled();

  // Lineage: model → run → dataset version → seed, with a link to the run's row.
  await model.getByText('Lineage', { exact: true }).click();
  const runLink = model.getByRole('link', { name: /^run [0-9a-f]{8} \(in the runs list\)$/ });
  await expect(runLink).toHaveAttribute('href', /^#run-[0-9a-f-]{36}$/);
  await expect(model.getByText(/^[0-9a-f]{16}$/)).toBeVisible();
  await expect(model.locator('dl.lineage')).toContainText('Seed42');

  // The card: shown, edited with the keyboard, saved.
  await model.getByText('Model card', { exact: true }).click();
  await expect(model.getByText(/^Teaching: routing synthetic customer complaints/)).toBeVisible();
  await model.getByRole('button', { name: 'Edit card' }).click();
  const intended = model.getByLabel('Intended use');
  await expect(intended).toBeFocused();
  await intended.fill('Routing the lab’s complaints in a class demonstration.');
  await model.getByRole('button', { name: 'Save card' }).click();
  await expect(model.getByText('Routing the lab’s complaints in a class demonstration.')).toBeVisible();

  await model.getByText('Evaluations and stage history').click();
  await expect(model.getByText(/Staging → Production \(on evaluation [0-9a-f]{8}\)/)).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await model.getByRole('button', { name: 'Export model' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^model-complaint-classifier-network-16-8-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(file).toMatchObject({ format: 'ml-that-works-model', model: { stage: 'production', card: { intendedUse: 'Routing the lab’s complaints in a class demonstration.' } } });
  expect(file.model.weightDataBase64.length).toBeGreaterThan(1000);
  expect(file.model.lineage.seed).toBe(42);
  // The exported file, picked for import here, is refused as a copy of a saved model.
  await registry.getByLabel('Import a model file').setInputFiles(await download.path());
  await expect(registry.getByText('Complaint classifier network 16-8 is already in the registry, so the file was not imported again.')).toBeVisible();

  // Accessible and fits a phone.
  const axe = await new AxeBuilder({ page }).include('section[aria-labelledby="saved-models-title"]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await registry.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const box = await registry.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
});
