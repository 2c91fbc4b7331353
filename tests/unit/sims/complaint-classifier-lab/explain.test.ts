import { describe, expect, it } from 'vitest';
import { fitClassificationTree, predictClass } from '../../../../src/engine/tree/classifier';
import { explainTree, majority, splitQuestion } from '../../../../src/sims/complaint-classifier-lab/explain';

describe('splitQuestion', () => {
  it.each([
    { name: 'a word-count threshold below 1 asks whether the word is there', threshold: 0.5, expected: { kind: 'contains', term: 'refund' } },
    { name: 'a threshold of 1 or more asks how often', threshold: 1.5, expected: { kind: 'count-above', term: 'refund', threshold: '1.5' } },
  ])('$name', ({ threshold, expected }) => {
    expect(splitQuestion({ feature: 3, featureName: 'refund', threshold })).toEqual(expected);
  });

  it('falls back to the column name when the feature has none', () => {
    expect(splitQuestion({ feature: 3, featureName: null, threshold: 0.5 })).toEqual({ kind: 'contains', term: 'x3' });
  });
});

describe('majority', () => {
  it.each([
    { counts: [1, 5, 2], expected: 1 },
    { counts: [4, 4, 1], expected: 0 },
    { counts: [0], expected: 0 },
  ])('picks index $expected of $counts (ties to the lowest)', ({ counts, expected }) => {
    expect(majority(counts)).toBe(expected);
  });
});

describe('explainTree', () => {
  // Columns: refund, parcel. Billing complaints say "refund", delivery ones "parcel".
  const x = { data: Float32Array.from([1, 0, 1, 0, 2, 0, 0, 1, 0, 1, 0, 0]), rows: 6, cols: 2 };
  const y = [0, 0, 0, 1, 1, 2];
  const tree = fitClassificationTree(x, y, 3, { featureNames: ['refund', 'parcel'], featureKind: 'count', classNames: ['billing', 'delivery', 'other'] });

  it('reads each split on the way as a yes/no question and ends on the leaf majority', () => {
    const e = explainTree(tree, [0, 1]);
    expect(e.steps.map((s) => [s.question, s.yes])).toEqual([
      [{ kind: 'contains', term: 'refund' }, false],
      [{ kind: 'contains', term: 'parcel' }, true],
    ]);
    expect(e).toMatchObject({ className: 'delivery', classIndex: 1, share: 1, samples: 2 });
    expect(e.nodes[0]).toBe(0);
    expect(e.nodes).toHaveLength(3);
  });

  it('agrees with predictClass on every row', () => {
    for (let i = 0; i < x.rows; i++) {
      const row = x.data.subarray(i * 2, i * 2 + 2);
      expect(explainTree(tree, row).classIndex).toBe(predictClass(tree, row));
    }
  });

  it('explains a complaint with no known word by its "no" answers', () => {
    const e = explainTree(tree, [0, 0]);
    expect(e.steps.every((s) => !s.yes)).toBe(true);
    expect(e.className).toBe('other');
  });
});
