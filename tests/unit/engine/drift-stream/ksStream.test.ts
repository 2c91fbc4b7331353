import { describe, expect, it } from 'vitest';
import { KsDay, KsReference } from '../../../../src/engine/drift-stream/ksStream';
import { ksStatistic } from '../../../../src/engine/drift/ks';
import { createRng } from '../../../../src/engine/random/rng';

/** `size` draws from a shifted, scaled uniform, rounded to `digits` decimals (few digits: many ties). */
function sample(seed: number, size: number, shift: number, digits: number): Float64Array {
  const rng = createRng(seed);
  const f = 10 ** digits;
  return Float64Array.from({ length: size }, () => Math.round((shift + 3 * rng() * rng()) * f) / f);
}

describe('streaming KS against a fixed reference', () => {
  it.each([
    ['continuous values', 6, 0],
    ['two decimals: ties inside and across the samples', 2, 0],
    ['one decimal, shifted day', 1, 0.4],
    ['integers: heavy ties', 0, 0.2],
    ['a shifted continuous day', 6, 0.3],
  ])('gives ksStatistic’s D exactly for %s', (_, digits, shift) => {
    for (const [m, n, seed] of [[1400, 200, 1], [350, 50, 2], [5000, 777, 3], [30, 500, 4]]) {
      const ref = sample(seed, m, 0, digits).sort();
      const ks = new KsReference(ref);
      const day = new KsDay(ks);
      for (let rep = 0; rep < 3; rep++) {
        const cur = sample(seed * 10 + rep, n, shift * rep, digits);
        for (const x of cur) day.add(x);
        expect(day.statistic()).toBe(ksStatistic(ref, cur.slice().sort()));
      }
    }
  });

  it('handles values outside the reference range and a reference of equal values', () => {
    const ref = new Float64Array([2, 2, 2, 2]);
    const day = new KsDay(new KsReference(ref));
    const cur = [1, 2, 2, 3, 5];
    for (const x of cur) day.add(x);
    expect(day.statistic()).toBe(ksStatistic(ref, Float64Array.from(cur).sort()));
  });
});
