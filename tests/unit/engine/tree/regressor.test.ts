import { describe, expect, it } from 'vitest';
import { fitRegressionTree, predictValue, predictValues } from '../../../../src/engine/tree/regressor';
import { treeShape } from '../../../../src/engine/tree/walk';
import { createRng } from '../../../../src/engine/random/rng';

// x = [1, 2, 3, 4], y = [1, 1, 5, 7]. Root mean 3.5,
// MSE = (2.5² + 2.5² + 1.5² + 3.5²) / 4 = 27 / 4 = 6.75.
// Children's total squared error for each threshold:
//   x ≤ 1.5: {1} 0 + {1,5,7} (mean 13/3) 100/9 + 4/9 + 64/9 = 18.67
//   x ≤ 2.5: {1,1} 0 + {5,7} (mean 6) 1 + 1 = 2                     ← best
//   x ≤ 3.5: {1,1,5} (mean 7/3) 16/9 + 16/9 + 64/9 = 10.67 + {7} 0
const X = { data: Float64Array.from([1, 2, 3, 4]), rows: 4, cols: 1 };
const Y = [1, 1, 5, 7];

describe('fitRegressionTree on the hand-worked example', () => {
  it('splits at x ≤ 2.5 and predicts the side means', () => {
    const stump = fitRegressionTree(X, Y, { maxDepth: 1 });
    expect(stump.nodes[0].threshold).toBe(2.5);
    expect(stump.nodes[0].impurity).toBeCloseTo(6.75, 12);
    expect(stump.nodes[0].value[0]).toBeCloseTo(3.5, 12);
    expect(Array.from(predictValues(stump, X))).toEqual([1, 1, 6, 6]);
    expect(stump.nodes[stump.nodes[0].right].impurity).toBeCloseTo(1, 12);
  });

  it('leaves the zero-variance side alone and splits the other at depth 2', () => {
    const tree = fitRegressionTree(X, Y, { maxDepth: 2 });
    expect(treeShape(tree.nodes)).toEqual({ nodes: 5, leaves: 3, depth: 2 });
    expect(Array.from(predictValues(tree, X))).toEqual([1, 1, 5, 7]);
    expect(predictValue(tree, [3.4])).toBe(5);
  });
});

describe('fitRegressionTree properties', () => {
  const rng = createRng(3);
  const rows = 200;
  const data = Float64Array.from({ length: rows * 3 }, () => Math.round(rng() * 20) - 5);
  const x = { data, rows, cols: 3 };
  const y = Array.from({ length: rows }, (_, i) => 2 * data[i * 3] + (data[i * 3 + 1] > 3 ? 10 : 0) + rng());

  it('gives one leaf for a constant target', () => {
    expect(fitRegressionTree(x, y.map(() => 4)).nodes).toHaveLength(1);
  });

  it.each([1, 3, 6])('respects maxDepth = %i and minSamplesLeaf = 7', (maxDepth) => {
    const tree = fitRegressionTree(x, y, { maxDepth, minSamplesLeaf: 7 });
    expect(treeShape(tree.nodes).depth).toBeLessThanOrEqual(maxDepth);
    const leafSizes = tree.nodes.filter((n) => n.feature < 0).map((n) => n.samples);
    expect(leafSizes.length).toBeGreaterThan(1);
    expect(Math.min(...leafSizes)).toBeGreaterThanOrEqual(7);
  });

  it('lowers the training error as depth grows', () => {
    const sse = (d: number) => {
      const p = predictValues(fitRegressionTree(x, y, { maxDepth: d }), x);
      return y.reduce((s, v, i) => s + (v - p[i]) ** 2, 0);
    };
    expect(sse(2)).toBeLessThan(sse(1));
    expect(sse(4)).toBeLessThan(sse(2));
  });

  it('fits only the given rows when a subset is passed', () => {
    const tree = fitRegressionTree(x, y, { rows: Int32Array.from([0, 1, 2, 3, 4]) });
    expect(tree.nodes[0].samples).toBe(5);
  });
});
