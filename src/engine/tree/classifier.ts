import { sortColumns, type SortedColumns } from './columns';
import { giniSplitter } from './gini';
import { grow } from './grow';
import { leafIndex } from './walk';
import {
  clampLimits,
  type ClassificationTree,
  type DenseMatrix,
  type FeatureKind,
  type TreeLimits,
} from './types';

export interface ClassificationTreeOptions extends Partial<TreeLimits> {
  /** Names of the k classes; defaults to "0".."k−1". */
  classNames?: string[];
  /** One name per column (e.g. the vocabulary); defaults to "x0", "x1"… */
  featureNames?: string[];
  /** How feature values read in split conditions; default 'continuous'. */
  featureKind?: FeatureKind;
  /** Columns already sorted with sortColumns(x), to reuse across fits. */
  sorted?: SortedColumns;
}

/**
 * Fits a CART classification tree: greedy binary splits x[f] ≤ t that minimise
 * the size-weighted Gini impurity of the two children, grown depth-first until
 * maxDepth (default 8, bounds 1–12), a pure node, fewer than 2·minSamplesLeaf
 * rows (default 1, bounds 1–200), or no split that lowers the impurity.
 * Thresholds are midpoints between consecutive distinct values (0.5 between
 * word counts 0 and 1). `y` holds class indices 0..k−1, one per row of x.
 */
export function fitClassificationTree(
  x: DenseMatrix,
  y: ArrayLike<number>,
  k: number,
  options: ClassificationTreeOptions = {},
): ClassificationTree {
  if (y.length !== x.rows) throw new RangeError(`${y.length} labels for ${x.rows} rows`);
  for (let i = 0; i < y.length; i++) {
    if (!Number.isInteger(y[i]) || y[i] < 0 || y[i] >= k) throw new RangeError(`label ${y[i]} not in 0..${k - 1}`);
  }
  const limits = clampLimits({ maxDepth: options.maxDepth ?? 8, minSamplesLeaf: options.minSamplesLeaf ?? 1 });
  const featureNames = options.featureNames ?? Array.from({ length: x.cols }, (_, j) => `x${j}`);
  const sorted = options.sorted ?? sortColumns(x);
  const rows = Int32Array.from({ length: x.rows }, (_, i) => i);
  const nodes = grow(sorted, rows, giniSplitter(y, k), limits, featureNames);
  return {
    kind: 'classification',
    nodes,
    featureNames,
    featureKind: options.featureKind ?? 'continuous',
    classNames: options.classNames ?? Array.from({ length: k }, (_, c) => String(c)),
  };
}

/** Class probabilities for one row: the class shares (counts / samples) of the leaf it reaches. */
export function predictProba(tree: ClassificationTree, row: ArrayLike<number>, offset = 0): number[] {
  const leaf = tree.nodes[leafIndex(tree.nodes, row, offset)];
  return leaf.value.map((c) => c / leaf.samples);
}

/** Predicted class index for one row: the majority class of its leaf (ties → lowest index). */
export function predictClass(tree: ClassificationTree, row: ArrayLike<number>, offset = 0): number {
  const counts = tree.nodes[leafIndex(tree.nodes, row, offset)].value;
  let best = 0;
  for (let c = 1; c < counts.length; c++) if (counts[c] > counts[best]) best = c;
  return best;
}

/** Predicted class index for every row of x. */
export function predictClasses(tree: ClassificationTree, x: DenseMatrix): Int32Array {
  const out = new Int32Array(x.rows);
  for (let i = 0; i < x.rows; i++) out[i] = predictClass(tree, x.data, i * x.cols);
  return out;
}

/** Class probabilities for every row of x, row-major (rows × k). */
export function predictProbaMatrix(tree: ClassificationTree, x: DenseMatrix): Float64Array {
  const k = tree.classNames.length;
  const out = new Float64Array(x.rows * k);
  for (let i = 0; i < x.rows; i++) out.set(predictProba(tree, x.data, i * x.cols), i * k);
  return out;
}
