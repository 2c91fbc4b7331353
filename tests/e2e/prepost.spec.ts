import { test, expect, waitForApp } from './fixtures';
import { readStored } from './support/stored';

const RIGHT = [
  'The ML engineer, who builds the serving, tests and monitoring around the model',
  'A data scientist and an ML engineer agreeing on who owns the model after launch',
  'Model B, because a prediction that arrives too late is worth nothing to the user',
];
const WRONG_FIRST = 'The data scientist, who should keep tuning the model until its offline accuracy is higher';

/**
 * One learner's pre/post check in lesson 1, end to end on real IndexedDB: two of three
 * right before, three of three after; the gain shows at the end of the lesson, on the
 * course map and on the printable course record.
 */
test('the pre and post checks of a lesson record the learner’s gain, shown on the map and in the printable record', async ({ page }) => {
  await page.goto('./#/lesson/roles/gap');
  await waitForApp(page);

  const pre = page.getByRole('region', { name: 'Before you start: three quick questions' });
  await expect(pre).toBeVisible();
  await pre.getByRole('button', { name: 'Save my answers' }).click();
  await expect(pre.getByRole('status')).toHaveText('Choose an answer for every question first.');
  for (const text of [WRONG_FIRST, RIGHT[1], RIGHT[2]]) await pre.getByRole('radio', { name: text }).check();
  await pre.getByRole('button', { name: 'Save my answers' }).click();
  await expect(pre).toContainText('Saved: 2 of 3 right before the lesson.');
  await expect.poll(() => readStored<{ score: number; total: number }>(page, 'assessments', 'roles:pre')).toMatchObject({ score: 2, total: 3 });

  // The post check closes the last section.
  await page.goto('./#/lesson/roles/offline-vs-online');
  const post = page.getByRole('region', { name: 'After the lesson: the same three questions' });
  for (const text of RIGHT) await post.getByRole('radio', { name: text }).check();
  await post.getByRole('button', { name: 'Check my answers' }).click();
  await expect(post).toContainText('Before the lesson 2 of 3, after it 3 of 3 (+1).');
  await expect.poll(() => readStored<{ score: number }>(page, 'assessments', 'roles:post')).toMatchObject({ score: 3 });

  await page.goto('./#/');
  const card = page.getByRole('article', { name: 'What ML engineering is' });
  await expect(card).toContainText('Before → after the lesson: 2 → 3 of 3');

  await page.getByRole('link', { name: 'Your course record (printable)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your course record' })).toBeVisible();
  const lessons = page.getByRole('region', { name: /Each lesson with its sections done/ });
  await expect(lessons.getByRole('row', { name: /^1\. / })).toContainText('2 → 3 of 3');

  // Printed, the record keeps its content and drops the app's header and buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(lessons).toBeVisible();
});
