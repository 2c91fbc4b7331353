import { describe, expect, it } from 'vitest';
import { COHORT_BOUNDS, WEEKDAY_SHARE, generateCohort, weekdayProbability } from '../../../../src/engine/clinical/cohort';
import { FEATURE_COUNT, featureIndex, keptColumns } from '../../../../src/engine/clinical/features';

const cohort = (site: 'training' | 'second', seed = 42, patients = 3000, leak = 0.75) => generateCohort({ seed, patients, site, leak });

function weekdayRate(c: ReturnType<typeof cohort>, outcome: number): number {
  const j = featureIndex('weekday');
  let n = 0;
  let k = 0;
  for (let r = 0; r < c.rows; r++) if (c.y[r] === outcome) (n++, (k += c.x[r * FEATURE_COUNT + j]));
  return k / n;
}

describe('synthetic patient cohort', () => {
  it('is identical for the same seed and options, and differs for another seed', () => {
    const a = cohort('training');
    const b = cohort('training');
    expect(b.x).toEqual(a.x);
    expect(b.y).toEqual(a.y);
    expect(cohort('training', 43).y).not.toEqual(a.y);
  });

  it('draws the two hospitals from independent streams', () => {
    expect(cohort('second').x.subarray(0, 50)).not.toEqual(cohort('training').x.subarray(0, 50));
  });

  it('has one row of every input per patient, in plausible clinical ranges', () => {
    const c = cohort('training');
    expect(c.x).toHaveLength(3000 * FEATURE_COUNT);
    const col = (key: Parameters<typeof featureIndex>[0]) => Array.from({ length: c.rows }, (_, r) => c.x[r * FEATURE_COUNT + featureIndex(key)]);
    expect(Math.min(...col('age'))).toBeGreaterThanOrEqual(18);
    expect(Math.max(...col('age'))).toBeLessThanOrEqual(99);
    expect(Math.min(...col('sbp'))).toBeGreaterThanOrEqual(70);
    expect(new Set(col('diabetes'))).toEqual(new Set([0, 1]));
    expect(col('admissions').every((v) => Number.isInteger(v) && v >= 0)).toBe(true);
  });

  it('has about 18% of patients deteriorating, in line with the mean of the true risks', () => {
    const c = cohort('training');
    const rate = c.y.reduce((s, v) => s + v, 0) / c.rows;
    const meanRisk = c.risk.reduce((s, v) => s + v, 0) / c.rows;
    expect(rate).toBeGreaterThan(0.14);
    expect(rate).toBeLessThan(0.24);
    expect(Math.abs(rate - meanRisk)).toBeLessThan(0.025);
  });

  it('makes the weekday flag a trace of the outcome at the training hospital only', () => {
    const a = cohort('training');
    const b = cohort('second');
    // Expected at leak 0.75: 0.25·5/7 + 0.75·0.10 ≈ 0.25 for deteriorated, 0.25·5/7 + 0.75·0.92 ≈ 0.87 for the others.
    expect(weekdayRate(a, 1)).toBeCloseTo(0.25, 1);
    expect(weekdayRate(a, 0)).toBeCloseTo(0.87, 1);
    expect(weekdayRate(b, 1)).toBeCloseTo(WEEKDAY_SHARE, 1);
    expect(weekdayRate(b, 0)).toBeCloseTo(WEEKDAY_SHARE, 1);
  });

  it('weekdayProbability is 5/7 without a leak and at the second hospital', () => {
    expect(weekdayProbability('training', true, 0)).toBeCloseTo(5 / 7, 12);
    expect(weekdayProbability('second', true, 1)).toBeCloseTo(5 / 7, 12);
    expect(weekdayProbability('training', true, 1)).toBe(0.1);
    expect(weekdayProbability('training', false, 1)).toBe(0.92);
  });

  it('clamps the number of patients and the leak to their bounds', () => {
    expect(cohort('training', 1, 10).rows).toBe(COHORT_BOUNDS.patients.min);
    expect(cohort('training', 1, 1e9).rows).toBe(COHORT_BOUNDS.patients.max);
    expect(cohort('training', 1, Number.NaN).rows).toBe(COHORT_BOUNDS.patients.default);
    expect(cohort('training', 1, 1000, 5).x).toEqual(cohort('training', 1, 1000, 1).x);
  });

  it('lists the columns a model keeps when one input is dropped', () => {
    expect(keptColumns(null)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(keptColumns('weekday')).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(keptColumns('age')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
