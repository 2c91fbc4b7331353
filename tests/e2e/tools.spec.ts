import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, Request } from '@playwright/test';
import reference from '../fixtures/tools/reference.json' with { type: 'json' };
import { test, expect, waitForApp } from './fixtures';
import runAnalyzer from './recipes/ab-test-analyzer';
import runDriftReport from './recipes/drift-report';
import { pointerActions } from './recipes/actions';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/tools/${name}`, import.meta.url));
const analyzer = (page: Page) => page.getByRole('region', { name: 'A/B test analyzer' });
const drift = (page: Page) => page.getByRole('region', { name: 'Drift report' });

/** The number a result cell shows: "−0.600 percentage points" → −0.6, "1.23e-7" → 1.23e-7. */
const shown = (text: string) => Number(text.replace('−', '-').replace(/[^0-9eE.+-].*$/, ''));
function near(text: string, expected: number, digits: number) {
  const value = shown(text);
  expect(Math.abs(value - expected), `${text} against ${expected}`).toBeLessThanOrEqual(Math.abs(expected) * 10 ** (1 - digits) + 1e-12);
}
const resultCell = (page: Page, header: string) =>
  analyzer(page).getByRole('table').getByRole('row').filter({ has: page.getByRole('rowheader', { name: header, exact: true }) }).getByRole('cell');

async function typeInto(page: Page, field: Locator, text: string) {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

test('the A/B test analyzer, filled by keyboard, shows scipy’s numbers, refuses bad input and keeps its inputs in the URL', async ({ page }) => {
  await page.goto('./#/tools');
  await waitForApp(page);
  await runAnalyzer(page, analyzer(page), pointerActions);
  const region = analyzer(page);

  const c = reference.abConversion[1]; // 120/2400 against 150/2400
  await typeInto(page, region.getByLabel('Visitors in A'), String(c.inputs.visitorsA));
  await page.keyboard.press('Tab');
  await page.keyboard.type(String(c.inputs.conversionsA), { delay: 0 });
  await typeInto(page, region.getByLabel('Visitors in B'), String(c.inputs.visitorsB));
  await typeInto(page, region.getByLabel('Conversions in B'), String(c.inputs.conversionsB));
  // Tab then typing appends to the selected default: clear and retype the A conversions by keyboard.
  await typeInto(page, region.getByLabel('Conversions in A'), String(c.inputs.conversionsA));
  await expect(page).toHaveURL(/abtest\.visitorsA=2400/);
  near(await resultCell(page, 'Difference (B − A)').innerText(), c.expected.diff * 100, 4);
  const [lo, hi] = (await resultCell(page, '95% confidence interval').innerText()).split(' to ');
  near(lo, c.expected.ci[0] * 100, 4);
  near(hi, c.expected.ci[1] * 100, 4);
  near(await resultCell(page, 'p-value').innerText(), c.expected.pValue!, 3);
  near(await resultCell(page, 'Relative lift').innerText(), c.expected.lift! * 100, 3);
  near(await resultCell(page, 'Sample-ratio mismatch p-value').innerText(), c.expected.srmPValue, 3);

  // The link reproduces the result.
  await page.reload();
  await waitForApp(page);
  near(await resultCell(page, 'p-value').innerText(), c.expected.pValue!, 3);

  // Bad inputs: a message next to the field and no result.
  for (const [label, text, message] of [
    ['Visitors in A', '-5', 'A count cannot be negative.'],
    ['Visitors in A', '12.5', 'A count must be a whole number.'],
    ['Visitors in A', '0', 'There must be at least one visitor.'],
    ['Conversions in B', '9999', 'There cannot be more conversions than visitors.'],
  ] as const) {
    const field = region.getByLabel(label);
    const before = await field.inputValue();
    await typeInto(page, field, text);
    await expect(field).toHaveAccessibleDescription(message);
    await expect(region.getByRole('table')).toHaveCount(0);
    await expect(region.getByText('Fix the highlighted fields to see the result.')).toBeVisible();
    await typeInto(page, field, before);
    await expect(region.getByRole('table')).toBeVisible();
  }

  // Continuous KPI: Welch's test against scipy.
  const w = reference.abContinuous[0];
  await region.getByLabel(/A continuous KPI/).check();
  await typeInto(page, region.getByLabel('Visitors in A'), String(w.inputs.visitorsA));
  await typeInto(page, region.getByLabel('Visitors in B'), String(w.inputs.visitorsB));
  await typeInto(page, region.getByLabel('Mean in A'), String(w.inputs.meanA));
  await typeInto(page, region.getByLabel('Standard deviation in A'), String(w.inputs.sdA));
  await typeInto(page, region.getByLabel('Mean in B'), String(w.inputs.meanB));
  await typeInto(page, region.getByLabel('Standard deviation in B'), String(w.inputs.sdB));
  near(await resultCell(page, 'p-value').innerText(), w.expected.pValue, 3);
  near(await resultCell(page, 'Difference (B − A)').innerText(), w.expected.diff, 4);

  // Saying the test was stopped early adds the peeking caveat.
  await region.getByLabel(/I stopped the test early/).check();
  await expect(region.locator('.caveat-peeking')).toBeVisible();

  // A hostile link: values are clamped with a notice, and what is still wrong is said next to its field.
  await page.goto('./#/tools?abtest.visitorsA=-5&abtest.conversionsA=99&abtest.share=abc');
  await page.reload();
  await waitForApp(page);
  await expect(region.getByText('Visitors in A: -5 is below the minimum; using 1.')).toBeVisible();
  await expect(region.getByText(/Planned share of traffic to B: "abc" is not a number/)).toBeVisible();
  await expect(region.getByLabel('Conversions in A')).toHaveAccessibleDescription('There cannot be more conversions than visitors.');
  await expect(region.getByRole('table')).toHaveCount(0);
});

test('the drift report matches scipy on two CSV files, draws and exports them, survives bad files and uploads nothing', async ({ page }) => {
  await page.goto('./#/tools');
  await waitForApp(page);
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  const region = drift(page);
  await runDriftReport(page, region, pointerActions);

  const table = region.getByRole('table', { name: 'Drift per column, reference against current' });
  for (const c of reference.report) {
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: c.inputs.column, exact: true }) });
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells[0]).toContain(c.expected.type);
    expect(cells[1]).toContain(c.expected.test === 'ks' ? 'Kolmogorov–Smirnov' : 'chi-square');
    near(cells[2], c.expected.statistic, 4);
    near(cells[3], c.expected.pValue, 3);
    near(cells[4], c.expected.psi, 4);
    expect(cells[5]).toBe(c.expected.pValue < 0.05 && c.expected.psi >= 0.1 ? 'yes' : 'no');
  }
  await expect(table.locator('thead th')).toHaveText(['Column', 'Type', 'Test', 'Statistic', 'p-value', 'PSI', 'Drift']);

  // The chart of a chosen column, and its table alternative.
  await region.getByLabel('Column to draw').selectOption('plan');
  await region.getByRole('button', { name: 'Show as table' }).click();
  await expect(region.getByRole('table', { name: /Distribution of plan/ }).locator('tbody tr')).toHaveText([/^basic/, /^pro/, /^team/, /^enterprise/]);

  // Export as CSV (a Blob URL download).
  const [download] = await Promise.all([page.waitForEvent('download'), region.getByRole('button', { name: 'Export report as CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('drift-report.csv');
  const csv = await (await download.createReadStream()).toArray();
  expect(Buffer.concat(csv).toString()).toMatch(/^Column,Type,Test,Statistic,p-value,PSI,Drift,/);

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Bad files: a message next to the input, and the report shown before stays as it was.
  const before = await table.innerText();
  const dir = mkdtempSync(join(tmpdir(), 'drift-'));
  try {
    const wide = join(dir, 'wide.csv');
    writeFileSync(wide, Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',') + '\n' + '1,'.repeat(9_999) + '1\n');
    const huge = join(dir, 'huge.csv');
    writeFileSync(huge, Buffer.alloc(51 * 1024 * 1024, 'a'));
    const reference = region.getByLabel('Reference data');
    for (const [file, message] of [
      [fixture('empty.csv'), 'This file is empty.'],
      [fixture('no-header.csv'), 'The first row must name the columns'],
      [fixture('binary.csv'), 'binary data'],
      [fixture('ragged.csv'), 'Line 3 has 3 fields, but the header has 2.'],
      [wide, 'This file has 10,000 columns; the report reads at most 1,000.'],
      [huge, 'the report reads files up to 50.0 MB'],
    ] as const) {
      await reference.setInputFiles(file);
      await expect(region.getByRole('alert')).toContainText(message);
      await expect(region.getByRole('alert')).toContainText('The file shown before is still in use.');
      expect(await table.innerText()).toBe(before);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // Junk in a numeric column: the file is read, and the column says which cell keeps it from being tested.
  await region.getByLabel('Current data').setInputFiles(fixture('junk.csv'));
  await expect(table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'age', exact: true }) })).toContainText('current line 18 holds “abc”');

  // Nothing left the page: every request was a same-origin GET for the app's own files.
  const origin = new URL(page.url()).origin;
  for (const r of requests) {
    expect(r.method(), r.url()).toBe('GET');
    expect(r.postData(), r.url()).toBeNull();
    expect(r.url().startsWith(origin) || r.url().startsWith('blob:'), r.url()).toBe(true);
  }
});

test('both tools sit in their lessons and work offline after a first visit', async ({ page, context }) => {
  await page.goto('./#/lesson/experiments/ab-lab');
  await waitForApp(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await runAnalyzer(page, analyzer(page), pointerActions);
  await context.setOffline(true);
  await page.goto('./#/lesson/mlops/drift');
  await page.reload();
  await waitForApp(page);
  await runDriftReport(page, drift(page), pointerActions);
  await page.goto('./#/tools');
  await runAnalyzer(page, analyzer(page), pointerActions);
  await context.setOffline(false);
});
