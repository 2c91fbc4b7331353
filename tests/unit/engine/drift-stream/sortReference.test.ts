import { describe, expect, it } from 'vitest';
import { sortReference } from '../../../../src/engine/drift-stream/sortReference';
import { createRng } from '../../../../src/engine/random/rng';

/** `size` seeded draws made by `draw` from a uniform u. */
function sample(seed: number, size: number, draw: (u: number) => number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: size }, () => draw(rng()));
}

describe('sortReference', () => {
  it.each([
    ['uniform hours', sample(1, 19_180, (u) => 24 * u)],
    ['log-normal-like minutes with a long tail', sample(2, 19_180, (u) => Math.exp(3.8 + 2 * Math.tan(Math.PI * (u - 0.5) * 0.9)))],
    ['one decimal: ties, crowded buckets', sample(3, 5_000, (u) => Math.round(10 * u * u) / 10)],
    ['one far outlier: nearly everything in the first bucket', Float64Array.from([...sample(4, 3_000, (u) => u), 1e9])],
    ['negative and positive values', sample(5, 1_000, (u) => 100 * (u - 0.5))],
    ['too few values for buckets', sample(6, 40, (u) => u)],
    ['all equal', new Float64Array(500).fill(7)],
  ])('orders %s exactly as Float64Array.prototype.sort', (_, x) => {
    const before = x.slice();
    expect(sortReference(x)).toEqual(x.slice().sort());
    expect(x).toEqual(before);
  });

  it('falls back to the native order with NaN or infinities', () => {
    const x = Float64Array.from([3, NaN, 1, Infinity, -Infinity, 2, ...sample(7, 100, (u) => u)]);
    expect(sortReference(x)).toEqual(x.slice().sort());
  });
});
