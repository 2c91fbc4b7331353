import { describe, expect, it } from 'vitest';
import { blackFriday, holidayOfWeek, yearFraction } from '../../../../src/engine/sales/calendar';
import { SALES_BOUNDS, generateSales, seasonalShape } from '../../../../src/engine/sales/generate';
import { timeSplit } from '../../../../src/engine/sales/split';
import { createRng } from '../../../../src/engine/random/rng';

describe('generateSales', () => {
  it('is seeded: same seed, same series; another seed, another series', () => {
    expect(generateSales(createRng(1))).toEqual(generateSales(createRng(1)));
    expect(generateSales(createRng(1)).units).not.toEqual(generateSales(createRng(2)).units);
  });

  it('defaults to 4 years of weeks starting Monday 4 January 2021', () => {
    const s = generateSales(createRng(1));
    expect(s.weeks).toBe(208);
    expect(s.date[0]).toBe('2021-01-04');
    expect(s.date[1]).toBe('2021-01-11');
    expect(s.units).toHaveLength(208);
  });

  it.each([
    { weeks: 10, expected: 156 },
    { weeks: 10_000, expected: 520 },
    { weeks: 200.6, expected: 201 },
  ])('clamps weeks $weeks to $expected', ({ weeks, expected }) => {
    expect(generateSales(createRng(1), { weeks }).weeks).toBe(expected);
  });

  it('flags one Black Friday and one Christmas week per year, never with a promotion', () => {
    const s = generateSales(createRng(3), { promoRate: 0.3 });
    const names = s.holidayName.filter((n) => n !== null);
    expect(names).toEqual(['Black Friday', 'Christmas', 'Black Friday', 'Christmas', 'Black Friday', 'Christmas', 'Black Friday', 'Christmas']);
    expect(s.date[s.holidayName.indexOf('Black Friday')]).toBe('2021-11-22'); // Black Friday 2021 was Friday 26 November
    expect(s.date[s.holidayName.indexOf('Christmas')]).toBe('2021-12-20');
    const holidayWeeks = [...s.holiday.keys()].filter((t) => s.holiday[t]);
    expect(holidayWeeks).toHaveLength(8);
    expect(holidayWeeks.map((t) => s.promo[t])).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('runs promotions in about promoRate of the weeks', () => {
    const s = generateSales(createRng(4), { weeks: 520, promoRate: 0.2 });
    const share = s.promo.reduce((a, b) => a + b, 0) / 520;
    expect(share).toBeGreaterThan(0.13);
    expect(share).toBeLessThan(0.27);
  });

  it('sells whole, non-negative units equal to the rounded expectation when noise is 0', () => {
    const s = generateSales(createRng(5), { noise: 0 });
    for (let t = 0; t < s.weeks; t++) expect(s.units[t]).toBe(Math.max(0, Math.round(s.expected[t])));
  });

  it('keeps the steepest allowed decline from driving expected sales below half the level', () => {
    const s = generateSales(createRng(6), { trendPerWeek: SALES_BOUNDS.trendPerWeek.min, seasonality: 0, promoRate: 0, holidayLift: 0, noise: 0 });
    expect(Math.min(...s.expected)).toBeGreaterThanOrEqual(250 - 1e-9);
  });

  it('adds the holiday lift on holiday weeks: holidayLift · level units', () => {
    const base = generateSales(createRng(7), { holidayLift: 0 });
    const lifted = generateSales(createRng(7), { holidayLift: 1 });
    const t = lifted.holiday.indexOf(1);
    expect(lifted.expected[t] - base.expected[t]).toBeCloseTo(500, 9);
  });
});

describe('calendar', () => {
  it.each([
    [2021, '2021-11-26'], [2022, '2022-11-25'], [2023, '2023-11-24'], [2024, '2024-11-29'],
  ])('puts Black Friday %i on %s', (year, iso) => {
    expect(new Date(blackFriday(year)).toISOString().slice(0, 10)).toBe(iso);
  });

  it('finds no holiday in an ordinary week and measures the year from 1 January', () => {
    expect(holidayOfWeek(Date.UTC(2022, 5, 6))).toBeNull();
    expect(yearFraction(Date.UTC(2023, 0, 1))).toBe(0);
    expect(yearFraction(Date.UTC(2023, 6, 2))).toBeCloseTo(182 / 365, 12);
  });

  it('shapes the season with its peak (1) in December and stays within [−1, 1]', () => {
    let best = 0;
    for (let d = 0; d < 365; d++) {
      const v = seasonalShape(d / 365);
      expect(Math.abs(v)).toBeLessThanOrEqual(1 + 1e-12);
      if (v > seasonalShape(best / 365)) best = d;
    }
    expect(best).toBeGreaterThanOrEqual(334);
  });
});

describe('timeSplit', () => {
  it('holds out the last N weeks, in order', () => {
    const { train, holdout } = timeSplit(208, 26);
    expect(train).toHaveLength(182);
    expect(train[181]).toBe(181);
    expect(Array.from(holdout)).toEqual(Array.from({ length: 26 }, (_, i) => 182 + i));
  });

  it.each([
    { h: 1, expected: 4 }, { h: 100, expected: 52 }, { h: NaN, expected: 26 },
  ])('clamps a holdout of $h weeks to $expected', ({ h, expected }) => {
    expect(timeSplit(208, h).holdout).toHaveLength(expected);
  });
});
