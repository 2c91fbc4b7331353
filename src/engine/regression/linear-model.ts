import type { Design, DesignColumn } from './design';
import { leastSquares } from './least-squares';

/** A fitted linear model: prediction = Σ_j coefficients[j] · x_j. */
export interface LinearModel {
  columns: DesignColumn[];
  coefficients: number[];
  /** Columns the training rows could not identify (e.g. no promotion week); their coefficient is 0. */
  dropped: boolean[];
  /** Root mean squared error on the training rows, in target units. */
  trainRmse: number;
}

/** Bounds of the one knob a linear sales model has besides its feature choices. */
export const LINEAR_KNOBS = [{ name: 'fourierK', label: 'seasonal terms', min: 0, max: 6 }] as const;

/**
 * Fits a linear model by least squares (Householder QR, see leastSquares) on
 * the design rows `rows` (default: all) against targets y (one per design row).
 */
export function fitLinearModel(design: Design, y: ArrayLike<number>, rows?: ArrayLike<number>): LinearModel {
  if (y.length !== design.rows) throw new RangeError(`${y.length} targets for ${design.rows} rows`);
  const idx = rows ?? Int32Array.from({ length: design.rows }, (_, i) => i);
  const { cols } = design;
  const x = new Float64Array(idx.length * cols);
  const t = new Float64Array(idx.length);
  for (let i = 0; i < idx.length; i++) {
    x.set(design.data.subarray(idx[i] * cols, idx[i] * cols + cols), i * cols);
    t[i] = y[idx[i]];
  }
  const fit = leastSquares(x, idx.length, cols, t);
  return {
    columns: design.columns,
    coefficients: Array.from(fit.coefficients),
    dropped: fit.dropped,
    trainRmse: Math.sqrt(fit.residualSumOfSquares / Math.max(1, idx.length)),
  };
}

/** Predictions Σ_j β_j · x_ij for every row of the design (target units). */
export function predictLinear(model: LinearModel, design: Design): Float64Array {
  const { cols } = design;
  if (cols !== model.coefficients.length) throw new RangeError('design and model have different columns');
  const out = new Float64Array(design.rows);
  for (let i = 0; i < design.rows; i++) {
    let s = 0;
    for (let j = 0; j < cols; j++) s += model.coefficients[j] * design.data[i * cols + j];
    out[i] = s;
  }
  return out;
}
