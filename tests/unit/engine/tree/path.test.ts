import { describe, expect, it } from 'vitest';
import { fitClassificationTree } from '../../../../src/engine/tree/classifier';
import { decisionPath, describeCondition, formatThreshold } from '../../../../src/engine/tree/path';

describe('describeCondition', () => {
  it.each([
    { kind: 'count', t: 0.5, left: false, expected: "contains 'refund'" },
    { kind: 'count', t: 0.5, left: true, expected: "does not contain 'refund'" },
    { kind: 'count', t: 1.5, left: false, expected: "count of 'refund' > 1.5" },
    { kind: 'tfidf', t: 0.1234, left: true, expected: "tf-idf of 'refund' ≤ 0.12" },
    { kind: 'continuous', t: 512.5, left: false, expected: 'refund > 512.5' },
  ] as const)('words a $kind split at $t ($left) as "$expected"', ({ kind, t, left, expected }) => {
    expect(describeCondition(kind, 'refund', t, left)).toBe(expected);
  });

  it.each([
    [0, '0'], [0.5, '0.5'], [0.04567, '0.046'], [12.25, '12.3'], [-3.14159, '-3.1'], [1234.5, '1234.5'],
  ])('formats threshold %f as %s', (t, s) => {
    expect(formatThreshold(t)).toBe(s);
  });
});

describe('decisionPath', () => {
  // Words: [refund, package]. Class 0 = billing (has "refund"), 1 = delivery.
  const x = { data: Float32Array.from([1, 0, 2, 0, 0, 1, 0, 2, 1, 1, 0, 0]), rows: 6, cols: 2 };
  const y = [0, 0, 1, 1, 0, 1];
  const tree = fitClassificationTree(x, y, 2, { featureNames: ['refund', 'package'], featureKind: 'count' });

  it('lists the conditions met from the root to the leaf', () => {
    const path = decisionPath(tree, [1, 0]);
    expect(path[0].node).toBe(0);
    expect(path[0].condition).toBe("contains 'refund'");
    expect(path[0].featureValue).toBe(1);
    const leaf = path[path.length - 1];
    expect(leaf.condition).toBeNull();
    expect(leaf.value[0]).toBeGreaterThan(leaf.value[1]);
    for (let i = 1; i < path.length; i++) expect(path[i].depth).toBe(i);
  });

  it('ends at the same leaf the prediction uses', () => {
    const path = decisionPath(tree, [0, 3]);
    expect(path[0].condition).toBe("does not contain 'refund'");
    expect(path[path.length - 1].value[1]).toBeGreaterThan(0);
  });
});
