import type { Rng } from '../random/rng';
import { sortColumns } from '../tree/columns';
import { fitRegressionTree, predictValue } from '../tree/regressor';
import type { DenseMatrix, RegressionTree } from '../tree/types';

export interface BoostingOptions {
  /** Number of trees; default 200, clamped to 1–500. */
  nEstimators?: number;
  /** Shrinkage ν applied to each tree; default 0.05, clamped to 0.005–1. */
  learningRate?: number;
  /** Depth of each tree; default 3, clamped to 1–6. */
  maxDepth?: number;
  /** Fewest training rows per leaf; default 3, clamped to 1–50. */
  minSamplesLeaf?: number;
  /** Share of training rows each tree sees (drawn without replacement); default 1, clamped to 0.3–1. */
  subsample?: number;
  featureNames?: string[];
}

/** A fitted boosted ensemble: prediction = init + ν · Σ_m tree_m(x). */
export interface BoostedModel {
  kind: 'gradient-boosting';
  init: number;
  learningRate: number;
  trees: RegressionTree[];
  featureNames: string[];
}

/** The knobs a learner can turn on the ensemble, with their bounds (what the lab counts as "knobs to tune"). */
export const BOOSTING_KNOBS = [
  { name: 'nEstimators', label: 'number of trees', min: 1, max: 500, default: 200 },
  { name: 'learningRate', label: 'learning rate', min: 0.005, max: 1, default: 0.05 },
  { name: 'maxDepth', label: 'tree depth', min: 1, max: 6, default: 3 },
  { name: 'minSamplesLeaf', label: 'rows per leaf', min: 1, max: 50, default: 3 },
  { name: 'subsample', label: 'row subsample', min: 0.3, max: 1, default: 1 },
] as const;

type KnobName = (typeof BOOSTING_KNOBS)[number]['name'];
function knob(name: KnobName, value: number | undefined): number {
  const k = BOOSTING_KNOBS.find((b) => b.name === name)!;
  if (value === undefined || !Number.isFinite(value)) return k.default;
  return Math.min(k.max, Math.max(k.min, value));
}

/**
 * Gradient boosting for squared loss (Friedman 2001): F_0 = mean(y); for
 * m = 1..M, fit a regression tree to the residuals r = y − F_{m−1} (the
 * negative gradient of ½(y − F)²) on a row subsample, and set
 * F_m = F_{m−1} + ν · tree_m. Leaves hold the mean residual, in target units.
 * `rows` selects the training rows (default: all); rng draws the subsamples.
 */
export function fitGradientBoosting(
  x: DenseMatrix,
  y: ArrayLike<number>,
  rng: Rng,
  options: BoostingOptions = {},
  rows?: Int32Array,
): BoostedModel {
  if (y.length !== x.rows) throw new RangeError(`${y.length} targets for ${x.rows} rows`);
  const nEstimators = Math.round(knob('nEstimators', options.nEstimators));
  const learningRate = knob('learningRate', options.learningRate);
  const maxDepth = Math.round(knob('maxDepth', options.maxDepth));
  const minSamplesLeaf = Math.round(knob('minSamplesLeaf', options.minSamplesLeaf));
  const subsample = knob('subsample', options.subsample);
  const featureNames = options.featureNames ?? Array.from({ length: x.cols }, (_, j) => `x${j}`);
  const train = rows ?? Int32Array.from({ length: x.rows }, (_, i) => i);
  if (train.length === 0) throw new RangeError('no training rows');

  let init = 0;
  for (const i of train) init += y[i];
  init /= train.length;
  const f = new Float64Array(x.rows).fill(init);
  const residual = new Float64Array(x.rows);
  const sorted = sortColumns(x);
  const nSub = Math.max(1, Math.round(subsample * train.length));
  const pool = Int32Array.from(train);
  const trees: RegressionTree[] = [];

  for (let m = 0; m < nEstimators; m++) {
    for (const i of train) residual[i] = y[i] - f[i];
    let sample = train;
    if (nSub < train.length) {
      // Partial Fisher–Yates: the first nSub entries of pool become a uniform sample.
      for (let i = 0; i < nSub; i++) {
        const j = i + Math.floor(rng() * (pool.length - i));
        [pool[i], pool[j]] = [pool[j], pool[i]];
      }
      sample = pool.slice(0, nSub).sort();
    }
    const tree = fitRegressionTree(x, residual, { maxDepth, minSamplesLeaf, featureNames, sorted, rows: sample });
    trees.push(tree);
    for (const i of train) f[i] += learningRate * predictValue(tree, x.data, i * x.cols);
  }
  return { kind: 'gradient-boosting', init, learningRate, trees, featureNames };
}

/** Predictions init + ν · Σ tree_m(x) for every row of x, using the first nTrees trees (default all). */
export function predictBoosting(model: BoostedModel, x: DenseMatrix, nTrees = model.trees.length): Float64Array {
  const out = new Float64Array(x.rows).fill(model.init);
  const m = Math.min(nTrees, model.trees.length);
  for (let t = 0; t < m; t++) {
    const tree = model.trees[t];
    for (let i = 0; i < x.rows; i++) out[i] += model.learningRate * predictValue(tree, x.data, i * x.cols);
  }
  return out;
}
