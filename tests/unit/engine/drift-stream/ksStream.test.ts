import { describe, expect, it } from 'vitest';
import { GridReference, MAX_CELLS } from '../../../../src/engine/drift-stream/gridReference';
import { KsDay } from '../../../../src/engine/drift-stream/ksStream';
import { ksStatistic } from '../../../../src/engine/drift/ks';
import { createRng } from '../../../../src/engine/random/rng';

/** `size` draws from a shifted, scaled uniform, rounded to `digits` decimals (few digits: many ties). */
function sample(seed: number, size: number, shift: number, digits: number): Float64Array {
  const rng = createRng(seed);
  const f = 10 ** digits;
  return Float64Array.from({ length: size }, () => Math.round((shift + 3 * rng() * rng()) * f) / f);
}

/** `size` seeded draws made by `draw` from a uniform u. */
function draws(seed: number, size: number, draw: (u: number) => number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: size }, () => draw(rng()));
}

/** D of `days` against `ref` through one KsDay, each compared with ksStatistic on sorted copies. */
function expectSameD(ref: Float64Array, days: Float64Array[]): void {
  const day = new KsDay(new GridReference(ref));
  const sortedRef = ref.slice().sort();
  for (const cur of days) {
    for (const x of cur) day.add(x);
    expect(day.statistic()).toBe(ksStatistic(sortedRef, cur.slice().sort()));
  }
}

describe('streaming KS against a reference in cells', () => {
  it.each([
    ['continuous values', 6, 0],
    ['two decimals: ties inside and across the samples', 2, 0],
    ['one decimal, shifted day', 1, 0.4],
    ['integers: heavy ties', 0, 0.2],
    ['a shifted continuous day', 6, 0.3],
  ])('gives ksStatistic’s D exactly for %s', (_, digits, shift) => {
    for (const [m, n, seed] of [[1400, 200, 1], [350, 50, 2], [5000, 777, 3], [30, 500, 4], [20_000, 2_740, 5]]) {
      const ref = sample(seed, m, 0, digits);
      expectSameD(ref, [0, 1, 2].map((rep) => sample(seed * 10 + rep, n, shift * rep, digits)));
    }
  });

  it('gives the same D with a long tail crowding the reference into a few cells', () => {
    const minutes = (u: number) => Math.exp(3.8 + 2 * Math.tan(Math.PI * (u - 0.5) * 0.9));
    const ref = draws(1, 19_180, minutes);
    expectSameD(ref, [draws(2, 2_740, minutes), draws(3, 2_740, (u) => 1.3 * minutes(u)), draws(4, 100, (u) => 40 + u)]);
  });

  it('handles values outside the reference range, a reference of equal values and a one-value reference', () => {
    expectSameD(new Float64Array([2, 2, 2, 2]), [Float64Array.from([1, 2, 2, 3, 5]), Float64Array.from([2]), Float64Array.from([-1e300, 1e300])]);
    expectSameD(new Float64Array([0.5]), [Float64Array.from([0.5, 0.5]), Float64Array.from([0.1, 0.9])]);
    expectSameD(sample(6, 800, 0, 3), [Float64Array.from({ length: 300 }, (_, i) => 10 + i), Float64Array.from({ length: 300 }, (_, i) => -10 - i)]);
  });

  it('grows past its first buffer and forgets each day', () => {
    const ref = sample(7, 3_000, 0, 4);
    expectSameD(ref, [sample(8, 5_000, 0.1, 4), sample(9, 3, 0, 4), sample(10, 5_000, 0, 4)]);
  });
});

describe('GridReference', () => {
  it.each([
    ['uniform hours, more values than cells', draws(1, 19_180, (u) => 24 * u)],
    ['one decimal: ties, crowded cells', draws(3, 5_000, (u) => Math.round(10 * u * u) / 10)],
    ['one far outlier: nearly everything in the first cell', Float64Array.from([...draws(4, 3_000, (u) => u), 1e9])],
    ['negative and positive values', draws(5, 1_000, (u) => 100 * (u - 0.5))],
    ['all equal', new Float64Array(500).fill(7)],
  ])('%s: ranks, counts and cells agree with the sorted values', (_, x) => {
    const grid = new GridReference(x);
    const sorted = x.slice().sort();
    expect(grid.cells).toBe(Math.min(MAX_CELLS, x.length) + 2);
    expect(Float64Array.from({ length: x.length }, (_, k) => grid.valueAtRank(k))).toEqual(sorted);
    for (const k of [0, 1, x.length >> 3, x.length >> 1, x.length - 2, x.length - 1]) {
      const v = sorted[k];
      expect(grid.countAtMost(v)).toBe(sorted.filter((y) => y <= v).length);
      expect(grid.countAtMost(v - 1e-9)).toBe(sorted.filter((y) => y <= v - 1e-9).length);
    }
    for (let k = 1; k < sorted.length; k++) expect(grid.cellOf(sorted[k - 1])).toBeLessThanOrEqual(grid.cellOf(sorted[k]));
    expect(grid.cellOf(sorted[0] - 1)).toBe(0);
    expect(grid.cellOf(sorted[x.length - 1] + 1)).toBe(grid.cells - 1);
  });

  it('refuses an empty reference and non-finite values with a clear message', () => {
    expect(() => new GridReference(new Float64Array(0))).toThrow(/at least one value/);
    expect(() => new GridReference(Float64Array.from([1, Infinity]))).toThrow(/finite/);
    expect(() => new GridReference(Float64Array.from([1, NaN]))).toThrow(/finite/);
  });
});
