/** Arrays of actual and predicted values in the same units (e.g. units sold per week). */
export type Values = ArrayLike<number>;

function checkLengths(actual: Values, predicted: Values): void {
  if (actual.length !== predicted.length) {
    throw new RangeError(`arrays differ in length: ${actual.length} vs ${predicted.length}`);
  }
}

/**
 * Mean absolute error: (1/n) Σ |actual_i − predicted_i|, in the units of the data.
 * NaN for empty input.
 */
export function mae(actual: Values, predicted: Values): number {
  checkLengths(actual, predicted);
  if (actual.length === 0) return NaN;
  let sum = 0;
  for (let i = 0; i < actual.length; i++) sum += Math.abs(actual[i] - predicted[i]);
  return sum / actual.length;
}

/**
 * Mean absolute percentage error in percent:
 * 100 · (1/m) Σ |actual_i − predicted_i| / |actual_i| over the m points with
 * actual_i ≠ 0. Points whose actual value is 0 have no defined percentage error
 * and are skipped (not counted in m); if every actual is 0 the result is NaN.
 * Use {@link zeroActuals} to report how many were skipped.
 */
export function mape(actual: Values, predicted: Values): number {
  checkLengths(actual, predicted);
  let sum = 0;
  let m = 0;
  for (let i = 0; i < actual.length; i++) {
    if (actual[i] === 0) continue;
    sum += Math.abs(actual[i] - predicted[i]) / Math.abs(actual[i]);
    m++;
  }
  return m === 0 ? NaN : (100 * sum) / m;
}

/** Number of actual values equal to 0, i.e. the points {@link mape} skips. */
export function zeroActuals(actual: Values): number {
  let z = 0;
  for (let i = 0; i < actual.length; i++) if (actual[i] === 0) z++;
  return z;
}
