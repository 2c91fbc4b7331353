import { childSeed, createRng } from '../engine/random/rng';

/** Largest learner seed; seeds are integers in [0, 2^31). */
export const MAX_LEARNER_SEED = 2 ** 31 - 1;

/**
 * The order in which one learner sees the options of one knowledge check: a
 * permutation of 0..count−1 (display position → authored index), drawn by a
 * Fisher–Yates shuffle from the seeded LCG with seed childSeed(learnerSeed, checkId).
 * Deterministic per (learner seed, check id): the same learner sees the same order
 * after every reload, on every device that holds the same seed, and two checks of
 * one learner are shuffled independently. Every permutation has probability ≈ 1/count!.
 */
export function optionOrder(learnerSeed: number, checkId: string, count: number): number[] {
  const order = Array.from({ length: Math.max(0, Math.trunc(count)) }, (_, i) => i);
  const rng = createRng(childSeed(learnerSeed, `check:${checkId}`));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** The letter shown before the option at display position `position` (0 → "A"). */
export function optionLetter(position: number): string {
  return String.fromCharCode(65 + position);
}

/** A stored learner seed, or null when `value` is not an integer in [0, 2^31). */
export function parseLearnerSeed(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_LEARNER_SEED ? value : null;
}

/**
 * A fresh learner seed from `fill` (crypto.getRandomValues by default): a uniform
 * integer in [0, 2^31). Not from Math.random, and not seeded: each learner should
 * get a different order of options.
 */
export function newLearnerSeed(fill: (buffer: Uint32Array<ArrayBuffer>) => unknown = (b) => crypto.getRandomValues(b)): number {
  const buffer = new Uint32Array(1);
  fill(buffer);
  return buffer[0] >>> 1;
}
