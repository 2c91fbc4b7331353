import { describe, expect, it } from 'vitest';
import { BOOSTING_KNOBS, fitGradientBoosting, predictBoosting } from '../../../../src/engine/ensemble/boosting';
import { treeShape } from '../../../../src/engine/tree/walk';
import { createRng } from '../../../../src/engine/random/rng';

const X = { data: Float64Array.from([1, 2, 3, 4]), rows: 4, cols: 1 };
const Y = [1, 1, 5, 7];

function curve(seed: number) {
  const rng = createRng(seed);
  const rows = 200;
  const data = Float64Array.from({ length: rows }, () => rng() * 10 - 5);
  const y = Array.from(data, (v) => v * v + (rng() - 0.5));
  return { x: { data, rows, cols: 1 }, y };
}

const sse = (y: number[], p: Float64Array) => y.reduce((s, v, i) => s + (v - p[i]) ** 2, 0);

describe('fitGradientBoosting', () => {
  it('is the mean plus one stump on the residuals for 1 tree at learning rate 1', () => {
    // init = mean(y) = 3.5; residuals [−2.5, −2.5, 1.5, 3.5]; best stump x ≤ 2.5
    // (left mean −2.5, right mean 2.5) → predictions [1, 1, 6, 6].
    const model = fitGradientBoosting(X, Y, createRng(1), { nEstimators: 1, learningRate: 1, maxDepth: 1, minSamplesLeaf: 1 });
    expect(model.init).toBe(3.5);
    expect(model.trees).toHaveLength(1);
    expect(Array.from(predictBoosting(model, X))).toEqual([1, 1, 6, 6]);
  });

  it('never raises the training error as trees are added (no subsampling)', () => {
    const { x, y } = curve(1);
    const model = fitGradientBoosting(x, y, createRng(1), { nEstimators: 60, learningRate: 0.3, maxDepth: 2 });
    let prev = Infinity;
    for (let m = 0; m <= 60; m += 5) {
      const e = sse(y, predictBoosting(model, x, m));
      expect(e).toBeLessThanOrEqual(prev + 1e-9);
      prev = e;
    }
    expect(prev).toBeLessThan(0.05 * sse(y, predictBoosting(model, x, 0)));
  });

  it('is seeded: the same seed gives the same model when rows are subsampled', () => {
    const { x, y } = curve(2);
    const a = fitGradientBoosting(x, y, createRng(5), { nEstimators: 20, subsample: 0.5 });
    const b = fitGradientBoosting(x, y, createRng(5), { nEstimators: 20, subsample: 0.5 });
    const c = fitGradientBoosting(x, y, createRng(6), { nEstimators: 20, subsample: 0.5 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.trees[0].nodes[0].samples).toBe(100);
  });

  it('clamps knobs to their bounds', () => {
    const { x, y } = curve(3);
    const model = fitGradientBoosting(x, y, createRng(1), { nEstimators: 9_999, maxDepth: 40, learningRate: 50 });
    expect(model.trees).toHaveLength(500);
    expect(model.learningRate).toBe(1);
    for (const t of model.trees) expect(treeShape(t.nodes).depth).toBeLessThanOrEqual(6);
  });

  it('fits only the training rows it is given', () => {
    const model = fitGradientBoosting(X, Y, createRng(1), { nEstimators: 1 }, Int32Array.from([0, 1]));
    expect(model.init).toBe(1);
  });

  it('has five knobs', () => {
    expect(BOOSTING_KNOBS.map((k) => k.name)).toEqual(['nEstimators', 'learningRate', 'maxDepth', 'minSamplesLeaf', 'subsample']);
  });
});
