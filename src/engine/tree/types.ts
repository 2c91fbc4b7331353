/**
 * A dense row-major matrix: entry (i, j) is data[i * cols + j]. Rows are examples,
 * columns are features. Values must be finite.
 */
export interface DenseMatrix {
  data: Float32Array | Float64Array;
  rows: number;
  cols: number;
}

/**
 * How feature values read, for human-readable split conditions:
 * 'count' — how often a word occurs (0, 1, 2…); 'tfidf' — a tf-idf weight;
 * 'continuous' — any other number (e.g. units sold last year).
 */
export type FeatureKind = 'count' | 'tfidf' | 'continuous';

/**
 * One node of a fitted tree, plain data (JSON-serialisable) so that it can be
 * drawn, stored and sent to a worker. Examples with x[feature] ≤ threshold go to
 * `left`, the others to `right`. At a leaf, feature, left and right are −1 and
 * featureName is null.
 */
export interface TreeNode {
  id: number;
  depth: number;
  feature: number;
  featureName: string | null;
  threshold: number;
  /** Gini impurity in [0, 1) for a classifier; mean squared error (target units²) for a regressor. */
  impurity: number;
  /** Number of training examples that reached this node. */
  samples: number;
  /** Class counts (classifier) or [mean target] (regressor) of the examples at this node. */
  value: number[];
  left: number;
  right: number;
}

/** A fitted CART classifier. nodes[0] is the root; nodes are in depth-first (pre-)order. */
export interface ClassificationTree {
  kind: 'classification';
  nodes: TreeNode[];
  featureNames: string[];
  featureKind: FeatureKind;
  classNames: string[];
}

/** A fitted CART regression tree. nodes[0] is the root. */
export interface RegressionTree {
  kind: 'regression';
  nodes: TreeNode[];
  featureNames: string[];
  featureKind: FeatureKind;
}

/** Growth limits shared by both trees. */
export interface TreeLimits {
  /** Deepest level a node may sit at; the root is depth 0, so 1 gives a stump. */
  maxDepth: number;
  /** Fewest training examples a leaf may hold. */
  minSamplesLeaf: number;
}

/** Bounds the UI and the fit functions clamp to, so that no input can freeze a phone. */
export const TREE_BOUNDS = {
  maxDepth: { min: 1, max: 12 },
  minSamplesLeaf: { min: 1, max: 200 },
} as const;

/** Clamps limits to {@link TREE_BOUNDS} and rounds them to integers. */
export function clampLimits(limits: TreeLimits): TreeLimits {
  const clamp = (x: number, b: { min: number; max: number }) =>
    Math.min(b.max, Math.max(b.min, Math.round(Number.isFinite(x) ? x : b.min)));
  return {
    maxDepth: clamp(limits.maxDepth, TREE_BOUNDS.maxDepth),
    minSamplesLeaf: clamp(limits.minSamplesLeaf, TREE_BOUNDS.minSamplesLeaf),
  };
}
