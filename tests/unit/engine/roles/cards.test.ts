import { describe, expect, it } from 'vitest';
import { COLUMNS, ROLE_CARDS, isColumn } from '../../../../src/engine/roles/cards';

describe('ROLE_CARDS', () => {
  it('has at least 14 cards', () => {
    expect(ROLE_CARDS.length).toBeGreaterThanOrEqual(14);
  });

  it('has unique ids that are safe in URLs and storage keys', () => {
    const ids = ROLE_CARDS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('uses every column at least three times, so no single answer wins by default', () => {
    for (const column of COLUMNS) {
      expect(ROLE_CARDS.filter((c) => c.answer === column).length).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(ROLE_CARDS.map((c) => [c.id, c] as const))('%s has a valid answer and a teaching explanation', (_id, card) => {
    expect(isColumn(card.answer)).toBe(true);
    expect(card.task.trim().length).toBeGreaterThan(20);
    // An explanation that teaches says why, and where the other role comes in: at least two sentences.
    expect(card.explanation.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 0).length).toBeGreaterThanOrEqual(2);
  });
});

describe('isColumn', () => {
  it.each([
    ['data-scientist', true],
    ['ml-engineer', true],
    ['both', true],
    ['Both', false],
    ['data-engineer', false],
    ['', false],
    [null, false],
    [3, false],
    [{}, false],
  ] as const)('isColumn(%j) is %s', (value, expected) => {
    expect(isColumn(value)).toBe(expected);
  });
});
