import { describe, expect, it } from 'vitest';
import { fitGradientBoosting } from '../../../../src/engine/ensemble/boosting';
import { boostedSize, jsonBytes, linearModelSize, treeSize } from '../../../../src/engine/metrics/model-size';
import { fitClassificationTree } from '../../../../src/engine/tree/classifier';
import { fitRegressionTree } from '../../../../src/engine/tree/regressor';
import type { LinearModel } from '../../../../src/engine/regression/linear-model';
import type { RegressionTree } from '../../../../src/engine/tree/types';
import { createRng } from '../../../../src/engine/random/rng';

describe('jsonBytes', () => {
  it.each([
    { value: { a: 1 }, expected: 7 }, // {"a":1}
    { value: 'é', expected: 4 }, // "é" → quote, 2 bytes, quote
    { value: [1.5, 2], expected: 7 }, // [1.5,2]
  ])('counts UTF-8 bytes of the JSON of $value', ({ value, expected }) => {
    expect(jsonBytes(value)).toBe(expected);
  });
});

describe('model sizes', () => {
  // Same 6-point example as the classifier test: 2 splits, 3 leaves, 2 classes.
  const x = { data: Float64Array.from([1, 1, 2, 0, 3, 1, 4, 1, 5, 0, 6, 1]), rows: 6, cols: 2 };

  it('counts 2 numbers per split and k class counts per leaf for a classifier', () => {
    const tree = fitClassificationTree(x, [0, 0, 0, 1, 1, 0], 2);
    expect(treeSize(tree).parameters).toBe(2 * 2 + 3 * 2);
  });

  it('counts 1 number per leaf for a regression tree', () => {
    const tree = fitRegressionTree({ data: Float64Array.from([1, 2, 3, 4]), rows: 4, cols: 1 }, [1, 1, 5, 7], { maxDepth: 1 });
    expect(treeSize(tree).parameters).toBe(2 + 2);
  });

  it('measures a tree in UTF-8 bytes of its JSON, not in characters', () => {
    // A stump written out by hand. Its JSON (below) is 459 characters; "größe" appears
    // twice and each of its ö and ß takes 2 bytes in UTF-8: 459 + 2 × 2 = 463 bytes.
    // {"kind":"regression","nodes":[{"id":0,"depth":0,"feature":0,"featureName":"größe","threshold":2.5,
    // "impurity":6.75,"samples":4,"value":[3.5],"left":1,"right":2},{"id":1,"depth":1,"feature":-1,
    // "featureName":null,"threshold":0,"impurity":0,"samples":2,"value":[1],"left":-1,"right":-1},{"id":2,
    // "depth":1,"feature":-1,"featureName":null,"threshold":0,"impurity":1,"samples":2,"value":[6],"left":-1,
    // "right":-1}],"featureNames":["größe"],"featureKind":"continuous"}
    const leaf = { depth: 1, feature: -1, featureName: null, threshold: 0 };
    const stump: RegressionTree = {
      kind: 'regression',
      nodes: [
        { id: 0, depth: 0, feature: 0, featureName: 'größe', threshold: 2.5, impurity: 6.75, samples: 4, value: [3.5], left: 1, right: 2 },
        { id: 1, ...leaf, impurity: 0, samples: 2, value: [1], left: -1, right: -1 },
        { id: 2, ...leaf, impurity: 1, samples: 2, value: [6], left: -1, right: -1 },
      ],
      featureNames: ['größe'],
      featureKind: 'continuous',
    };
    expect(treeSize(stump)).toEqual({ parameters: 2 + 1 + 1, bytes: 463 });
  });

  it('counts one parameter per coefficient of a linear model', () => {
    const model: LinearModel = {
      columns: [{ kind: 'intercept', k: 0, name: 'intercept', unit: 'units' }, { kind: 'trend', k: 0, name: 'trend', unit: 'units per week' }],
      coefficients: [500, 1.5],
      dropped: [false, false],
      trainRmse: 0,
    };
    // {"columns":[{"kind":"intercept","k":0,"name":"intercept","unit":"units"},{"kind":"trend","k":0,"name":"trend",
    // "unit":"units per week"}],"coefficients":[500,1.5],"dropped":[false,false],"trainRmse":0}: 199 ASCII characters.
    expect(linearModelSize(model)).toEqual({ parameters: 2, bytes: 199 });
  });

  it('adds up the trees of a boosted ensemble plus its initial value', () => {
    const m = fitGradientBoosting({ data: Float64Array.from([1, 2, 3, 4]), rows: 4, cols: 1 }, [1, 1, 5, 7], createRng(1), {
      nEstimators: 3, maxDepth: 1, minSamplesLeaf: 1, learningRate: 0.5,
    });
    // every tree is a stump: 1 split (2) + 2 leaves (2) = 4
    expect(boostedSize(m).parameters).toBe(1 + 3 * 4);
  });
});
