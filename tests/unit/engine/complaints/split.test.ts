import { describe, expect, it } from 'vitest';
import { stratifiedSplit, takeRows } from '../../../../src/engine/complaints/split';
import { createRng } from '../../../../src/engine/random/rng';

// 100 rows of class 0, 50 of class 1, 10 of class 2.
const labels = Int32Array.from([...Array(100).fill(0), ...Array(50).fill(1), ...Array(10).fill(2)]);

describe('stratifiedSplit', () => {
  it('puts round(fraction · class size) of each class in the holdout', () => {
    const { train, holdout } = stratifiedSplit(labels, createRng(1), 0.2);
    const count = (idx: Int32Array, c: number) => Array.from(idx).filter((i) => labels[i] === c).length;
    expect([0, 1, 2].map((c) => count(holdout, c))).toEqual([20, 10, 2]);
    expect([0, 1, 2].map((c) => count(train, c))).toEqual([80, 40, 8]);
  });

  it('returns disjoint, ascending index sets that cover every row', () => {
    const { train, holdout } = stratifiedSplit(labels, createRng(2), 0.3);
    const all = [...train, ...holdout].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: labels.length }, (_, i) => i));
    expect(Array.from(train)).toEqual([...train].sort((a, b) => a - b));
    expect(Array.from(holdout)).toEqual([...holdout].sort((a, b) => a - b));
  });

  it('is seeded: same seed, same split; another seed, another split', () => {
    expect(stratifiedSplit(labels, createRng(3))).toEqual(stratifiedSplit(labels, createRng(3)));
    expect(stratifiedSplit(labels, createRng(3)).holdout).not.toEqual(stratifiedSplit(labels, createRng(4)).holdout);
  });

  it('clamps the holdout fraction to [0.05, 0.5]', () => {
    expect(stratifiedSplit(labels, createRng(5), 0.99).holdout).toHaveLength(50 + 25 + 5);
    expect(stratifiedSplit(labels, createRng(5), 0).holdout).toHaveLength(5 + 3 + 1);
  });
});

describe('takeRows', () => {
  it('picks elements in index order', () => {
    expect(takeRows(['a', 'b', 'c', 'd'], [3, 0])).toEqual(['d', 'a']);
  });
});
