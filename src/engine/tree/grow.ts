import type { SortedColumns } from './columns';
import type { TreeLimits, TreeNode } from './types';

/**
 * The split criterion the grower asks about each node. The grower owns the
 * bookkeeping (which rows and which non-zero column entries belong to a node);
 * the splitter owns the statistics (class counts, or sums of targets).
 */
export interface Splitter {
  /** Sets up statistics for the rows rows[lo..hi) and returns the node's impurity. */
  node(rows: Int32Array, lo: number, hi: number): number;
  /** The node's value (class counts, or [mean]) for the node just set up. */
  value(): number[];
  /** True when no split can lower the impurity (a pure node). */
  pure(): boolean;
  /** Score of not splitting; a split must score above it (higher is better). */
  baseline(): number;
  /**
   * Scans one column: ids/vals[lo..hi) are the node's non-zero entries sorted by
   * value; the node's other rows hold 0. Returns the best score over thresholds
   * with both sides ≥ minLeaf rows (−Infinity if none) and leaves that
   * threshold in `threshold`.
   */
  scan(ids: Int32Array, vals: Float64Array, lo: number, hi: number, n: number, minLeaf: number): number;
  threshold: number;
}

/** A threshold strictly between a < b, such that a ≤ t < b. */
export function midpoint(a: number, b: number): number {
  const m = 0.5 * (a + b);
  return m >= b || m < a ? a : m;
}

/**
 * Grows a CART tree depth-first from the rows `rootRows` of a column-sorted
 * matrix: at each node, every column with a non-zero entry among the node's
 * rows is scanned once in sorted order (all-zero columns are skipped), the best
 * (feature, threshold) is kept, and the node's rows and column entries are
 * partitioned stably into the two children. Cost per tree level: O(nnz + rows).
 */
export function grow(
  cols: SortedColumns,
  rootRows: Int32Array,
  splitter: Splitter,
  limits: TreeLimits,
  featureNames: string[],
): TreeNode[] {
  const { data, cols: nCols, rows: nRows } = cols.matrix;
  const { maxDepth, minSamplesLeaf: minLeaf } = limits;
  const rows = Int32Array.from(rootRows);
  const inRoot = new Uint8Array(nRows);
  for (let i = 0; i < rows.length; i++) inRoot[rows[i]] = 1;

  // Working copies of the column entries restricted to the root rows.
  const ids = new Int32Array(cols.index.length);
  const vals = new Float64Array(cols.value.length);
  const active: number[] = [];
  const lo0: number[] = [];
  const hi0: number[] = [];
  let maxSeg = rows.length;
  for (let j = 0; j < nCols; j++) {
    const s = cols.start[j];
    let w = s;
    for (let k = s; k < cols.start[j + 1]; k++) {
      if (inRoot[cols.index[k]]) {
        ids[w] = cols.index[k];
        vals[w++] = cols.value[k];
      }
    }
    if (w > s) {
      active.push(j);
      lo0.push(s);
      hi0.push(w);
      maxSeg = Math.max(maxSeg, w - s);
    }
  }
  const goLeft = new Uint8Array(nRows);
  const tmpIds = new Int32Array(maxSeg);
  const tmpVals = new Float64Array(maxSeg);
  const nodes: TreeNode[] = [];

  /** Stable partition of ids(/vals)[lo..hi) by goLeft; returns the left count. */
  const partition = (a: Int32Array, v: Float64Array | null, lo: number, hi: number): number => {
    let w = lo;
    let t = 0;
    for (let k = lo; k < hi; k++) {
      const id = a[k];
      if (goLeft[id]) {
        if (v) v[w] = v[k];
        a[w++] = id;
      } else {
        if (v) tmpVals[t] = v[k];
        tmpIds[t++] = id;
      }
    }
    a.set(tmpIds.subarray(0, t), w);
    if (v) v.set(tmpVals.subarray(0, t), w);
    return w - lo;
  };

  const build = (rLo: number, rHi: number, depth: number, act: Int32Array, lo: Int32Array, hi: Int32Array): number => {
    const n = rHi - rLo;
    const impurity = splitter.node(rows, rLo, rHi);
    const id = nodes.length;
    const node: TreeNode = {
      id, depth, feature: -1, featureName: null, threshold: 0,
      impurity, samples: n, value: splitter.value(), left: -1, right: -1,
    };
    nodes.push(node);
    if (depth >= maxDepth || n < 2 * minLeaf || splitter.pure()) return id;

    const base = splitter.baseline();
    let best = base + 1e-10 * Math.abs(base) + 1e-12;
    let bestA = -1;
    let bestT = 0;
    for (let a = 0; a < act.length; a++) {
      const s = splitter.scan(ids, vals, lo[a], hi[a], n, minLeaf);
      if (s > best) {
        best = s;
        bestA = a;
        bestT = splitter.threshold;
      }
    }
    if (bestA < 0) return id;

    const f = act[bestA];
    for (let k = rLo; k < rHi; k++) {
      const r = rows[k];
      goLeft[r] = data[r * nCols + f] <= bestT ? 1 : 0;
    }
    const nLeft = partition(rows, null, rLo, rHi);
    const lAct: number[] = [], lLo: number[] = [], lHi: number[] = [];
    const rAct: number[] = [], rLo2: number[] = [], rHi2: number[] = [];
    for (let a = 0; a < act.length; a++) {
      const kl = partition(ids, vals, lo[a], hi[a]);
      if (kl > 0) { lAct.push(act[a]); lLo.push(lo[a]); lHi.push(lo[a] + kl); }
      if (hi[a] - lo[a] - kl > 0) { rAct.push(act[a]); rLo2.push(lo[a] + kl); rHi2.push(hi[a]); }
    }
    node.feature = f;
    node.featureName = featureNames[f] ?? `x${f}`;
    node.threshold = bestT;
    node.left = build(rLo, rLo + nLeft, depth + 1, Int32Array.from(lAct), Int32Array.from(lLo), Int32Array.from(lHi));
    node.right = build(rLo + nLeft, rHi, depth + 1, Int32Array.from(rAct), Int32Array.from(rLo2), Int32Array.from(rHi2));
    return id;
  };

  build(0, rows.length, 0, Int32Array.from(active), Int32Array.from(lo0), Int32Array.from(hi0));
  return nodes;
}
