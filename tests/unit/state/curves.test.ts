import { describe, expect, it } from 'vitest';
import { runCurves } from '../../../src/state/training/curves';

describe('runCurves', () => {
  it('names the per-epoch curves as run records store them and leaves out batch losses', () => {
    expect(runCurves({ loss: [0.9, 0.6], acc: [0.5, 0.7], valLoss: [1, 0.8], valAcc: [0.4, 0.6], batchLoss: [1, 2, 3] })).toEqual({
      loss: [0.9, 0.6],
      accuracy: [0.5, 0.7],
      valLoss: [1, 0.8],
      valAccuracy: [0.4, 0.6],
    });
  });

  it('drops empty curves and curves with a non-finite value', () => {
    expect(runCurves({ loss: [0.9, NaN], acc: [0.5, 0.7], valLoss: [], valAcc: [], batchLoss: [] })).toEqual({ accuracy: [0.5, 0.7] });
  });
});
