import { test, expect, waitForApp } from './fixtures';

test('a knowledge check explains the answer, and the answer and section progress survive a reload', async ({ page }) => {
  await page.goto('./#/lesson/roles/two-roles');
  await waitForApp(page);
  const check = page.locator('form.check').first();
  await check.getByRole('button', { name: 'Check answer' }).click();
  await expect(check.getByText('Choose an answer first.')).toBeVisible();

  // Options are lettered A-D in this learner's own order; pick by text, never by position.
  const labels = check.locator('label.choice-option');
  await expect(labels).toHaveCount(4);
  await expect(check.locator('.choice-letter')).toHaveText(['A', 'B', 'C', 'D']);
  const texts = (form: typeof check) => form.locator('label.choice-option span:nth-of-type(2)').allInnerTexts();
  const order = await texts(check);
  await check.getByRole('radio', { name: /Data Scientist: the right model for the problem/ }).check();
  await check.getByRole('button', { name: 'Check answer' }).click();
  await expect(check.locator('.feedback')).toBeVisible();
  await expect(check.locator('.verdict')).toHaveText('Correct.');
  await expect(check.locator('.feedback .why')).not.toBeEmpty();

  await page.getByRole('button', { name: /Next section/ }).click();
  await expect(page).toHaveURL(/#\/lesson\/roles\/handoff$/);

  await page.reload();
  await waitForApp(page);
  await page.goto('./#/lesson/roles/two-roles');
  const again = page.locator('form.check').first();
  await expect(again.locator('.verdict')).toHaveText('Correct.');
  // Same learner seed after the reload: same order, and the stored answer is the option picked.
  expect(await texts(again)).toEqual(order);
  await expect(again.locator('label.picked')).toContainText('Data Scientist: the right model for the problem');
  await expect(again.getByRole('radio', { name: /Data Scientist: the right model for the problem/ })).toBeChecked();
  await page.goto('./#/');
  await expect(page.locator('.course-map > li').first()).toContainText('1 of 6 sections done');
  await expect(page.locator('.course-map > li').first()).toContainText(/1 of \d+ checks answered/);
  await expect(page.getByRole('link', { name: 'Continue' }).first()).toHaveAttribute('href', '#/lesson/roles/two-roles');

  // The last section of a lesson ends with its sources.
  await page.goto('./#/lesson/review/course');
  const sources = page.getByRole('region', { name: 'Sources and further reading' });
  await expect(sources).toContainText('What Duolingo, Uber, and Netflix Teach Us About ML That Works');
  await expect(sources.getByRole('link', { name: 'A Trainable Spaced Repetition Model for Language Learning' })).toHaveAttribute(
    'href',
    'https://aclanthology.org/P16-1174/',
  );
});

test('in guest mode the options are shuffled too, and a check can be answered', async ({ page }) => {
  await page.goto('./?guest#/lesson/roles/two-roles');
  await waitForApp(page);
  const check = page.locator('form.check').first();
  await expect(check.locator('label.choice-option')).toHaveCount(4);
  await check.getByRole('radio', { name: /Data Scientist: builds the model/ }).check();
  await check.getByRole('button', { name: 'Check answer' }).click();
  await expect(check.locator('.verdict')).toHaveText('Not quite.');
  await expect(check.locator('.feedback .why')).toContainText('deployment person');
});
