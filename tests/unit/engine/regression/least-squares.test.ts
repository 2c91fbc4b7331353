import { describe, expect, it } from 'vitest';
import { leastSquares } from '../../../../src/engine/regression/least-squares';
import fixture from '../../../fixtures/regression/lstsq-small.json';

describe('leastSquares', () => {
  it('recovers an exact line through points: y = 2 + 3x', () => {
    // Columns [1, x] for x = 0, 1, 2, 3.
    const fit = leastSquares([1, 0, 1, 1, 1, 2, 1, 3], 4, 2, [2, 5, 8, 11]);
    expect(fit.coefficients[0]).toBeCloseTo(2, 12);
    expect(fit.coefficients[1]).toBeCloseTo(3, 12);
    expect(fit.residualSumOfSquares).toBeCloseTo(0, 20);
  });

  it('solves a 2-feature system worked by hand', () => {
    // X = [[1,0],[0,1],[1,1]], y = [1,2,4].
    // XᵀX = [[2,1],[1,2]], Xᵀy = [5,6]; det 3 → β = (1/3)·[[2,−1],[−1,2]]·[5,6] = [4/3, 7/3].
    // Residuals y − Xβ = [−1/3, −1/3, 1/3] → RSS = 1/3.
    const fit = leastSquares([1, 0, 0, 1, 1, 1], 3, 2, [1, 2, 4]);
    expect(fit.coefficients[0]).toBeCloseTo(4 / 3, 12);
    expect(fit.coefficients[1]).toBeCloseTo(7 / 3, 12);
    expect(fit.residualSumOfSquares).toBeCloseTo(1 / 3, 12);
    expect(fit.dropped).toEqual([false, false]);
  });

  it(`matches ${fixture.source} on a small random dataset`, () => {
    const fit = leastSquares(fixture.x, fixture.rows, fixture.cols, fixture.y);
    fixture.coefficients.forEach((b, j) => expect(fit.coefficients[j]).toBeCloseTo(b, 10));
    expect(fit.residualSumOfSquares).toBeCloseTo(fixture.residualSumOfSquares, 10);
  });

  it('drops an all-zero column (e.g. no promotion weeks) with coefficient 0', () => {
    // Same hand-worked system with a zero column inserted in the middle.
    const fit = leastSquares([1, 0, 0, 0, 0, 1, 1, 0, 1], 3, 3, [1, 2, 4]);
    expect(fit.dropped).toEqual([false, true, false]);
    expect(fit.coefficients[1]).toBe(0);
    expect(fit.coefficients[0]).toBeCloseTo(4 / 3, 12);
    expect(fit.coefficients[2]).toBeCloseTo(7 / 3, 12);
  });

  it('drops a column that repeats an earlier one and still fits', () => {
    const fit = leastSquares([1, 0, 1, 1, 1, 1, 1, 2, 1, 1, 3, 1], 4, 3, [2, 5, 8, 11]);
    expect(fit.dropped).toEqual([false, false, true]);
    expect(fit.coefficients[0]).toBeCloseTo(2, 10);
    expect(fit.coefficients[1]).toBeCloseTo(3, 10);
  });

  it('rejects mismatched shapes', () => {
    expect(() => leastSquares([1, 2, 3], 2, 2, [1, 2])).toThrow(RangeError);
  });
});
