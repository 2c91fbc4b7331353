import { describe, expect, it } from 'vitest';
import { columnValue, designColumns, salesDesign } from '../../../../src/engine/regression/design';
import { generateSales } from '../../../../src/engine/sales/generate';
import { createRng } from '../../../../src/engine/random/rng';

describe('designColumns', () => {
  it('lists intercept, trend, K sine/cosine pairs, promotion, holiday', () => {
    expect(designColumns({ fourierK: 2 }).map((c) => c.name)).toEqual([
      'intercept', 'trend', 'sin 1×year', 'cos 1×year', 'sin 2×year', 'cos 2×year', 'promotion', 'holiday',
    ]);
  });

  it('drops the columns that are switched off and clamps K to 0–6', () => {
    expect(designColumns({ fourierK: 0, trend: false, promo: false }).map((c) => c.kind)).toEqual(['intercept', 'holiday']);
    expect(designColumns({ fourierK: 40 }).filter((c) => c.kind === 'sin')).toHaveLength(6);
  });
});

describe('columnValue', () => {
  const [, trend, sin1, cos1, sin2] = designColumns({ fourierK: 2 });
  it.each([
    { name: 'trend is the week index', c: trend, t: 17, yf: 0.3, expected: 17 },
    { name: 'sin 1×year peaks a quarter into the year', c: sin1, t: 0, yf: 0.25, expected: 1 },
    { name: 'cos 1×year is −1 half-way', c: cos1, t: 0, yf: 0.5, expected: -1 },
    { name: 'sin 2×year is 0 half-way', c: sin2, t: 0, yf: 0.5, expected: 0 },
  ])('$name', ({ c, t, yf, expected }) => {
    expect(columnValue(c, t, yf, 0, 0)).toBeCloseTo(expected, 12);
  });
});

describe('salesDesign', () => {
  it('builds one row per week with the flags copied from the series', () => {
    const s = generateSales(createRng(1));
    const d = salesDesign(s, { fourierK: 1 });
    expect(d.rows).toBe(s.weeks);
    expect(d.cols).toBe(6);
    const t = s.holiday.indexOf(1);
    expect(Array.from(d.data.subarray(t * 6, t * 6 + 6))).toEqual([
      1, t, Math.sin(2 * Math.PI * s.yearFraction[t]), Math.cos(2 * Math.PI * s.yearFraction[t]), s.promo[t], 1,
    ]);
  });
});
