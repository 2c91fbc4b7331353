import { describe, expect, it } from 'vitest';
import type { Column, RoleCard } from '../../../../src/engine/roles/cards';
import { ROLE_CARDS } from '../../../../src/engine/roles/cards';
import {
  dealOrder,
  emptySorterState,
  isComplete,
  parseSorterState,
  placeCard,
  score,
  unplace,
  type SorterState,
} from '../../../../src/engine/roles/sorter';

const DECK: RoleCard[] = [
  { id: 'a', task: 'Task a', answer: 'data-scientist', explanation: 'Why a. Other role.' },
  { id: 'b', task: 'Task b', answer: 'ml-engineer', explanation: 'Why b. Other role.' },
  { id: 'c', task: 'Task c', answer: 'both', explanation: 'Why c. Other role.' },
];

const state = (placements: Record<string, Column>): SorterState => ({ version: 1, placements });

describe('placeCard', () => {
  it.each([
    { name: 'places an unplaced card', from: {}, card: 'a', column: 'both', to: { a: 'both' } },
    { name: 'moves a placed card', from: { a: 'both' }, card: 'a', column: 'ml-engineer', to: { a: 'ml-engineer' } },
    { name: 'keeps other placements', from: { b: 'both' }, card: 'a', column: 'data-scientist', to: { a: 'data-scientist', b: 'both' } },
    { name: 'ignores an unknown card', from: { a: 'both' }, card: 'zzz', column: 'both', to: { a: 'both' } },
    { name: 'ignores an unknown column', from: {}, card: 'a', column: 'data-engineer', to: {} },
    { name: 'ignores a prototype key', from: {}, card: '__proto__', column: 'both', to: {} },
  ] as { name: string; from: Record<string, Column>; card: string; column: Column; to: Record<string, Column> }[])(
    '$name',
    ({ from, card, column, to }) => {
      expect(placeCard(state(from), card, column, DECK).placements).toEqual(to);
    },
  );

  it('does not mutate the input state', () => {
    const before = state({ a: 'both' });
    const frozen = JSON.stringify(before);
    placeCard(before, 'b', 'ml-engineer', DECK);
    expect(JSON.stringify(before)).toBe(frozen);
  });

  it('returns the same object when nothing changes', () => {
    const s = state({ a: 'both' });
    expect(placeCard(s, 'a', 'both', DECK)).toBe(s);
    expect(placeCard(s, 'nope', 'both', DECK)).toBe(s);
  });

  it('uses the course deck by default', () => {
    expect(placeCard(emptySorterState(), ROLE_CARDS[0].id, 'both').placements).toEqual({ [ROLE_CARDS[0].id]: 'both' });
  });
});

describe('unplace', () => {
  it.each([
    { name: 'removes a placed card', from: { a: 'both', b: 'both' }, card: 'a', to: { b: 'both' } },
    { name: 'leaves an unplaced card alone', from: { b: 'both' }, card: 'a', to: { b: 'both' } },
    { name: 'ignores an unknown card', from: { a: 'both' }, card: 'zzz', to: { a: 'both' } },
  ] as { name: string; from: Record<string, Column>; card: string; to: Record<string, Column> }[])('$name', ({ from, card, to }) => {
    expect(unplace(state(from), card).placements).toEqual(to);
  });

  it('does not mutate the input state', () => {
    const before = state({ a: 'both' });
    unplace(before, 'a');
    expect(before.placements).toEqual({ a: 'both' });
  });
});

describe('score', () => {
  it.each([
    { name: 'nothing placed', placements: {}, correct: 0, incorrect: 0, unplaced: 3 },
    { name: 'all right', placements: { a: 'data-scientist', b: 'ml-engineer', c: 'both' }, correct: 3, incorrect: 0, unplaced: 0 },
    { name: 'all wrong', placements: { a: 'both', b: 'data-scientist', c: 'ml-engineer' }, correct: 0, incorrect: 3, unplaced: 0 },
    { name: 'mixed', placements: { a: 'data-scientist', b: 'both' }, correct: 1, incorrect: 1, unplaced: 1 },
  ] as { name: string; placements: Record<string, Column>; correct: number; incorrect: number; unplaced: number }[])(
    '$name',
    ({ placements, correct, incorrect, unplaced }) => {
      const s = score(state(placements), DECK);
      expect({ correct: s.correct, incorrect: s.incorrect, unplaced: s.unplaced, total: s.total }).toEqual({
        correct,
        incorrect,
        unplaced,
        total: 3,
      });
    },
  );

  it('reports each card in deck order with where it was placed', () => {
    expect(score(state({ b: 'both', a: 'data-scientist' }), DECK).results).toEqual([
      { cardId: 'a', placed: 'data-scientist', answer: 'data-scientist', correct: true },
      { cardId: 'b', placed: 'both', answer: 'ml-engineer', correct: false },
      { cardId: 'c', placed: null, answer: 'both', correct: false },
    ]);
  });

  it('scores the whole course deck as correct when every card goes to its answer', () => {
    let s = emptySorterState();
    for (const card of ROLE_CARDS) s = placeCard(s, card.id, card.answer);
    expect(score(s)).toMatchObject({ correct: ROLE_CARDS.length, incorrect: 0, unplaced: 0 });
  });
});

describe('isComplete', () => {
  it.each([
    { name: 'empty', placements: {}, expected: false },
    { name: 'partly placed', placements: { a: 'both', b: 'both' }, expected: false },
    { name: 'all placed, some wrong', placements: { a: 'both', b: 'both', c: 'both' }, expected: true },
  ] as { name: string; placements: Record<string, Column>; expected: boolean }[])('$name → $expected', ({ placements, expected }) => {
    expect(isComplete(state(placements), DECK)).toBe(expected);
  });

  it('is false for an empty deck', () => {
    expect(isComplete(emptySorterState(), [])).toBe(false);
  });
});

describe('parseSorterState', () => {
  it.each([
    { name: 'undefined', input: undefined, expected: {} },
    { name: 'null', input: null, expected: {} },
    { name: 'a string', input: 'a=both', expected: {} },
    { name: 'an array', input: [['a', 'both']], expected: {} },
    { name: 'no placements', input: { version: 1 }, expected: {} },
    { name: 'placements is an array', input: { placements: ['both'] }, expected: {} },
    { name: 'placements is null', input: { placements: null }, expected: {} },
    { name: 'a valid state', input: { version: 1, placements: { a: 'both', c: 'ml-engineer' } }, expected: { a: 'both', c: 'ml-engineer' } },
    { name: 'a missing version is tolerated', input: { placements: { b: 'ml-engineer' } }, expected: { b: 'ml-engineer' } },
    { name: 'unknown card ids dropped', input: { placements: { a: 'both', zzz: 'both' } }, expected: { a: 'both' } },
    { name: 'unknown columns dropped', input: { placements: { a: 'data-engineer', b: 'both' } }, expected: { b: 'both' } },
    { name: 'non-string columns dropped', input: { placements: { a: 1, b: { x: 1 }, c: null } }, expected: {} },
  ])('$name', ({ input, expected }) => {
    const parsed = parseSorterState(input, DECK);
    expect(parsed).toEqual({ version: 1, placements: expected });
  });

  it('ignores prototype-polluting keys and inherited properties', () => {
    const hostile = JSON.parse('{"placements":{"__proto__":{"a":"both"},"constructor":"both","b":"both"}}');
    const parsed = parseSorterState(hostile, DECK);
    expect(parsed.placements).toEqual({ b: 'both' });
    expect(Object.getPrototypeOf(parsed.placements)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).a).toBeUndefined();
    const inherited = Object.create({ a: 'both' }) as object;
    expect(parseSorterState({ placements: inherited }, DECK).placements).toEqual({});
  });

  it('round-trips through JSON', () => {
    let s = emptySorterState();
    for (const card of ROLE_CARDS.slice(0, 5)) s = placeCard(s, card.id, 'both');
    expect(parseSorterState(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it('stays bounded by the deck for a huge input', () => {
    const placements: Record<string, string> = {};
    for (let i = 0; i < 100_000; i++) placements[`card-${i}`] = 'both';
    placements.a = 'both';
    expect(parseSorterState({ placements }, DECK).placements).toEqual({ a: 'both' });
  });
});

describe('dealOrder', () => {
  it('is a permutation of the deck', () => {
    const dealt = dealOrder(42).map((c) => c.id);
    expect([...dealt].sort()).toEqual(ROLE_CARDS.map((c) => c.id).sort());
  });

  it('is the same for the same seed and differs across seeds', () => {
    expect(dealOrder(7).map((c) => c.id)).toEqual(dealOrder(7).map((c) => c.id));
    const orders = new Set([1, 2, 3, 4, 5].map((seed) => dealOrder(seed).map((c) => c.id).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('does not mutate the deck', () => {
    const before = ROLE_CARDS.map((c) => c.id);
    dealOrder(3);
    expect(ROLE_CARDS.map((c) => c.id)).toEqual(before);
  });
});
