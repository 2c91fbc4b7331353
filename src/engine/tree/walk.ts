import type { TreeNode } from './types';

/**
 * Index of the leaf a row reaches: from the root, go left while
 * row[offset + feature] ≤ threshold, right otherwise. `offset` lets a caller
 * pass a whole row-major matrix and the start of one row without copying.
 */
export function leafIndex(nodes: TreeNode[], row: ArrayLike<number>, offset = 0): number {
  let i = 0;
  for (;;) {
    const node = nodes[i];
    if (node.feature < 0) return i;
    i = row[offset + node.feature] <= node.threshold ? node.left : node.right;
  }
}

/** Number of nodes, leaves and the depth of the deepest leaf (root = depth 0). */
export function treeShape(nodes: TreeNode[]): { nodes: number; leaves: number; depth: number } {
  let leaves = 0;
  let depth = 0;
  for (const n of nodes) {
    if (n.feature < 0) leaves++;
    if (n.depth > depth) depth = n.depth;
  }
  return { nodes: nodes.length, leaves, depth };
}
