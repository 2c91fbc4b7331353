import type { ClassificationTree, FeatureKind, RegressionTree } from './types';

/** One node on the way from the root to a leaf for a given row. */
export interface PathStep {
  node: number;
  depth: number;
  samples: number;
  /** Class counts (classifier) or [mean] (regressor) at this node. */
  value: number[];
  /** At a split: the test the row passed, e.g. "contains 'refund'"; null at the leaf. */
  condition: string | null;
  /** At a split: the row's own value of the tested feature; NaN at the leaf. */
  featureValue: number;
  wentLeft: boolean;
}

/** A threshold as people read it: 2 significant digits below 1, one decimal from 1 up. */
export function formatThreshold(t: number): string {
  const abs = Math.abs(t);
  if (abs === 0) return '0';
  if (abs < 1) return String(Number(t.toPrecision(2)));
  return String(Number(t.toFixed(1)));
}

/**
 * The condition a row satisfies on one side of a split x[name] ≤ threshold
 * (left) or > threshold (right), worded by feature kind:
 * count with threshold < 1 → "contains 'refund'" / "does not contain 'refund'";
 * count otherwise → "count of 'refund' > 1.5"; tfidf → "tf-idf of 'refund' ≤ 0.12";
 * continuous → "units a year ago > 512.5".
 */
export function describeCondition(kind: FeatureKind, name: string, threshold: number, left: boolean): string {
  const op = left ? '≤' : '>';
  const t = formatThreshold(threshold);
  switch (kind) {
    case 'count':
      if (threshold >= 0 && threshold < 1) return left ? `does not contain '${name}'` : `contains '${name}'`;
      return `count of '${name}' ${op} ${t}`;
    case 'tfidf':
      return `tf-idf of '${name}' ${op} ${t}`;
    case 'continuous':
      return `${name} ${op} ${t}`;
  }
}

/**
 * The nodes a row visits from the root to its leaf, each with the condition
 * the row met there, so the prediction can be explained step by step.
 */
export function decisionPath(tree: ClassificationTree | RegressionTree, row: ArrayLike<number>, offset = 0): PathStep[] {
  const steps: PathStep[] = [];
  let i = 0;
  for (;;) {
    const n = tree.nodes[i];
    const base = { node: n.id, depth: n.depth, samples: n.samples, value: n.value.slice() };
    if (n.feature < 0) {
      steps.push({ ...base, condition: null, featureValue: NaN, wentLeft: false });
      return steps;
    }
    const v = row[offset + n.feature];
    const left = v <= n.threshold;
    const name = n.featureName ?? `x${n.feature}`;
    steps.push({ ...base, condition: describeCondition(tree.featureKind, name, n.threshold, left), featureValue: v, wentLeft: left });
    i = left ? n.left : n.right;
  }
}
