import { describe, expect, it } from 'vitest';
import { salesDesign } from '../../../../src/engine/regression/design';
import { describeCoefficients, roughly } from '../../../../src/engine/regression/explain';
import { fitLinearModel, predictLinear, type LinearModel } from '../../../../src/engine/regression/linear-model';
import { generateSales } from '../../../../src/engine/sales/generate';
import { timeSplit } from '../../../../src/engine/sales/split';
import { createRng } from '../../../../src/engine/random/rng';

describe('fitLinearModel on noise-free sales', () => {
  // level 500, trend 1.5/week, promo lift 0.3·500 = 150, holiday lift 0.6·500 = 300.
  // The seasonal shape has 3 harmonics, so K = 3 can represent it exactly;
  // only the rounding of units to whole numbers (±0.5) is left unexplained.
  const s = generateSales(createRng(9), { noise: 0 });
  const design = salesDesign(s, { fourierK: 3 });
  const model = fitLinearModel(design, s.units, timeSplit(s.weeks).train);
  const coef = (kind: string) => model.coefficients[model.columns.findIndex((c) => c.kind === kind)];

  it('recovers the generator’s level, trend, promotion and holiday effects', () => {
    expect(coef('intercept')).toBeCloseTo(500, 0);
    expect(coef('trend')).toBeCloseTo(1.5, 2);
    expect(coef('promo')).toBeCloseTo(150, 0);
    expect(coef('holiday')).toBeCloseTo(300, 0);
    expect(model.trainRmse).toBeLessThan(0.5);
  });

  it('forecasts the holdout weeks to within rounding', () => {
    const pred = predictLinear(model, design);
    for (const t of timeSplit(s.weeks).holdout) expect(Math.abs(pred[t] - s.expected[t])).toBeLessThan(1);
  });

  it('reads its coefficients as sentences', () => {
    const text = describeCoefficients(model);
    expect(text).toContain('An ordinary week at the start of the data sells about 500 units.');
    expect(text).toContain('Sales grow by about 1.5 units a week (about 78 a year).');
    expect(text).toContain('A promotion week adds about 150 units.');
    expect(text).toContain('A holiday week (Black Friday, Christmas) adds about 300 units.');
    expect(text.find((t) => t.startsWith('The season'))).toMatch(/adds up to about 1[23]0 units a week in December and takes away up to about \d+ in March\./);
  });

  it('says so when the training weeks had no promotion', () => {
    const flat = generateSales(createRng(9), { promoRate: 0 });
    const m = fitLinearModel(salesDesign(flat), flat.units);
    expect(m.dropped[m.columns.findIndex((c) => c.kind === 'promo')]).toBe(true);
    expect(describeCoefficients(m)).toContain('The training weeks had no promotion, so the model cannot say what one does.');
  });
});

describe('describeCoefficients', () => {
  const model = (trend: number, promo: number): LinearModel => ({
    columns: [
      { kind: 'intercept', k: 0, name: 'intercept', unit: 'units' },
      { kind: 'trend', k: 0, name: 'trend', unit: 'units per week' },
      { kind: 'promo', k: 0, name: 'promotion', unit: 'units per promotion week' },
    ],
    coefficients: [1234.4, trend, promo],
    dropped: [false, false, false],
    trainRmse: 0,
  });

  it.each([
    { trend: 3.04, promo: 118, expected: ['An ordinary week at the start of the data sells about 1,230 units.', 'Sales grow by about 3 units a week (about 160 a year).', 'A promotion week adds about 120 units.'] },
    { trend: -2.5, promo: -12.4, expected: ['An ordinary week at the start of the data sells about 1,230 units.', 'Sales fall by about 2.5 units a week (about 130 a year).', 'A promotion week sells about 12 fewer units.'] },
    { trend: 0.01, promo: 0, expected: ['An ordinary week at the start of the data sells about 1,230 units.', 'Sales are flat: they change by less than 0.1 units a week.', 'A promotion week adds about 0 units.'] },
  ])('reads trend $trend and promotion $promo', ({ trend, promo, expected }) => {
    expect(describeCoefficients(model(trend, promo))).toEqual(expected);
  });

  it.each([
    [1234.4, '1,230'], [118, '120'], [57.6, '58'], [3.04, '3'], [0.26, '0.3'], [-2.5, '2.5'],
  ])('rounds %f to "%s"', (x, s) => {
    expect(roughly(x)).toBe(s);
  });
});
