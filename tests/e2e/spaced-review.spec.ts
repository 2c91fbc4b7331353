import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { test, expect, waitForApp } from './fixtures';
import { readStored } from './support/stored';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

/** The first two knowledge checks of lesson 1's "recipe" section, read from the lesson file: id and option texts. */
function recipeChecks(): { id: string; right: string; wrong: string }[] {
  const text = readFileSync(new URL('../../lessons/01-roles/lesson.md', import.meta.url), 'utf8');
  const section = text.split('<!-- section: recipe -->')[1].split('<!-- section:')[0];
  return [...section.matchAll(/```check\n([\s\S]*?)```/g)].slice(0, 2).map((m) => {
    const check = parse(m[1]) as { id: string; options: { text: string; correct?: boolean }[] };
    return { id: check.id, right: check.options.find((o) => o.correct)!.text, wrong: check.options.find((o) => !o.correct)!.text };
  });
}

/** How many practices the course database holds (0 when it was never created). */
function storedPracticeCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'ml-that-works')) return 0;
    return new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('ml-that-works');
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('reviews')) return resolve(0), db.close();
        const count = db.transaction('reviews').objectStore('reviews').count();
        count.onsuccess = () => (resolve(count.result), db.close());
        count.onerror = () => reject(count.error);
      };
      open.onerror = () => reject(open.error);
    });
  });
}

test('checks answered in a lesson come back in the review when they are due, across simulated days', async ({ page }) => {
  const [first, second] = recipeChecks();
  // Date.now is fixed at T0 (timers keep running), then moved on by hand: no waiting for days.
  await page.clock.setFixedTime(T0);
  await page.goto('./#/lesson/roles/recipe');
  await waitForApp(page);
  for (const [check, text] of [
    [first.id, first.right],
    [second.id, second.wrong],
  ] as const) {
    const form = page.locator(`form[data-check="${check}"]`);
    await form.getByRole('radio', { name: text }).check();
    await form.getByRole('button', { name: 'Check answer' }).click();
  }
  // Answering a check in a lesson is also a practice for the review, written with the answer.
  await expect.poll(() => readStored<{ source: string; correct: boolean }>(page, 'reviews', `${second.id}@${T0}`)).toMatchObject({ source: 'check', correct: false });
  await expect.poll(() => readStored<{ source: string; correct: boolean }>(page, 'reviews', `${first.id}@${T0}`)).toMatchObject({ source: 'check', correct: true });

  await page.goto('./#/lesson/review/session');
  const review = page.getByRole('region', { name: 'Spaced review' });
  // Wrong once: h = 2^(−1 + 1.5 − 0.5·√2) = 0.866 days; below 80% after 0.866 × log2(1.25) days = 6.7 hours.
  await expect(review.getByText('Nothing is due now. The next question (Lesson 1')).toContainText('comes due in about 7 hours');
  await expect(review.getByText(/Default weights: the model is fitted to your own history once you have 30 repeat practices/)).toBeVisible();

  // A day later both are due, the one answered wrong first: p = 2^(−1/0.866) = 45%.
  await page.clock.setFixedTime(T0 + DAY);
  await review.getByRole('button', { name: 'Check again' }).click();
  await expect(review.getByText('2 questions are due now, out of 2 you have practiced.')).toBeVisible();
  await expect(review.locator('.reasoning')).toHaveText('You have likely forgotten this by now (predicted recall 45%): you got it wrong once.');
  await review.getByRole('radio', { name: second.right }).check();
  await review.getByRole('button', { name: 'Check answer' }).click();
  await expect(review.locator('.verdict')).toHaveText('Correct.');
  // With a question, its reasoning, its feedback and the chart on screen, axe finds nothing.
  const axe = await new AxeBuilder({ page }).include('[data-interactive="spaced-review"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  // Keyboard from here: focus is on "Next question".
  await expect(review.getByRole('button', { name: 'Next question' })).toBeFocused();
  await page.keyboard.press('Enter');
  // Right once: h = 2^(−1 + 1.5·√2 − 0.5) = 1.538 days; half gone 0.538 days (12.9 hours) from now.
  await expect(review.locator('.reasoning')).toHaveText('You will likely forget this in about 13 hours: you got it right once.');
  const option = review.getByRole('radio', { name: first.right });
  await option.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(review.locator('.verdict')).toHaveText('Correct.');
  await page.keyboard.press('Enter');
  // Nothing more is due: focus lands on the message that says so, not on the page's top.
  await expect(review.getByText(/^Nothing is due now\. The next question/)).toBeFocused();
  await expect.poll(() => readStored<{ source: string }>(page, 'reviews', `${first.id}@${T0 + DAY}`)).toMatchObject({ source: 'review' });

  // The history survives a reload; the chart has its table.
  await page.reload();
  await waitForApp(page);
  await expect(review.getByText('Nothing is due now, out of 2 you have practiced.')).toBeVisible();
  const chart = review.getByRole('figure', { name: 'Your predicted recall per lesson, next two weeks' });
  await chart.getByRole('button', { name: 'Show as table' }).click();
  const table = chart.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Day', 'Lesson 1: What ML engineering is']);
  await expect(table.getByRole('row')).toHaveCount(16); // header + days 0…14
  await expect(table.getByRole('row').nth(1)).toContainText('100%');
});

test('in guest mode the review starts from nothing, works, and writes nothing to IndexedDB', async ({ page }) => {
  await page.goto('./?guest#/lesson/review/session');
  await waitForApp(page);
  const review = page.getByRole('region', { name: 'Spaced review' });
  await expect(review.getByRole('heading', { name: 'Nothing to review yet' })).toBeVisible();
  await review.getByRole('button', { name: 'Start with new questions' }).click();
  await expect(review.locator('.reasoning')).toContainText('You have not answered this question yet');
  await review.getByRole('radio').first().check();
  await review.getByRole('button', { name: 'Check answer' }).click();
  await expect(review.locator('.verdict')).toBeVisible();
  await expect(review.getByText(/out of 1 you have practiced\. 1 answered in this session\./)).toBeVisible();
  expect(await storedPracticeCount(page)).toBe(0);
});
