import { test, expect, waitForApp } from './fixtures';

test('two open tabs stay consistent', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('./#/lesson/roles/gap');
  await second.goto('./#/');
  await waitForApp(first);
  await waitForApp(second);
  await expect(second.locator('.course-map > li').first()).toContainText('0 of 6 sections done');

  await first.getByRole('button', { name: /Next section/ }).click();
  await expect(second.locator('.course-map > li').first()).toContainText('1 of 6 sections done');

  await second.goto('./#/settings');
  await second.getByRole('button', { name: 'Reset all progress' }).click();
  await second.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(first.getByRole('navigation', { name: 'Sections' }).getByText('(Done)')).toHaveCount(0);
});
