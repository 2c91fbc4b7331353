import { describe, expect, it } from 'vitest';
import { salesTreeFeatures } from '../../../../src/engine/sales/features';
import { generateSales } from '../../../../src/engine/sales/generate';
import { createRng } from '../../../../src/engine/random/rng';

describe('salesTreeFeatures', () => {
  const s = generateSales(createRng(1));

  it('names week, week of year, K seasonal pairs, promotion and holiday', () => {
    const f = salesTreeFeatures(s, { fourierK: 1 });
    expect(f.names).toEqual(['week', 'week of year', 'sin 1×year', 'cos 1×year', 'promotion', 'holiday']);
    expect(f.matrix.cols).toBe(6);
    expect(f.firstRow).toBe(0);
  });

  it('fills a row from the series', () => {
    const f = salesTreeFeatures(s, { fourierK: 1 });
    const t = s.holiday.indexOf(1);
    const row = Array.from(f.matrix.data.subarray(t * 6, t * 6 + 6));
    expect(row[0]).toBe(t);
    expect(row[1]).toBe(Math.floor(s.yearFraction[t] * 52) + 1);
    expect(row[2]).toBeCloseTo(Math.sin(2 * Math.PI * s.yearFraction[t]), 12);
    expect(row.slice(4)).toEqual([s.promo[t], 1]);
  });

  it('adds last year’s value of the series it is given, from week 52 on', () => {
    const f = salesTreeFeatures(s, { fourierK: 0, lagged: s.units });
    expect(f.names.at(-1)).toBe('last year');
    expect(f.firstRow).toBe(52);
    const c = f.matrix.cols;
    expect(f.matrix.data[60 * c + c - 1]).toBe(s.units[8]);
    expect(f.matrix.data[10 * c + c - 1]).toBe(0);
  });
});
