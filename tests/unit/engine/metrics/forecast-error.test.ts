import { describe, expect, it } from 'vitest';
import { mae, mape, zeroActuals } from '../../../../src/engine/metrics/forecast-error';

describe('mae', () => {
  it.each([
    // |10| + |−20| + |5| + 0 = 35, over 4 points
    { name: 'averages absolute errors', a: [100, 200, 0, 50], p: [110, 180, 5, 50], expected: 8.75 },
    { name: 'is 0 for perfect forecasts', a: [1, 2, 3], p: [1, 2, 3], expected: 0 },
    { name: 'treats over- and under-forecasts alike', a: [10, 10], p: [7, 13], expected: 3 },
  ])('$name', ({ a, p, expected }) => {
    expect(mae(a, p)).toBeCloseTo(expected, 12);
  });

  it('is NaN for no points and throws on mismatched lengths', () => {
    expect(mae([], [])).toBeNaN();
    expect(() => mae([1], [])).toThrow(RangeError);
  });
});

describe('mape', () => {
  it.each([
    // 10/100 = 10 %, 20/200 = 10 %, 0/50 = 0 % (the zero actual is skipped) → 20/3 %
    { name: 'skips zero actuals', a: [100, 200, 0, 50], p: [110, 180, 5, 50], expected: 20 / 3 },
    // 5/20 = 25 %, 30/60 = 50 % → 37.5 %
    { name: 'returns percent', a: [20, 60], p: [25, 30], expected: 37.5 },
    // |−10 − (−5)| / |−10| = 50 %
    { name: 'uses the absolute value of a negative actual', a: [-10], p: [-5], expected: 50 },
  ])('$name', ({ a, p, expected }) => {
    expect(mape(a, p)).toBeCloseTo(expected, 12);
  });

  it('is NaN when every actual is zero', () => {
    expect(mape([0, 0], [1, 2])).toBeNaN();
    expect(zeroActuals([0, 3, 0])).toBe(2);
  });
});
