import { shuffler } from 'd3-array';
import type { Rng } from '../random/rng';

/**
 * A fresh permutation of 0..n-1, shuffled (Fisher–Yates, d3-array's shuffler) with
 * the given seeded source: same source state, same order.
 */
export function permutation(n: number, rng: Rng): Int32Array {
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  return shuffler(rng)(idx);
}

/**
 * Copies rows order[start..end) of a row-major matrix with `cols` columns into a
 * new dense (end - start) × cols Float32Array.
 */
export function gatherRows(x: Float32Array, cols: number, order: Int32Array, start: number, end: number): Float32Array {
  const out = new Float32Array((end - start) * cols);
  for (let r = start; r < end; r++) {
    const src = order[r] * cols;
    out.set(x.subarray(src, src + cols), (r - start) * cols);
  }
  return out;
}

/** Copies labels order[start..end) into a new Int32Array. */
export function gatherLabels(y: Int32Array, order: Int32Array, start: number, end: number): Int32Array {
  const out = new Int32Array(end - start);
  for (let r = start; r < end; r++) out[r - start] = y[order[r]];
  return out;
}

/**
 * Checks that a row-major dataset is what it claims: x has rows × cols finite
 * values and every label is an integer in [0, classes). Returns a problem as a
 * sentence, or null when the data is consistent.
 */
export function datasetProblem(x: Float32Array, rows: number, cols: number, y: Int32Array, classes: number): string | null {
  if (!Number.isInteger(rows) || rows < 1) return `rows must be a positive integer, got ${rows}`;
  if (!Number.isInteger(cols) || cols < 1) return `cols must be a positive integer, got ${cols}`;
  if (x.length !== rows * cols) return `x has ${x.length} values, expected rows × cols = ${rows * cols}`;
  if (y.length !== rows) return `y has ${y.length} labels, expected ${rows}`;
  for (let i = 0; i < x.length; i++) if (!Number.isFinite(x[i])) return `x[${i}] is not a finite number`;
  for (let i = 0; i < y.length; i++) {
    if (y[i] < 0 || y[i] >= classes) return `label y[${i}] = ${y[i]} is outside [0, ${classes})`;
  }
  return null;
}
