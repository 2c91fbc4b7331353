import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, waitForApp } from './fixtures';
import { runItems } from './support/runs';

/**
 * The Complaint classifier lab in the built app: both models trained on each
 * backend (chosen on the Settings page), cancel, WebGL context loss and recovery,
 * save/load, runs after a reload, hostile links, accessibility and offline use.
 * Small corpora and few epochs (share-link values) keep the suite short.
 */
const LAB = './#/lesson/simplicity/complaint-lab';
const SMALL = 'cc.size=500&cc.units=16&cc.epochs=4';
const COMPLAINT = 'I was charged twice for my order and want a refund';

type Backend = 'Automatic (fastest measured)' | 'WebGL' | 'WebAssembly' | 'CPU';

/** Picks the training backend on the Settings page, as a learner would. */
async function chooseBackend(page: Page, backend: Backend): Promise<void> {
  await page.goto('./#/settings');
  await waitForApp(page);
  const select = page.getByRole('combobox', { name: 'Training backend' });
  await expect(select).toBeEnabled();
  await select.selectOption({ label: backend });
  await expect(page.getByText('Saved. Labs opened from now on use it.')).toBeVisible();
}

/** Opens the lab with a scenario and waits until its corpus is ready. */
async function openLab(page: Page, query = SMALL): Promise<Locator> {
  await page.goto(`${LAB}?${query}`);
  await waitForApp(page);
  const lab = page.getByRole('region', { name: 'Complaint classifier lab' });
  await expect(lab.getByText('Dataset version')).toBeVisible();
  return lab;
}

async function trainTree(lab: Locator): Promise<void> {
  await lab.getByRole('button', { name: 'Train decision tree' }).click();
  await expect(lab.locator('[data-model="decision-tree"]').getByText(/Decision tree trained in/)).toBeVisible();
}

async function trainNetwork(lab: Locator, backendName: string, timeout = 45_000): Promise<void> {
  await lab.getByRole('button', { name: 'Train neural network' }).click();
  await expect(lab.locator('[data-model="neural-network"]').getByText(new RegExp(`Neural network trained in .* on ${backendName}`))).toBeVisible({ timeout });
}

/** The comparison table's cells of one measure: [tree, network]. */
async function comparisonRow(lab: Locator, measure: string): Promise<string[]> {
  return lab.getByTestId('comparison').getByRole('row', { name: new RegExp(`^${measure}`) }).getByRole('cell').allInnerTexts();
}

/** Every number cell of the comparison is filled and finite. */
async function expectComparisonFilled(lab: Locator): Promise<void> {
  const table = lab.getByTestId('comparison');
  await expect(table).not.toContainText('not trained yet');
  await expect(table).not.toContainText(/NaN|Infinity|–/);
  for (const measure of ['Holdout accuracy', 'Macro-F1', 'Training time', 'Parameters', 'Size']) {
    for (const cell of await comparisonRow(lab, measure)) expect(cell).toMatch(/^\d[\d,.]*\s?(%|ms|s|KB|B|MB)?/);
  }
}

test('cpu: both models train to completion, the same seed gives the same network, a typed complaint is explained, runs survive a reload', async ({ page }) => {
  test.setTimeout(120_000);
  await chooseBackend(page, 'CPU');
  const lab = await openLab(page);
  await expect(lab.getByTestId('active-backend')).toHaveText('CPU');

  await trainTree(lab);
  await trainNetwork(lab, 'CPU');
  await expectComparisonFilled(lab);
  await expect(lab.getByRole('figure', { name: 'Loss while the network learns' })).toContainText('4 epochs so far');
  const [, firstAccuracy] = await comparisonRow(lab, 'Holdout accuracy');
  const [, firstF1] = await comparisonRow(lab, 'Macro-F1');

  await trainNetwork(lab, 'CPU');
  expect(await comparisonRow(lab, 'Holdout accuracy')).toEqual([expect.any(String), firstAccuracy]);
  expect((await comparisonRow(lab, 'Macro-F1'))[1]).toBe(firstF1);

  await lab.getByLabel('Your complaint').fill(COMPLAINT);
  const path = lab.getByTestId('tree-path');
  await expect(path.getByRole('listitem').first()).toHaveText(/^(contains|count of) '.+' → (yes|no)$/);
  await expect(path).toContainText(/→ \w[\w ]*: \d+% of the \d+ training complaints/);
  const scores = lab.getByTestId('network-scores');
  await expect(scores.getByRole('row')).toHaveCount(6);
  await expect(scores).toContainText('billing');
  await expect(scores).not.toContainText('NaN');

  await page.goto('./#/runs');
  await page.reload();
  await waitForApp(page);
  const runs = runItems(page).filter({ hasText: 'Complaint classifier lab' });
  await expect(runs).toHaveCount(3);
  await expect(runs.filter({ hasText: 'decision-tree' })).toHaveCount(1);
  await expect(runs.filter({ hasText: 'neural-network' }).filter({ hasText: 'cpu' })).toHaveCount(2);
});

test('wasm: the network trains to completion and the table fills', async ({ page }) => {
  await chooseBackend(page, 'WebAssembly');
  const lab = await openLab(page);
  await expect(lab.getByTestId('active-backend')).toHaveText('WebAssembly');
  await trainTree(lab);
  await trainNetwork(lab, 'WebAssembly');
  await expectComparisonFilled(lab);
});

test('automatic backend: the first run measures, never picks software WebGL, and later runs reuse the measurement', async ({ page }) => {
  test.setTimeout(120_000);
  let lab = await openLab(page);
  await expect(lab.getByTestId('active-backend')).toHaveText('Automatic: measured when you first train');
  await lab.getByRole('button', { name: 'Train neural network' }).click();
  await expect(lab.getByText(/measuring which backend is fastest here/)).toBeVisible();
  await expect(lab.locator('[data-model="neural-network"]').getByText(/Neural network trained in .* on (WebAssembly|CPU)/)).toBeVisible({ timeout: 60_000 });

  await page.goto('./#/settings');
  await waitForApp(page);
  const calibration = page.getByTestId('calibration');
  await expect(calibration.getByRole('row', { name: /^WebGL/ })).toContainText(/software renderer \(.*SwiftShader.*\): not used by Automatic/);
  await expect(calibration.getByRole('row', { name: /^WebAssembly/ })).toContainText(/\d+ ms/);
  await expect(calibration.getByRole('row', { name: /^CPU/ })).toContainText(/\d+ ms/);
  await expect(calibration).toContainText('fastest: used by Automatic');
  await page.getByRole('button', { name: 'Measure again' }).click();
  await expect(page.getByText('Measuring each backend (a few seconds)…')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Measure again' })).toBeEnabled({ timeout: 60_000 });
  await expect(calibration).toContainText('fastest: used by Automatic');
  await expect(page.getByText(/^Measured /)).toBeVisible();

  lab = await openLab(page);
  // The cached choice goes to the worker as is: no second calibration.
  await expect(lab.getByTestId('active-backend')).toHaveText(/^(WebAssembly|CPU) \(fastest measured here\)$/);
  await lab.getByRole('button', { name: 'Train neural network' }).click();
  await expect(lab.locator('[data-model="neural-network"]').getByText(/Neural network trained in .* on (WebAssembly|CPU)/)).toBeVisible({ timeout: 60_000 });
});

test('Cancel stops a run: nothing is kept and training can start again', async ({ page }) => {
  await chooseBackend(page, 'CPU');
  const lab = await openLab(page, 'cc.size=2000&cc.epochs=20&cc.units=64');
  await lab.getByRole('button', { name: 'Train neural network' }).click();
  await expect(lab.getByText(/Epoch \d+ of 20/)).toBeVisible({ timeout: 30_000 });
  await expect(lab.getByRole('progressbar', { name: 'Training progress' })).toBeVisible();
  await lab.getByRole('button', { name: 'Cancel' }).click();
  await expect(lab.getByText('Training cancelled. Nothing was kept from that run.').first()).toBeVisible();
  await expect(lab.getByRole('button', { name: 'Train neural network' })).toBeEnabled();
  expect(await comparisonRow(lab, 'Holdout accuracy')).toEqual(['not trained yet', 'not trained yet']);
});

test('webgl: a small run completes; losing the context mid-training stops cleanly and continues on CPU', async ({ page }) => {
  // SwiftShader compiles shaders on the CPU: the first batch alone takes 10-30 s here.
  test.setTimeout(240_000);
  await chooseBackend(page, 'WebGL');
  const lab = await openLab(page, 'cc.size=500&cc.units=8&cc.epochs=2');
  const network = lab.locator('[data-model="neural-network"]');
  const trainingWorker = page.waitForEvent('worker', { predicate: (w) => w.url().includes('training.worker') });
  await trainTree(lab);
  await network.getByRole('button', { name: 'Train neural network' }).click();
  await expect(network.getByText(/Loading TensorFlow.js|Warming up the GPU|Epoch \d+ of 2/)).toBeVisible();
  await expect(network.getByText(/Neural network trained in .* on WebGL/)).toBeVisible({ timeout: 150_000 });
  await expect(lab.getByTestId('active-backend')).toHaveText(/WebGL — software renderer/);
  await expectComparisonFilled(lab);

  // Again, longer, and the GPU goes away mid-run (what TrainingClient.simulateContextLoss() sends).
  await network.getByRole('spinbutton', { name: 'Epochs' }).fill('20');
  await network.getByRole('spinbutton', { name: 'Epochs' }).blur();
  await network.getByRole('button', { name: 'Train neural network' }).click();
  await expect(network.getByText(/Epoch ([2-9]|1\d) of 20/)).toBeVisible({ timeout: 60_000 });
  await (await trainingWorker).evaluate(() => {
    const scope = self as unknown as { onmessage: (e: MessageEvent) => void };
    scope.onmessage(new MessageEvent('message', { data: { type: 'lose-context', id: 1_000_000 } }));
  });
  const alert = network.getByRole('alert');
  await expect(alert).toContainText('the WebGL context was lost');
  await expect(lab).not.toContainText(/NaN/);
  expect((await comparisonRow(lab, 'Holdout accuracy'))[1]).toBe('not trained yet');
  await alert.getByRole('button', { name: 'Continue on CPU' }).click();
  await expect(network.getByText(/Neural network trained in .* on CPU/)).toBeVisible({ timeout: 60_000 });
  await expect(lab.getByTestId('active-backend')).toHaveText('CPU');
  await expect(lab).not.toContainText(/NaN/);
  await expectComparisonFilled(lab);
});

test('a saved network loads back after a reload and scores a complaint exactly as before', async ({ page }) => {
  await chooseBackend(page, 'WebAssembly');
  let lab = await openLab(page);
  await trainNetwork(lab, 'WebAssembly');
  await lab.getByLabel('Your complaint').fill(COMPLAINT);
  const scores = lab.getByTestId('network-scores');
  await expect(scores.getByRole('row')).toHaveCount(6);
  const before = await scores.getByRole('row').allInnerTexts();
  const [, accuracy] = await comparisonRow(lab, 'Holdout accuracy');
  await lab.getByRole('button', { name: 'Save network' }).click();
  await expect(lab.getByText(/Network saved on this device/)).toBeVisible();

  await page.reload();
  lab = page.getByRole('region', { name: 'Complaint classifier lab' });
  await expect(lab.getByText('Dataset version')).toBeVisible();
  await expect(lab.getByText(/Saved network:/)).toBeVisible();
  await lab.getByRole('button', { name: 'Load saved network' }).click();
  await expect(lab.getByText(/Loaded the network saved/)).toBeVisible({ timeout: 30_000 });
  expect((await comparisonRow(lab, 'Holdout accuracy'))[1]).toBe(accuracy);
  await lab.getByLabel('Your complaint').fill(COMPLAINT);
  await expect(scores.getByRole('row')).toHaveCount(6);
  expect(await scores.getByRole('row').allInnerTexts()).toEqual(before);
});

test('a hostile link is clamped with a visible notice and the lab still works', async ({ page }) => {
  await page.goto(`${LAB}?cc.size=1e9&cc.depth=-3`);
  await waitForApp(page);
  const lab = page.getByRole('region', { name: 'Complaint classifier lab' });
  const notices = lab.locator('.notices');
  await expect(notices).toContainText('Corpus size: 1,000,000,000 is above the maximum; using 5,000.');
  await expect(notices).toContainText('Tree: maximum depth: -3 is below the minimum; using 1.');
  await expect(lab.getByRole('spinbutton', { name: 'Maximum depth' })).toHaveValue('1');
  await expect(lab.getByText(/5,000 complaints: [\d,]+ to learn from/)).toBeVisible({ timeout: 20_000 });
  await trainTree(lab);
  await expect(lab.locator('[data-model="decision-tree"]')).toContainText('1 level deep');
});

test('axe finds no violations with both models trained and a complaint explained', async ({ page }) => {
  test.setTimeout(120_000);
  await chooseBackend(page, 'WebAssembly');
  const lab = await openLab(page);
  await trainTree(lab);
  await trainNetwork(lab, 'WebAssembly');
  await lab.getByLabel('Your complaint').fill(COMPLAINT);
  await expect(lab.getByTestId('network-scores').getByRole('row')).toHaveCount(6);
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
  const check = async () => {
    const results = await new AxeBuilder({ page }).include('[data-interactive="complaint-classifier-lab"]').withTags(tags).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };
  await check();
  await lab.getByRole('button', { name: 'Show as outline' }).click();
  const showTable = lab.getByRole('button', { name: 'Show as table' });
  while ((await showTable.count()) > 0) await showTable.first().click();
  await check();
});

test('offline after a first visit: the tree and the network train on wasm with the network off', async ({ page, context }) => {
  test.setTimeout(90_000);
  await chooseBackend(page, 'WebAssembly');
  await openLab(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  const lab = page.getByRole('region', { name: 'Complaint classifier lab' });
  await expect(lab.getByText('Dataset version')).toBeVisible();
  await trainTree(lab);
  await trainNetwork(lab, 'WebAssembly');
  await expectComparisonFilled(lab);
  await context.setOffline(false);
});
