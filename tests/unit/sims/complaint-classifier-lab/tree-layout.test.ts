import { describe, expect, it } from 'vitest';
import type { TreeNode } from '../../../../src/engine/tree/types';
import { layoutTree, subtreeSizes } from '../../../../src/sims/complaint-classifier-lab/tree-layout';

const split = (id: number, depth: number, left: number, right: number): TreeNode => ({
  id, depth, feature: 0, featureName: 'refund', threshold: 0.5, impurity: 0.5, samples: 10, value: [5, 5], left, right,
});
const leaf = (id: number, depth: number): TreeNode => ({
  id, depth, feature: -1, featureName: null, threshold: 0, impurity: 0, samples: 5, value: [5, 0], left: -1, right: -1,
});

// Pre-order:   0
//            /   \
//           1     2
//                / \
//               3   4
const tree: TreeNode[] = [split(0, 0, 1, 2), leaf(1, 1), split(2, 1, 3, 4), leaf(3, 2), leaf(4, 2)];
const sizes = { nodeWidth: 100, nodeHeight: 40, gapX: 20, gapY: 30, padding: 10 };

describe('subtreeSizes', () => {
  it('counts every node below and including each node', () => {
    expect(subtreeSizes(tree)).toEqual([5, 1, 3, 1, 1]);
  });
});

describe('layoutTree', () => {
  it('puts the frontier on consecutive slots and centres each split above its children', () => {
    const l = layoutTree(tree, { levels: 2, ...sizes });
    const at = Object.fromEntries(l.nodes.map((n) => [n.id, [n.x, n.y]]));
    // Slot i centre: 10 + i·120 + 50; depth d centre: 10 + d·70 + 20.
    expect(at[1]).toEqual([60, 100]);
    expect(at[3]).toEqual([180, 170]);
    expect(at[4]).toEqual([300, 170]);
    expect(at[2]).toEqual([240, 100]);
    expect(at[0]).toEqual([150, 30]);
    expect(l.width).toBe(2 * 10 + 3 * 120 - 20);
    expect(l.height).toBe(2 * 10 + 3 * 70 - 30);
    expect(l.hidden).toBe(0);
    expect(l.nodes.every((n) => n.folded === 0)).toBe(true);
  });

  it('folds everything below the drawn levels into the last drawn split', () => {
    const l = layoutTree(tree, { levels: 1, ...sizes });
    expect(l.nodes.map((n) => n.id)).toEqual([0, 1, 2]);
    expect(l.nodes.find((n) => n.id === 2)).toMatchObject({ folded: 2, leaf: false, x: 180 });
    expect(l.nodes.find((n) => n.id === 1)).toMatchObject({ folded: 0, leaf: true });
    expect(l.hidden).toBe(2);
    expect(l.height).toBe(2 * 10 + 2 * 70 - 30);
  });

  it('draws only the root, folded, at zero levels', () => {
    const l = layoutTree(tree, { levels: 0, ...sizes });
    expect(l.nodes).toEqual([{ id: 0, depth: 0, x: 60, y: 30, leaf: false, folded: 4 }]);
    expect(l.links).toEqual([]);
  });

  it('links each drawn split to its children: left is "no", right is "yes", curves end on the boxes', () => {
    const l = layoutTree(tree, { levels: 2, ...sizes });
    expect(l.links.map((k) => [k.from, k.to, k.side])).toEqual([
      [2, 3, 'left'],
      [2, 4, 'right'],
      [0, 1, 'left'],
      [0, 2, 'right'],
    ]);
    const rootToLeft = l.links.find((k) => k.to === 1)!;
    expect(rootToLeft.d).toBe('M150,50C150,65 60,65 60,80');
    expect([rootToLeft.labelX, rootToLeft.labelY]).toEqual([105, 65]);
  });

  it('lays out an empty tree as nothing', () => {
    expect(layoutTree([], { levels: 3 })).toMatchObject({ nodes: [], links: [], width: 0, height: 0 });
  });
});
