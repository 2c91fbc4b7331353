import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { ROLE_CARDS } from '../../../src/engine/roles/cards';
import type { Actions } from './actions';

const LABELS = { 'data-scientist': 'Data Scientist', 'ml-engineer': 'ML Engineer', both: 'Both' } as const;

/** Places every card in its usual column; the score says all are right. */
export default async function runToResult(_page: Page, region: Locator, act: Actions): Promise<void> {
  const answerOf = new Map(ROLE_CARDS.map((c) => [c.task, c.answer]));
  for (let n = 0; n < ROLE_CARDS.length; n++) {
    const card = region.locator('.deck-card').first();
    const task = (await card.locator('p').textContent())!.trim();
    const answer = answerOf.get(task);
    expect(answer, `card "${task}"`).toBeDefined();
    await act.press(card.getByRole('button', { name: LABELS[answer!], exact: true }));
  }
  await expect(region.getByText('Every card in the right place.')).toBeVisible();
}
