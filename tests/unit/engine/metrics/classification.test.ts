import { describe, expect, it } from 'vitest';
import {
  accuracy,
  confusionMatrix,
  f1PerClass,
  macroF1,
} from '../../../../src/engine/metrics/classification';

// Worked example used below (3 classes, 6 examples):
//   yTrue = [0, 0, 1, 1, 2, 2], yPred = [0, 1, 1, 1, 2, 0]
//   confusion (rows truth, cols prediction): [[1,1,0],[0,2,0],[1,0,1]]
//   class 0: TP 1, FP 1 (the 2 predicted as 0), FN 1 → F1 = 2/(2+1+1) = 0.5
//   class 1: TP 2, FP 1, FN 0 → F1 = 4/5 = 0.8
//   class 2: TP 1, FP 0, FN 1 → F1 = 2/3
//   macro-F1 = (0.5 + 0.8 + 2/3) / 3 = 0.655555…
const yTrue = [0, 0, 1, 1, 2, 2];
const yPred = [0, 1, 1, 1, 2, 0];

describe('accuracy', () => {
  it.each([
    { name: 'counts the fraction of exact hits', t: yTrue, p: yPred, expected: 4 / 6 },
    { name: 'is 1 for perfect predictions', t: [2, 1, 0], p: [2, 1, 0], expected: 1 },
    { name: 'is 0 when every prediction misses', t: [0, 0], p: [1, 1], expected: 0 },
    { name: 'accepts typed arrays', t: new Int32Array([1, 0]), p: new Int32Array([1, 1]), expected: 0.5 },
  ])('$name', ({ t, p, expected }) => {
    expect(accuracy(t, p)).toBeCloseTo(expected, 12);
  });

  it('is NaN for no examples and throws on mismatched lengths', () => {
    expect(accuracy([], [])).toBeNaN();
    expect(() => accuracy([0], [0, 1])).toThrow(RangeError);
  });
});

describe('confusionMatrix', () => {
  it('puts truth on rows and predictions on columns', () => {
    expect(confusionMatrix(yTrue, yPred, 3)).toEqual([
      [1, 1, 0],
      [0, 2, 0],
      [1, 0, 1],
    ]);
  });

  it('rejects a label outside 0..k-1', () => {
    expect(() => confusionMatrix([0, 3], [0, 0], 3)).toThrow(RangeError);
  });
});

describe('macroF1', () => {
  it('averages the hand-computed per-class F1 values', () => {
    const f1 = f1PerClass(yTrue, yPred, 3);
    expect(f1[0]).toBeCloseTo(0.5, 12);
    expect(f1[1]).toBeCloseTo(0.8, 12);
    expect(f1[2]).toBeCloseTo(2 / 3, 12);
    expect(macroF1(yTrue, yPred, 3)).toBeCloseTo((0.5 + 0.8 + 2 / 3) / 3, 12);
  });

  it.each([
    // class 0: TP 2 → F1 1; class 1: TP 1 → F1 1; class 2 absent everywhere → skipped
    { name: 'skips classes absent from truth and predictions', t: [0, 0, 1], p: [0, 0, 1], k: 3, expected: 1 },
    // always predicting 0 on [0,0,0,1]: class 0 F1 = 6/7, class 1 F1 = 0 → macro 3/7
    { name: 'punishes ignoring a rare class', t: [0, 0, 0, 1], p: [0, 0, 0, 0], k: 2, expected: 3 / 7 },
    { name: 'is 0 when nothing is right', t: [0, 1], p: [1, 0], k: 2, expected: 0 },
  ])('$name', ({ t, p, k, expected }) => {
    expect(macroF1(t, p, k)).toBeCloseTo(expected, 12);
  });

  it('is NaN for no examples', () => {
    expect(macroF1([], [], 2)).toBeNaN();
  });
});
