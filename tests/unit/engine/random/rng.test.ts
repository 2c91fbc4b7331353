import { describe, expect, it } from 'vitest';
import { childSeed, createRng } from '../../../../src/engine/random/rng';

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const seqA = Array.from({ length: 5 }, () => a());
    const seqB = Array.from({ length: 5 }, () => b());
    expect(seqA).toEqual(seqB);
  });

  it('gives different sequences for different seeds', () => {
    expect(createRng(1)()).not.toEqual(createRng(2)());
  });

  it('stays in [0, 1)', () => {
    const rng = createRng(7);
    for (let i = 0; i < 10_000; i++) {
      const x = rng();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('childSeed', () => {
  it('is deterministic and label-dependent', () => {
    expect(childSeed(5, 'a')).toBe(childSeed(5, 'a'));
    expect(childSeed(5, 'a')).not.toBe(childSeed(5, 'b'));
  });
});
