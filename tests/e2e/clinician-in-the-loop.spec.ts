import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { test, expect, waitForApp, watchContext } from './fixtures';
import runToResult from './recipes/clinician-in-the-loop';
import { keyboardActions } from './recipes/actions';
import { openRunDetails, runItems } from './support/runs';

const LAB_URL = './#/lesson/agile/mayo';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

test.describe.configure({ mode: 'serial' });

// One context and page for the whole lab flow (the runs store fills up across tests), with the
// same tripwires as the shared fixture: any CSP violation or cross-origin request fails the spec.
let context: BrowserContext;
let page: Page;
let lab: Locator;
const foreign: string[] = [];

async function openLab(query = ''): Promise<void> {
  await page.goto(`${LAB_URL}${query}`);
  await waitForApp(page);
  lab = page.getByRole('region', { name: 'Clinician-in-the-loop' });
  await expect(lab.getByText('Dataset version')).toBeVisible();
}

async function axeViolations(): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('[data-interactive="clinician-in-the-loop"]').withTags(AXE_TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The before/after table as { metric: [all inputs, without] }. */
async function comparison(): Promise<Record<string, [number, number]>> {
  const table = lab.getByRole('table', { name: /Both models at the training hospital’s holdout and at the second hospital/ });
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
  return Object.fromEntries(rows.map(([metric, a, b]) => [metric, [Number.parseFloat(a), Number.parseFloat(b)]]));
}

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  await watchContext(context, foreign);
  page = await context.newPage();
});

test.afterAll(async () => {
  const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  await context.close();
  expect(csp, 'Content-Security-Policy violations').toEqual([]);
  expect(foreign, 'requests to another origin').toEqual([]);
});

test('a hostile link is clamped with notices, and the lab is axe clean before training', async () => {
  await openLab('?cl.patients=1e9&cl.leak=-3&cl.drop=horoscope');
  const notices = lab.locator('.notices');
  await expect(notices).toContainText('Patients per hospital: 1,000,000,000 is above the maximum; using 6,000.');
  await expect(notices).toContainText('Weekday leak at the training hospital: -3 is below the minimum; using 0.');
  await expect(notices).toContainText('Input flagged by the clinician: "horoscope" is not one of');
  await expect(lab.getByText(/^6,000 patients per hospital/)).toBeVisible();
  expect(await axeViolations()).toEqual([]);
});

test('the lab completes by keyboard alone: the better-looking model is the worse one at the second hospital', async () => {
  await openLab();
  await runToResult(page, lab, keyboardActions(page));

  // Focus moved to the results heading after the reveal.
  await expect(lab.getByRole('heading', { name: 'Before and after' })).toBeFocused();
  const numbers = await comparison();
  const [aucHomeAll, aucHomeWithout] = numbers['AUC, training hospital (holdout)'];
  const [aucAwayAll, aucAwayWithout] = numbers['AUC, second hospital'];
  const [brierAwayAll, brierAwayWithout] = numbers['Brier score, second hospital'];
  expect(aucHomeAll).toBeGreaterThan(aucHomeWithout);
  expect(aucAwayAll).toBeLessThan(aucAwayWithout);
  expect(brierAwayAll).toBeGreaterThan(brierAwayWithout);
  await expect(lab.getByText(/^All inputs: \d[\d,]* patients, [\d.]+% predicted on average, [\d.]+% deteriorated, under-estimated by [\d.]+ points\.$/)).toBeVisible();
  await expect(lab.getByRole('region', { name: 'What this shows' })).toContainText('Your prediction was right.');

  // The reliability diagram reads as a table, by keyboard.
  const figure = lab.locator('figure').filter({ hasText: 'Reliability at the second hospital' });
  await figure.getByRole('button', { name: 'Show as table' }).focus();
  await page.keyboard.press('Enter');
  await expect(figure.getByRole('table', { name: /Reliability bins at the second hospital/ }).locator('tbody tr')).toHaveCount(10);

  // The review step explains a patient as a list with text.
  const patient = lab.getByLabel('Patient to review');
  await patient.focus();
  await page.keyboard.press('ArrowDown');
  const list = lab.getByRole('list', { name: 'Contributions to this patient’s log-odds, largest first' });
  await expect(list.getByRole('listitem')).toHaveCount(9);
  await expect(list.getByRole('listitem').filter({ hasText: 'Scan ordered on a weekday' })).toContainText(/log-odds, (raises|lowers) the risk\. flagged/);

  expect(await axeViolations()).toEqual([]);

  // Both trainings are runs on #/runs.
  await page.goto('./#/runs');
  const runRows = runItems(page).filter({ hasText: 'Clinician-in-the-loop' });
  await expect(runRows).toHaveCount(2);
  await expect(runRows.filter({ hasText: 'logistic-regression' })).toHaveCount(2);
  await openRunDetails(runRows.first());
  await expect(runRows.first()).toContainText('AUC, second hospital');
});

test('Cancel stops a training, and the same seed gives the same numbers after a reload', async () => {
  await openLab('?cl.seed=7&cl.patients=6000');
  const train = lab.getByRole('button', { name: 'Train on all inputs' });
  // The largest cohort trains in about half a second here, less than Playwright may take to
  // find a new button stable and click it: the page clicks Cancel the moment it appears.
  await lab.evaluate((region) => {
    const observer = new MutationObserver(() => {
      const cancel = [...region.querySelectorAll('button')].find((button) => button.textContent === 'Cancel');
      if (!cancel) return;
      observer.disconnect();
      cancel.click();
    });
    observer.observe(region, { childList: true, subtree: true });
  });
  await train.click();
  await expect(lab.getByRole('status').filter({ hasText: 'Training cancelled. Nothing was kept.' })).toBeVisible();
  await expect(train).toBeVisible();
  await train.click();
  const done = () => lab.getByRole('status').filter({ hasText: 'All inputs: holdout AUC' });
  await expect(done()).toBeVisible();
  const first = await done().textContent();
  await page.reload();
  await waitForApp(page);
  await expect(lab.getByText('Dataset version')).toBeVisible();
  await lab.getByRole('button', { name: 'Train on all inputs' }).click();
  await expect(done()).toBeVisible();
  const again = await done().textContent();
  const scores = (s: string | null) => s!.match(/AUC [\d.]+, Brier score [\d.]+/)![0];
  expect(scores(again)).toBe(scores(first));
});

test('works at 360 px without sideways scrolling', async () => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openLab();
  await lab.getByRole('button', { name: 'Train on all inputs' }).click();
  await expect(lab.getByRole('list', { name: /Contributions to this patient/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
