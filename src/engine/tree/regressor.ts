import { sortColumns, type SortedColumns } from './columns';
import { grow } from './grow';
import { mseSplitter } from './mse';
import { leafIndex } from './walk';
import { clampLimits, type DenseMatrix, type FeatureKind, type RegressionTree, type TreeLimits } from './types';

export interface RegressionTreeOptions extends Partial<TreeLimits> {
  featureNames?: string[];
  featureKind?: FeatureKind;
  /** Columns already sorted with sortColumns(x), to reuse across fits (boosting). */
  sorted?: SortedColumns;
  /** Fit on these row indices only (e.g. a boosting subsample); default all rows. */
  rows?: Int32Array;
}

/**
 * Fits a CART regression tree: greedy binary splits x[f] ≤ t that minimise the
 * children's total squared error Σ (y − ȳ_side)² (variance reduction); each
 * leaf predicts the mean of its training targets, in target units. Stops at
 * maxDepth (default 3, bounds 1–12), fewer than 2·minSamplesLeaf rows
 * (default 1, bounds 1–200), zero variance, or no split that lowers the error.
 */
export function fitRegressionTree(
  x: DenseMatrix,
  y: ArrayLike<number>,
  options: RegressionTreeOptions = {},
): RegressionTree {
  if (y.length !== x.rows) throw new RangeError(`${y.length} targets for ${x.rows} rows`);
  const limits = clampLimits({ maxDepth: options.maxDepth ?? 3, minSamplesLeaf: options.minSamplesLeaf ?? 1 });
  const featureNames = options.featureNames ?? Array.from({ length: x.cols }, (_, j) => `x${j}`);
  const sorted = options.sorted ?? sortColumns(x);
  const rows = options.rows ?? Int32Array.from({ length: x.rows }, (_, i) => i);
  return {
    kind: 'regression',
    nodes: grow(sorted, rows, mseSplitter(y), limits, featureNames),
    featureNames,
    featureKind: options.featureKind ?? 'continuous',
  };
}

/** Prediction for one row (target units): the mean target of the leaf it reaches. */
export function predictValue(tree: RegressionTree, row: ArrayLike<number>, offset = 0): number {
  return tree.nodes[leafIndex(tree.nodes, row, offset)].value[0];
}

/** Predictions for every row of x (target units). */
export function predictValues(tree: RegressionTree, x: DenseMatrix): Float64Array {
  const out = new Float64Array(x.rows);
  for (let i = 0; i < x.rows; i++) out[i] = predictValue(tree, x.data, i * x.cols);
  return out;
}
