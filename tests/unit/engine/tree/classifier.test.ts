import { describe, expect, it } from 'vitest';
import {
  fitClassificationTree,
  predictClass,
  predictClasses,
  predictProba,
} from '../../../../src/engine/tree/classifier';
import { treeShape } from '../../../../src/engine/tree/walk';
import type { DenseMatrix } from '../../../../src/engine/tree/types';
import { createRng } from '../../../../src/engine/random/rng';

const matrix = (rows: number[][]): DenseMatrix => ({
  data: Float64Array.from(rows.flat()),
  rows: rows.length,
  cols: rows[0].length,
});

// Six points, two features, classes A = 0 and B = 1.
//   row  f0  f1  y
//    0    1   1  A
//    1    2   0  A
//    2    3   1  A
//    3    4   1  B
//    4    5   0  B
//    5    6   1  A
// Root: 4 A, 2 B → Gini = 1 − (4/6)² − (2/6)² = 16/36 = 0.444…
// Candidate splits, weighted child Gini = (n_L·G_L + n_R·G_R) / 6:
//   f0 ≤ 1.5: L{A} 0,        R{A,A,B,B,A} 1−9/25−4/25 = 0.48 → 5·0.48/6      = 0.400
//   f0 ≤ 2.5: L{A,A} 0,      R{A,B,B,A} 0.5                 → 4·0.5/6       = 0.333
//   f0 ≤ 3.5: L{A,A,A} 0,    R{B,B,A} 1−4/9−1/9 = 4/9       → 3·(4/9)/6     = 0.222  ← best
//   f0 ≤ 4.5: L{A,A,A,B} 6/16, R{B,A} 0.5                   → (1.5+1)/6     = 0.417
//   f0 ≤ 5.5: L{A,A,A,B,B} 0.48, R{A} 0                     → 2.4/6         = 0.400
//   f1 ≤ 0.5: L{A,B} 0.5,    R{A,A,B,A} 1−9/16−1/16 = 0.375 → (1+1.5)/6     = 0.417
// Right child {3:B, 4:B, 5:A} (Gini 4/9):
//   f0 ≤ 4.5: L{B} R{B,A} → (0 + 2·0.5)/3 = 1/3;  f0 ≤ 5.5: L{B,B} R{A} → 0  ← best
//   f1 ≤ 0.5: L{B} R{B,A} → 1/3
const X = matrix([[1, 1], [2, 0], [3, 1], [4, 1], [5, 0], [6, 1]]);
const Y = [0, 0, 0, 1, 1, 0];

describe('fitClassificationTree on the hand-worked example', () => {
  const tree = fitClassificationTree(X, Y, 2, { featureNames: ['f0', 'f1'], classNames: ['A', 'B'] });

  it('splits the root on f0 ≤ 3.5 with Gini 16/36', () => {
    const root = tree.nodes[0];
    expect(root.feature).toBe(0);
    expect(root.featureName).toBe('f0');
    expect(root.threshold).toBe(3.5);
    expect(root.impurity).toBeCloseTo(16 / 36, 12);
    expect(root.samples).toBe(6);
    expect(root.value).toEqual([4, 2]);
  });

  it('makes the left child a pure leaf and splits the right child on f0 ≤ 5.5', () => {
    const left = tree.nodes[tree.nodes[0].left];
    const right = tree.nodes[tree.nodes[0].right];
    expect(left.feature).toBe(-1);
    expect(left.value).toEqual([3, 0]);
    expect(left.impurity).toBe(0);
    expect(right.impurity).toBeCloseTo(4 / 9, 12);
    expect(right.feature).toBe(0);
    expect(right.threshold).toBe(5.5);
  });

  it('has 5 nodes, 3 leaves, depth 2, and fits the training data exactly', () => {
    expect(treeShape(tree.nodes)).toEqual({ nodes: 5, leaves: 3, depth: 2 });
    expect(Array.from(predictClasses(tree, X))).toEqual(Y);
  });

  it('stops at a stump when maxDepth is 1, predicting the right side\'s majority', () => {
    const stump = fitClassificationTree(X, Y, 2, { maxDepth: 1 });
    expect(treeShape(stump.nodes)).toEqual({ nodes: 3, leaves: 2, depth: 1 });
    expect(predictClass(stump, [5, 0])).toBe(1);
    const p = predictProba(stump, [5, 0]);
    expect(p[0]).toBeCloseTo(1 / 3, 12);
    expect(p[1]).toBeCloseTo(2 / 3, 12);
  });

  it('treats negative values and the zero block in value order', () => {
    // f0 = [−2, −1, 0, 0, 1, 2], y = [0, 0, 1, 1, 1, 1]: the only perfect split is f0 ≤ −0.5.
    const neg = fitClassificationTree(matrix([[-2], [-1], [0], [0], [1], [2]]), [0, 0, 1, 1, 1, 1], 2);
    expect(neg.nodes[0].threshold).toBe(-0.5);
    expect(treeShape(neg.nodes).leaves).toBe(2);
  });
});

/** Weighted child Gini of the best root split, by brute force over every (feature, observed value). */
function bruteForceBestGini(x: DenseMatrix, y: number[], k: number): number {
  const gini = (idx: number[]) => {
    const c = new Array(k).fill(0);
    for (const i of idx) c[y[i]]++;
    return 1 - c.reduce((s, v) => s + (v / idx.length) ** 2, 0);
  };
  let best = Infinity;
  for (let f = 0; f < x.cols; f++) {
    for (let t = 0; t < x.rows; t++) {
      const thr = x.data[t * x.cols + f];
      const l: number[] = [];
      const r: number[] = [];
      for (let i = 0; i < x.rows; i++) (x.data[i * x.cols + f] <= thr ? l : r).push(i);
      if (l.length === 0 || r.length === 0) continue;
      best = Math.min(best, (l.length * gini(l) + r.length * gini(r)) / x.rows);
    }
  }
  return best;
}

function randomData(seed: number, rows: number, cols: number, k: number) {
  const rng = createRng(seed);
  const data = new Float32Array(rows * cols);
  // Sparse-ish small counts, like bag-of-words.
  for (let i = 0; i < data.length; i++) data[i] = rng() < 0.7 ? 0 : Math.floor(rng() * 4) - (rng() < 0.1 ? 2 : 0);
  const y = Array.from({ length: rows }, (_, i) => (data[i * cols] > 0 ? 1 : 0) + (rng() < 0.3 ? 1 : 0)) as number[];
  return { x: { data, rows, cols }, y: y.map((v) => v % k) };
}

describe('fitClassificationTree properties', () => {
  it.each([1, 2, 3, 4, 5])('finds the brute-force best root split on random data (seed %i)', (seed) => {
    const { x, y } = randomData(seed, 40, 5, 2);
    const tree = fitClassificationTree(x, y, 2, { maxDepth: 1 });
    const root = tree.nodes[0];
    const [l, r] = [tree.nodes[root.left], tree.nodes[root.right]];
    const weighted = (l.samples * l.impurity + r.samples * r.impurity) / root.samples;
    expect(weighted).toBeCloseTo(bruteForceBestGini(x, y, 2), 10);
  });

  it('gives a single leaf for a pure dataset', () => {
    const tree = fitClassificationTree(matrix([[1, 2], [3, 4], [5, 6]]), [2, 2, 2], 3);
    expect(tree.nodes).toHaveLength(1);
    expect(tree.nodes[0].value).toEqual([0, 0, 3]);
    expect(tree.nodes[0].impurity).toBe(0);
  });

  it.each([1, 2, 3, 6])('never grows deeper than maxDepth = %i', (maxDepth) => {
    const { x, y } = randomData(11, 300, 20, 3);
    expect(treeShape(fitClassificationTree(x, y, 3, { maxDepth }).nodes).depth).toBeLessThanOrEqual(maxDepth);
  });

  it.each([1, 5, 20, 60])('keeps at least minSamplesLeaf = %i rows in every leaf', (minSamplesLeaf) => {
    const { x, y } = randomData(12, 300, 20, 3);
    const tree = fitClassificationTree(x, y, 3, { maxDepth: 12, minSamplesLeaf });
    const leafSizes = tree.nodes.filter((n) => n.feature < 0).map((n) => n.samples);
    expect(leafSizes.length).toBeGreaterThan(1);
    expect(Math.min(...leafSizes)).toBeGreaterThanOrEqual(minSamplesLeaf);
  });

  it('keeps counts consistent: children partition their parent', () => {
    const { x, y } = randomData(13, 200, 10, 3);
    const tree = fitClassificationTree(x, y, 3, { maxDepth: 6 });
    for (const n of tree.nodes) {
      expect(n.value.reduce((a, b) => a + b, 0)).toBe(n.samples);
      if (n.feature < 0) continue;
      const [l, r] = [tree.nodes[n.left], tree.nodes[n.right]];
      expect(l.samples + r.samples).toBe(n.samples);
      expect(l.value.map((v, c) => v + r.value[c])).toEqual(n.value);
    }
  });

  it('is deterministic and JSON round-trips', () => {
    const { x, y } = randomData(14, 200, 10, 3);
    const a = fitClassificationTree(x, y, 3);
    const b = fitClassificationTree(x, y, 3);
    expect(a).toEqual(b);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('clamps out-of-range limits and rejects bad labels', () => {
    const { x, y } = randomData(15, 100, 5, 2);
    expect(treeShape(fitClassificationTree(x, y, 2, { maxDepth: 99 }).nodes).depth).toBeLessThanOrEqual(12);
    expect(() => fitClassificationTree(x, y.map(() => 5), 2)).toThrow(RangeError);
  });
});
