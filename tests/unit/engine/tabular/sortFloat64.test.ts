import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../src/engine/random/rng';
import { sortFloat64 } from '../../../../src/engine/tabular/sortFloat64';

const same = (a: Float64Array, b: Float64Array) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

describe('sortFloat64', () => {
  it('orders like Float64Array.prototype.sort, with negatives, zeros of both signs, ties and extremes', () => {
    const rng = createRng(7);
    const values = Float64Array.from({ length: 50_000 }, (_, i) =>
      i % 11 === 0 ? 0 : i % 13 === 0 ? -0 : i % 17 === 0 ? Number.MAX_VALUE * (rng() < 0.5 ? -1 : 1) : i % 19 === 0 ? 5e-324 : Math.round((rng() - 0.5) * 2e4) / 100,
    );
    expect(same(sortFloat64(values.slice()), values.slice().sort())).toBe(true);
  });
  it('sorts values that share their high bits (a skipped pass)', () => {
    const values = Float64Array.from({ length: 10_000 }, (_, i) => 1 + ((i * 7919) % 10_000) * 2 ** -52);
    expect(same(sortFloat64(values.slice()), values.slice().sort())).toBe(true);
  });
  it('uses the built-in sort for short arrays', () => {
    expect(Array.from(sortFloat64(Float64Array.from([3, -1, 2])))).toEqual([-1, 2, 3]);
  });
});
