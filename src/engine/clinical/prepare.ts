import { FEATURE_COUNT } from './features';
import type { Cohort } from './cohort';

/** Mean and standard deviation of each cohort column, measured on the training rows. */
export interface Standardizer {
  mean: number[];
  sd: number[];
}

/** A half-open row range [from, to) of a cohort. */
export interface RowRange {
  from: number;
  to: number;
}

/** Share of the training hospital's patients held back to score the model there. */
export const HOLDOUT_FRACTION = 0.25;

/**
 * Splits the training hospital's cohort into training rows [0, n − h) and holdout
 * rows [n − h, n) with h = round(n · fraction). Patients are drawn independently,
 * so the last rows are as random a holdout as any.
 */
export function splitRows(rows: number, fraction = HOLDOUT_FRACTION): { train: RowRange; holdout: RowRange } {
  const h = Math.min(rows - 1, Math.max(1, Math.round(rows * fraction)));
  return { train: { from: 0, to: rows - h }, holdout: { from: rows - h, to: rows } };
}

/**
 * Per column j over the rows in `range`: mean_j = Σ x_ij / n and the population
 * standard deviation sd_j = √(Σ (x_ij − mean_j)² / n), in the column's raw units.
 * A constant column gets sd 1, so standardizing it gives 0 instead of dividing by zero.
 */
export function fitStandardizer(cohort: Cohort, range: RowRange): Standardizer {
  const n = range.to - range.from;
  const mean = new Array<number>(FEATURE_COUNT).fill(0);
  const sd = new Array<number>(FEATURE_COUNT).fill(0);
  for (let r = range.from; r < range.to; r++) for (let j = 0; j < FEATURE_COUNT; j++) mean[j] += cohort.x[r * FEATURE_COUNT + j] / n;
  for (let r = range.from; r < range.to; r++) {
    for (let j = 0; j < FEATURE_COUNT; j++) sd[j] += (cohort.x[r * FEATURE_COUNT + j] - mean[j]) ** 2 / n;
  }
  return { mean, sd: sd.map((v) => (v > 1e-12 ? Math.sqrt(v) : 1)) };
}

/** The standardized value z = (value − mean_j) / sd_j of column j: how many training-hospital SDs from its average patient. */
export function standardize(s: Standardizer, j: number, value: number): number {
  return (value - s.mean[j]) / s.sd[j];
}

/**
 * The model's input matrix: rows `range` of the cohort, only `columns` (in that
 * order), each value standardized with `s`. Row-major Float32Array of
 * (to − from) × columns.length, ready for the training worker.
 */
export function designMatrix(cohort: Cohort, range: RowRange, columns: readonly number[], s: Standardizer): Float32Array {
  const k = columns.length;
  const out = new Float32Array((range.to - range.from) * k);
  for (let r = range.from; r < range.to; r++) {
    for (let c = 0; c < k; c++) out[(r - range.from) * k + c] = standardize(s, columns[c], cohort.x[r * FEATURE_COUNT + columns[c]]);
  }
  return out;
}

/** Outcomes of rows `range` as a new Int32Array. */
export function outcomes(cohort: Cohort, range: RowRange): Int32Array {
  return cohort.y.slice(range.from, range.to);
}
