import { describe, expect, it } from 'vitest';
import { MAX_LEARNER_SEED, newLearnerSeed, optionLetter, optionOrder, parseLearnerSeed } from '../../../src/lib/shuffleOptions';

describe('optionOrder', () => {
  it('is a permutation of the authored indices', () => {
    for (const count of [2, 3, 4, 5, 6]) {
      for (let seed = 0; seed < 50; seed++) {
        expect([...optionOrder(seed, 'roles-goal', count)].sort()).toEqual(Array.from({ length: count }, (_, i) => i));
      }
    }
  });

  it('is the same for the same learner seed and check id (stable across reloads)', () => {
    expect(optionOrder(123456, 'experiments-srm', 4)).toEqual(optionOrder(123456, 'experiments-srm', 4));
    expect(optionOrder(MAX_LEARNER_SEED, 'mlops-psi', 4)).toEqual(optionOrder(MAX_LEARNER_SEED, 'mlops-psi', 4));
  });

  it('differs between learners and between checks of one learner', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `check-${i}`);
    const ofLearner = (seed: number) => ids.map((id) => optionOrder(seed, id, 4).join(''));
    const a = ofLearner(1);
    const b = ofLearner(2);
    // 40 checks, 24 orders each: two learners agree on a handful at most, never on all.
    expect(a.filter((o, i) => o === b[i]).length).toBeLessThan(10);
    expect(new Set(a).size).toBeGreaterThan(10);
  });

  it('puts the authored first (correct) option in each position about equally often', () => {
    // 4,000 (learner, check) pairs; each position should get 1,000 ± about 4 standard deviations (≈ 110).
    const counts = [0, 0, 0, 0];
    for (let seed = 0; seed < 100; seed++) {
      for (let c = 0; c < 40; c++) counts[optionOrder(seed * 7919, `check-${c}`, 4).indexOf(0)]++;
    }
    for (const n of counts) expect(Math.abs(n - 1000)).toBeLessThan(110);
  });

  it('handles degenerate counts', () => {
    expect(optionOrder(5, 'x', 0)).toEqual([]);
    expect(optionOrder(5, 'x', 1)).toEqual([0]);
  });
});

describe('learner seeds', () => {
  it('accepts only integers in [0, 2^31)', () => {
    expect(parseLearnerSeed(0)).toBe(0);
    expect(parseLearnerSeed(MAX_LEARNER_SEED)).toBe(MAX_LEARNER_SEED);
    for (const bad of [-1, 2 ** 31, 1.5, Number.NaN, Infinity, '42', null, undefined, {}]) expect(parseLearnerSeed(bad)).toBeNull();
  });

  it('makes a new seed in range from the random source', () => {
    expect(newLearnerSeed((b) => b.fill(0xffffffff))).toBe(MAX_LEARNER_SEED);
    expect(newLearnerSeed((b) => b.fill(0))).toBe(0);
    expect(parseLearnerSeed(newLearnerSeed())).not.toBeNull();
  });

  it('letters positions A, B, C…', () => {
    expect([0, 1, 2, 5].map(optionLetter)).toEqual(['A', 'B', 'C', 'F']);
  });
});
