import AxeBuilder from '@axe-core/playwright';
import { test, expect, waitForApp } from './fixtures';

const ROUTES = [
  '#/',
  '#/lesson/roles/gap',
  '#/lesson/roles/two-roles',
  '#/lesson/roles/sorter',
  '#/lesson/simplicity',
  '#/lesson/agile',
  '#/lesson/experiments',
  '#/lesson/mlops',
  '#/lesson/review',
  '#/lesson/review/course',
  '#/runs',
  '#/settings',
  '#/record',
  '#/not-a-page',
];

for (const route of ROUTES) {
  test(`axe finds no violations on ${route}`, async ({ page }) => {
    await page.goto(`./${route}`);
    await waitForApp(page);
    await expect(page.locator('main h1')).toBeVisible();
    // A lesson route has drawn its section before axe looks; other routes have none.
    await expect(page.locator('#section-title')).toHaveCount(route.startsWith('#/lesson/') ? 1 : 0);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('axe finds no violations with a sorted card and an answered check on screen', async ({ page }) => {
  await page.goto('./#/lesson/roles/sorter');
  await waitForApp(page);
  await page.locator('.deck-card').first().getByRole('button').first().click();
  await page.goto('./#/lesson/roles/two-roles');
  const check = page.locator('form.check').first();
  await check.getByRole('radio', { name: /Data Scientist: the most accurate model possible/ }).check();
  await check.getByRole('button', { name: 'Check answer' }).click();
  await page.goto('./#/lesson/roles/sorter');
  await expect(page.locator('.column li').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
