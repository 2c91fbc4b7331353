/**
 * Pure logic of the Role sorter: where each card has been placed, how the
 * placements score, and validation of saved state. No DOM, no storage: the sim's
 * controller keeps a `SorterState` and persists it as JSON.
 */
import { createRng } from '../random/rng';
import { ROLE_CARDS, isColumn, type Column, type RoleCard } from './cards';

/** Version tag of the stored shape; bump it (and migrate) if the shape changes. */
export const SORTER_STATE_VERSION = 1;

/**
 * The sorter's state, JSON-safe (plain objects, strings, a number): card id →
 * column for every card the learner has placed. Unplaced cards are absent.
 */
export interface SorterState {
  readonly version: typeof SORTER_STATE_VERSION;
  readonly placements: Readonly<Record<string, Column>>;
}

/** The outcome for one card after scoring. */
export interface CardResult {
  readonly cardId: string;
  /** Where the learner put it, or null if it is still unplaced. */
  readonly placed: Column | null;
  readonly answer: Column;
  /** True only when placed in the right column; unplaced cards are not correct. */
  readonly correct: boolean;
}

/** Per-card results in deck order, plus totals. */
export interface SorterScore {
  readonly results: readonly CardResult[];
  /** Cards placed in the right column. */
  readonly correct: number;
  /** Cards placed in a wrong column. */
  readonly incorrect: number;
  /** Cards not placed yet. */
  readonly unplaced: number;
  /** Cards in the deck. */
  readonly total: number;
}

/** A state with nothing placed. */
export function emptySorterState(): SorterState {
  return { version: SORTER_STATE_VERSION, placements: {} };
}

function hasCard(cards: readonly RoleCard[], cardId: string): boolean {
  return cards.some((c) => c.id === cardId);
}

/**
 * Places (or moves) a card into a column and returns the new state. An unknown
 * card id or column leaves the state unchanged (the same object is returned).
 */
export function placeCard(
  state: SorterState,
  cardId: string,
  column: Column,
  cards: readonly RoleCard[] = ROLE_CARDS,
): SorterState {
  if (!hasCard(cards, cardId) || !isColumn(column)) return state;
  if (Object.hasOwn(state.placements, cardId) && state.placements[cardId] === column) return state;
  return { version: SORTER_STATE_VERSION, placements: { ...state.placements, [cardId]: column } };
}

/** Takes a card back out of its column. A card that is not placed leaves the state unchanged. */
export function unplace(state: SorterState, cardId: string): SorterState {
  if (!Object.hasOwn(state.placements, cardId)) return state;
  const placements: Record<string, Column> = {};
  for (const [id, column] of Object.entries(state.placements)) {
    if (id !== cardId) placements[id] = column;
  }
  return { version: SORTER_STATE_VERSION, placements };
}

/** Scores every card of the deck, in deck order: correct, incorrect or unplaced. */
export function score(state: SorterState, cards: readonly RoleCard[] = ROLE_CARDS): SorterScore {
  const results = cards.map((card): CardResult => {
    const placed = Object.hasOwn(state.placements, card.id) ? state.placements[card.id] : null;
    return { cardId: card.id, placed, answer: card.answer, correct: placed === card.answer };
  });
  const unplaced = results.filter((r) => r.placed === null).length;
  const correct = results.filter((r) => r.correct).length;
  return { results, correct, incorrect: results.length - unplaced - correct, unplaced, total: results.length };
}

/** True when every card of the deck has been placed (right or wrong). */
export function isComplete(state: SorterState, cards: readonly RoleCard[] = ROLE_CARDS): boolean {
  return cards.length > 0 && cards.every((card) => Object.hasOwn(state.placements, card.id));
}

/**
 * Validates stored or imported state. Anything that is not an object with a
 * `placements` object yields an empty state; inside it, entries whose card id is
 * not in the deck or whose column is not a known column are dropped. Only the
 * deck's own ids are looked up, so the work is bounded by the deck size whatever
 * the input, and keys such as `__proto__` are never copied.
 */
export function parseSorterState(value: unknown, cards: readonly RoleCard[] = ROLE_CARDS): SorterState {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return emptySorterState();
  const raw = (value as { placements?: unknown }).placements;
  if (!Object.hasOwn(value, 'placements') || typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return emptySorterState();
  }
  const placements: Record<string, Column> = {};
  for (const card of cards) {
    if (!Object.hasOwn(raw, card.id)) continue;
    const column: unknown = (raw as Record<string, unknown>)[card.id];
    if (isColumn(column)) placements[card.id] = column;
  }
  return { version: SORTER_STATE_VERSION, placements };
}

/**
 * The deck in a seeded shuffled order (Fisher–Yates on the course RNG), so a shared
 * scenario link deals every learner in the room the same order.
 */
export function dealOrder(seed: number, cards: readonly RoleCard[] = ROLE_CARDS): RoleCard[] {
  const rng = createRng(seed);
  const deck = [...cards];
  for (let i = deck.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [deck[i], deck[j]] = [deck[j], deck[i]];
  }
  return deck;
}
