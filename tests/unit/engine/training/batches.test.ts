import { describe, expect, it } from 'vitest';
import { datasetProblem, gatherLabels, gatherRows, permutation } from '../../../../src/engine/training/batches';
import { createRng } from '../../../../src/engine/random/rng';

describe('permutation', () => {
  it('contains every index exactly once', () => {
    const p = permutation(100, createRng(1));
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
  });

  it('is the same for the same seed and differs for another', () => {
    expect(permutation(50, createRng(9))).toEqual(permutation(50, createRng(9)));
    expect(permutation(50, createRng(9))).not.toEqual(permutation(50, createRng(10)));
  });

  it('draws a new order on each call from one source', () => {
    const rng = createRng(3);
    expect(permutation(30, rng)).not.toEqual(permutation(30, rng));
  });
});

describe('gatherRows and gatherLabels', () => {
  const x = Float32Array.from([0, 1, 10, 11, 20, 21, 30, 31]);
  const y = Int32Array.from([0, 1, 2, 3]);
  const order = Int32Array.from([2, 0, 3, 1]);

  it('copies the rows of a slice of the order, in that order', () => {
    expect(gatherRows(x, 2, order, 1, 3)).toEqual(Float32Array.from([0, 1, 30, 31]));
    expect(gatherLabels(y, order, 1, 3)).toEqual(Int32Array.from([0, 3]));
  });

  it('returns copies, not views of the input', () => {
    const rows = gatherRows(x, 2, order, 0, 1);
    rows[0] = -1;
    expect(x[4]).toBe(20);
  });
});

describe('datasetProblem', () => {
  const x = new Float32Array(6);
  const y = Int32Array.from([0, 1, 1]);
  it.each([
    { name: 'accepts consistent data', args: [x, 3, 2, y, 2], ok: true },
    { name: 'rejects x of the wrong length', args: [x, 3, 3, y, 2], ok: false },
    { name: 'rejects too few labels', args: [x, 3, 2, Int32Array.from([0, 1]), 2], ok: false },
    { name: 'rejects a label out of range', args: [x, 3, 2, Int32Array.from([0, 2, 1]), 2], ok: false },
    { name: 'rejects a negative label', args: [x, 3, 2, Int32Array.from([0, -1, 1]), 2], ok: false },
    { name: 'rejects a NaN feature', args: [Float32Array.from([0, 0, NaN, 0, 0, 0]), 3, 2, y, 2], ok: false },
    { name: 'rejects zero rows', args: [new Float32Array(0), 0, 2, new Int32Array(0), 2], ok: false },
  ] as const)('$name', ({ args, ok }) => {
    const problem = datasetProblem(...(args as unknown as Parameters<typeof datasetProblem>));
    expect(problem === null).toBe(ok);
  });
});
