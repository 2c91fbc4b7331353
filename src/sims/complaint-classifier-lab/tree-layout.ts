import type { TreeNode } from '../../engine/tree/types';

/** Sizes of the drawing, in SVG user units (px). */
export interface LayoutOptions {
  /** Split levels to draw: nodes deeper than this are folded into their ancestor at this depth. */
  levels: number;
  nodeWidth?: number;
  nodeHeight?: number;
  /** Horizontal gap between neighbouring slots, vertical gap between levels. */
  gapX?: number;
  gapY?: number;
  padding?: number;
}

/** A drawn node: its centre, and how many nodes below it are not drawn. */
export interface LaidOutNode {
  id: number;
  depth: number;
  x: number;
  y: number;
  /** A leaf of the fitted tree (not merely the last drawn level). */
  leaf: boolean;
  /** Descendants left out of the drawing (0 when the whole subtree is drawn). */
  folded: number;
}

/** A drawn edge from a split to one of its children. */
export interface LaidOutLink {
  from: number;
  to: number;
  /** 'left': the row's value ≤ threshold (for word counts: the word is absent). */
  side: 'left' | 'right';
  /** SVG path: a vertical S-curve from the bottom of the parent to the top of the child. */
  d: string;
  /** Where the edge's label goes (its midpoint). */
  labelX: number;
  labelY: number;
}

export interface TreeLayout {
  nodes: LaidOutNode[];
  links: LaidOutLink[];
  width: number;
  height: number;
  nodeWidth: number;
  nodeHeight: number;
  /** Nodes of the fitted tree that are not drawn. */
  hidden: number;
}

/** Number of nodes in the subtree rooted at each node (itself included), by index. */
export function subtreeSizes(nodes: TreeNode[]): number[] {
  const size = new Array<number>(nodes.length).fill(1);
  // Children come after their parent in pre-order, so a reverse sweep sees them first.
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i];
    if (n.feature >= 0) size[i] = 1 + size[n.left] + size[n.right];
  }
  return size;
}

/**
 * Lays a fitted tree out top-down: the root at the top, one row per depth, and
 * the drawn frontier (leaves, or splits at depth `levels`) on consecutive
 * horizontal slots from left to right in tree order; every drawn split sits
 * centred above its two children. Slot i has its centre at
 * padding + i·(nodeWidth + gapX) + nodeWidth/2, depth d at
 * padding + d·(nodeHeight + gapY) + nodeHeight/2. Pure geometry: no DOM.
 */
export function layoutTree(nodes: TreeNode[], options: LayoutOptions): TreeLayout {
  const w = options.nodeWidth ?? 128;
  const h = options.nodeHeight ?? 44;
  const gapX = options.gapX ?? 16;
  const gapY = options.gapY ?? 40;
  const pad = options.padding ?? 8;
  const levels = Math.max(0, Math.floor(options.levels));
  if (nodes.length === 0) return { nodes: [], links: [], width: 0, height: 0, nodeWidth: w, nodeHeight: h, hidden: 0 };

  const sizes = subtreeSizes(nodes);
  const out: LaidOutNode[] = [];
  const links: LaidOutLink[] = [];
  let slot = 0;
  let deepest = 0;
  const yOf = (depth: number) => pad + depth * (h + gapY) + h / 2;

  const place = (i: number): LaidOutNode => {
    const n = nodes[i];
    const split = n.feature >= 0;
    const laid: LaidOutNode = { id: i, depth: n.depth, x: 0, y: yOf(n.depth), leaf: !split, folded: 0 };
    out.push(laid);
    deepest = Math.max(deepest, n.depth);
    if (split && n.depth < levels) {
      const left = place(n.left);
      const right = place(n.right);
      laid.x = (left.x + right.x) / 2;
      for (const [child, side] of [[left, 'left'], [right, 'right']] as const) links.push(link(laid, child, side, h));
    } else {
      laid.x = pad + slot++ * (w + gapX) + w / 2;
      if (split) laid.folded = sizes[i] - 1;
    }
    return laid;
  };
  place(0);

  return {
    nodes: out,
    links,
    width: 2 * pad + slot * (w + gapX) - gapX,
    height: 2 * pad + (deepest + 1) * (h + gapY) - gapY,
    nodeWidth: w,
    nodeHeight: h,
    hidden: nodes.length - out.length,
  };
}

function link(parent: LaidOutNode, child: LaidOutNode, side: 'left' | 'right', h: number): LaidOutLink {
  const y1 = parent.y + h / 2;
  const y2 = child.y - h / 2;
  const ym = (y1 + y2) / 2;
  return {
    from: parent.id,
    to: child.id,
    side,
    d: `M${parent.x},${y1}C${parent.x},${ym} ${child.x},${ym} ${child.x},${y2}`,
    labelX: (parent.x + child.x) / 2,
    labelY: ym,
  };
}
