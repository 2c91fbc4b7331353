import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, waitForApp } from './fixtures';
import { runItems } from './support/runs';
import { readAllStored } from './support/stored';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const sectionTitle = (page: Page) => page.locator('#section-title');
const notesNow = (page: Page) => page.locator('#notes-now');

/**
 * One presenter session in one browser context, as an instructor runs it: stepping by
 * keyboard, the notes window opened late and kept in step both ways, a question revealed,
 * a lab run and reset, and afterwards the device's stored data untouched but for demo runs.
 */
test('the presenter view steps by keyboard, stays in step with its notes window, and stores nothing but demo runs', async ({ page, context }) => {
  await page.goto('./#/present/roles');
  await waitForApp(page);
  await expect(page).toHaveURL(/#\/present\/roles\/gap$/);
  await expect(sectionTitle(page)).toHaveText('A model is not a product');
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0); // no site header on the projector
  expect(await axeViolations(page), 'axe in the presenter view').toEqual([]);

  await test.step('stepping by keyboard', async () => {
    for (const [key, title] of [
      ['ArrowRight', 'Technology, people, process'],
      ['PageDown', 'Data Scientist and ML Engineer'],
      [' ', 'Where projects die'],
      ['ArrowLeft', 'Data Scientist and ML Engineer'],
      ['PageUp', 'Technology, people, process'],
      ['Shift+ ', 'A model is not a product'],
      ['ArrowLeft', 'A model is not a product'], // nothing before the first section
      ['ArrowRight', 'Technology, people, process'],
    ] as const) {
      await page.keyboard.press(key === ' ' ? 'Space' : key === 'Shift+ ' ? 'Shift+Space' : key);
      await expect(sectionTitle(page), `after ${key}`).toHaveText(title);
    }
    // Space on a focused button is the button's, not a step.
    await page.getByRole('button', { name: 'Previous section' }).focus();
    await page.keyboard.press('Space');
    await expect(sectionTitle(page)).toHaveText('A model is not a product');
  });

  const notes = await test.step('the notes window opened late catches up, and follows', async () => {
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(sectionTitle(page)).toHaveText('Data Scientist and ML Engineer');
    const [popup] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open notes window' }).click()]);
    await waitForApp(popup);
    await expect(notesNow(popup)).toContainText('Data Scientist and ML Engineer');
    await expect(popup.locator('[data-next-section]')).toHaveText('Next: Where projects die');
    await expect(popup.getByText('of 35 min planned')).toBeVisible();
    await expect(popup.getByRole('timer')).toHaveText(/^\d+:\d\d$/);
    await expect(popup.locator('.note').first()).toContainText('Timing:');
    expect(await axeViolations(popup), 'axe in the notes window').toEqual([]);

    await page.keyboard.press('ArrowRight');
    await expect(notesNow(popup)).toContainText('Where projects die');
    await expect(popup.locator('[data-next-section]')).toHaveText('Next: Sort the work');
    return popup;
  });

  await test.step('stepping in the notes window moves the presenter view back', async () => {
    await notes.getByRole('button', { name: 'Previous section' }).click();
    await expect(notesNow(notes)).toContainText('Data Scientist and ML Engineer');
    await expect(sectionTitle(page)).toHaveText('Data Scientist and ML Engineer');
    await notes.keyboard.press('ArrowLeft');
    await expect(sectionTitle(page)).toHaveText('Technology, people, process');
  });

  await test.step('a knowledge check is a question for the room, with "Reveal answer"', async () => {
    const question = page.locator('[data-room-check]').first();
    await expect(question).toContainText('Question for the room');
    await expect(question.getByRole('radio')).toHaveCount(0); // nothing to record
    await expect(question.getByText('Correct answer')).toHaveCount(0);
    await question.getByRole('button', { name: 'Reveal answer' }).click();
    await expect(question.locator('li.correct')).toHaveCount(1);
    await expect(question.locator('li.correct')).toContainText('Correct answer');
    await expect(question.getByText(/^Answer: [A-D]\. /)).toBeVisible();
  });

  await test.step('"Reset demo" returns the lab to its link’s scenario; its runs are demo runs', async () => {
    await page.goto('./#/present/experiments/ab-lab?ab.seed=7');
    await expect(sectionTitle(page)).toHaveText('Lab: run an A/B test');
    await expect(notesNow(notes)).toContainText('Lab: run an A/B test'); // the notes window followed into the other lesson
    const lab = page.getByRole('region', { name: 'A/B test lab' });
    const seed = lab.getByLabel('Seed', { exact: true });
    await expect(seed).toHaveValue('7');
    await seed.fill('123');
    await seed.press('Tab');
    await expect(page).toHaveURL(/ab\.seed=123/);
    await lab.getByRole('button', { name: 'Run experiment' }).click();
    await expect(lab.getByRole('heading', { name: 'Result after 14 days' })).toBeVisible({ timeout: 30_000 });

    await page.getByRole('button', { name: 'Reset demo' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Demo reset' })).toBeVisible();
    await expect(lab.getByLabel('Seed', { exact: true })).toHaveValue('7');
    await expect(page).toHaveURL(/ab\.seed=7$/);
    await expect(lab.getByRole('heading', { name: 'Result after 14 days' })).toHaveCount(0);
  });

  await test.step('nothing stored changed but the demo runs', async () => {
    const stored = await readAllStored(page);
    const { runs = [], ...rest } = stored;
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.map((r) => (r as { demo?: boolean }).demo)).toEqual(runs.map(() => true));
    expect(Object.fromEntries(Object.entries(rest).map(([name, records]) => [name, records.length]))).toEqual({
      progress: 0,
      answers: 0,
      interactives: 0,
      settings: 0,
      models: 0,
      modelArtifacts: 0,
      reviews: 0,
      assessments: 0,
    });
    await page.goto('./#/runs');
    await expect(runItems(page).first().getByText('demo', { exact: true })).toBeVisible();
  });
});

test('a presenter or notes link to no lesson or no section says so, with a way on', async ({ page }) => {
  await page.goto('./#/present/no-such-lesson');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('There is no such lesson to present.');
  await expect(page.getByRole('link', { name: 'Back to the course' })).toBeVisible();
  await page.goto('./#/notes/roles/no-such-section');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The lesson “What ML engineering is” has no such section.');
  await page.getByRole('link', { name: 'Start at its first section' }).click();
  await expect(page).toHaveURL(/#\/notes\/roles\/gap$/);
  await expect(notesNow(page)).toContainText('A model is not a product');
});
