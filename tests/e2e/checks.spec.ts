import { test, expect, waitForApp } from './fixtures';

test('a knowledge check explains the answer, and the answer and section progress survive a reload', async ({ page }) => {
  await page.goto('./#/lesson/roles/two-roles');
  await waitForApp(page);
  const check = page.locator('form.check').first();
  await check.getByRole('button', { name: 'Check answer' }).click();
  await expect(check.getByText('Choose an answer first.')).toBeVisible();

  await check.getByRole('radio').first().check();
  await check.getByRole('button', { name: 'Check answer' }).click();
  await expect(check.locator('.feedback')).toBeVisible();
  await expect(check.locator('.feedback .why')).not.toBeEmpty();
  const verdict = await check.locator('.verdict').textContent();

  await page.getByRole('button', { name: /Next section/ }).click();
  await expect(page).toHaveURL(/#\/lesson\/roles\/handoff$/);

  await page.reload();
  await waitForApp(page);
  await page.goto('./#/lesson/roles/two-roles');
  await expect(page.locator('form.check').first().locator('.verdict')).toHaveText(verdict ?? '');
  await page.goto('./#/');
  await expect(page.locator('.course-map > li').first()).toContainText('1 of 6 sections done');
  await expect(page.locator('.course-map > li').first()).toContainText(/1 of \d+ checks answered/);
  await expect(page.getByRole('link', { name: 'Continue' }).first()).toHaveAttribute('href', '#/lesson/roles/two-roles');
});
