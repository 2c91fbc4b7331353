import { test, expect, waitForApp } from './fixtures';
import { readStored } from './support/stored';
import { ROLE_CARDS, COLUMNS } from '../../src/engine/roles/cards';

test('the Role sorter can be completed by keyboard alone, and its progress survives a reload', async ({ page }) => {
  await page.goto('./#/lesson/roles/sorter');
  await waitForApp(page);
  const sorter = page.getByRole('region', { name: 'Role sorter' });
  await expect(sorter).toBeVisible();

  // Tab from the top of the page until focus lands on the first card's first choice.
  await page.locator('#section-title').focus();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => !!document.activeElement?.closest('.deck-card'))) break;
  }

  const answerOf = new Map(ROLE_CARDS.map((c) => [c.task, c.answer]));
  for (let n = 0; n < ROLE_CARDS.length; n++) {
    const task = await page.evaluate(() => {
      const group = document.activeElement?.closest('[role="group"]');
      return document.getElementById(group?.getAttribute('aria-labelledby') ?? '')?.textContent ?? '';
    });
    const answer = answerOf.get(task.trim());
    expect(answer, `focused card "${task}"`).toBeDefined();
    for (let t = 0; t < COLUMNS.indexOf(answer!); t++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
  }

  const total = ROLE_CARDS.length;
  await expect(sorter.locator('.score')).toContainText(`${total} of ${total} sorted · ${total} correct`);
  await expect(sorter.getByText('Every card in the right place.')).toBeVisible();

  // Each placement is written to IndexedDB as it is made, after the screen updates; on a loaded
  // machine the last writes land a moment later, and a reload before then would abort them.
  await expect
    .poll(async () => Object.keys((await readStored<{ state?: { placements?: object } }>(page, 'interactives', 'role-sorter'))?.state?.placements ?? {}).length)
    .toBe(total);
  await page.reload();
  await waitForApp(page);
  await expect(page.getByRole('region', { name: 'Role sorter' }).locator('.score')).toContainText(
    `${total} of ${total} sorted`,
  );
});

test('a wrong placement explains the usual owner and can be taken back', async ({ page }) => {
  await page.goto('./#/lesson/roles/sorter');
  await waitForApp(page);
  const sorter = page.getByRole('region', { name: 'Role sorter' });
  const first = sorter.locator('.deck-card').first();
  const task = (await first.locator('p').textContent())!.trim();
  const card = ROLE_CARDS.find((c) => c.task === task)!;
  const wrong = COLUMNS.find((c) => c !== card.answer)!;
  const label = { 'data-scientist': 'Data Scientist', 'ml-engineer': 'ML Engineer', both: 'Both' }[wrong];
  await first.getByRole('button', { name: label, exact: true }).click();
  await expect(sorter.getByText('✗ Usually not')).toBeVisible();
  await sorter.getByRole('button', { name: `Take back: ${task}` }).click();
  await expect(sorter.locator('.deck-card').filter({ hasText: task })).toBeVisible();
});
