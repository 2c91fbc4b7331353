import type { BoostedModel } from '../ensemble/boosting';
import type { BoostedForecast } from '../ensemble/sales-forecast';
import type { LinearModel } from '../regression/linear-model';
import type { ClassificationTree, RegressionTree, TreeNode } from '../tree/types';

/**
 * How big a fitted model is. `parameters`: the numbers prediction needs (see
 * each function). `bytes`: UTF-8 length of JSON.stringify(model) — the whole
 * fitted object as it would be stored or sent (feature names included), not a
 * compact binary encoding.
 */
export interface ModelSize {
  parameters: number;
  bytes: number;
}

const encoder = new TextEncoder();

/** UTF-8 byte length of JSON.stringify(value). */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value)).length;
}

function treeParameters(nodes: TreeNode[], perLeaf: number): number {
  let p = 0;
  for (const n of nodes) p += n.feature < 0 ? perLeaf : 2;
  return p;
}

/**
 * Size of a single tree: each split stores 2 numbers (feature index and
 * threshold); each leaf stores its class counts (k numbers) in a classifier, or
 * its mean (1 number) in a regression tree.
 */
export function treeSize(tree: ClassificationTree | RegressionTree): ModelSize {
  const perLeaf = tree.kind === 'classification' ? tree.classNames.length : 1;
  return { parameters: treeParameters(tree.nodes, perLeaf), bytes: jsonBytes(tree) };
}

/** Size of a linear model: one parameter per coefficient (dropped columns included, they are stored as 0). */
export function linearModelSize(model: LinearModel): ModelSize {
  return { parameters: model.coefficients.length, bytes: jsonBytes(model) };
}

/**
 * Size of a boosted ensemble: the initial value (1) plus every tree's
 * parameters (2 per split, 1 per leaf), plus the trend line's intercept and
 * slope (2) for a boosted forecast.
 */
export function boostedSize(model: BoostedModel | BoostedForecast): ModelSize {
  const ensemble = model.kind === 'boosted-forecast' ? model.model : model;
  let parameters = 1 + (model.kind === 'boosted-forecast' ? 2 : 0);
  for (const t of ensemble.trees) parameters += treeParameters(t.nodes, 1);
  return { parameters, bytes: jsonBytes(model) };
}
