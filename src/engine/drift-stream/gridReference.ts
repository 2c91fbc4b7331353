// A monitoring reference (a model's training window, thousands of values) prepared without sorting it:
// its values are grouped into cells of equal width over [min, max], and a cell is sorted only when someone
// needs its order (a decile edge falls in it, or a day's largest KS gap may lie in it). Built in O(m + cells).
//
// Why cells: both the reference and each day's values are placed by one monotone function of the value, so a
// value in a later cell is always larger than every value in an earlier one. Counts per cell then give both
// empirical CDFs exactly at every cell boundary, and only cells where the largest gap may hide need values.

/** Most cells a reference is split into (the cell counts of a day stay inside the first-level cache). */
export const MAX_CELLS = 4096;

/** Cells up to this many values are sorted by insertion; larger ones natively. */
const INSERTION_MAX = 32;

/**
 * The reference r (m finite values, any order) in cells: cell 0 holds values below min, cells 1…G the
 * range [min, max] in G equal widths, cell G + 1 values above max (only a day's values land in 0 and G + 1).
 */
export class GridReference {
  readonly m: number;
  /** Number of cells, G + 2. */
  readonly cells: number;
  /** before[g] = #{r in cells < g}, for g = 0…cells (before[cells] = m). */
  readonly before: Int32Array;
  /** before[g]/m for g = 0…cells: the reference's CDF at each cell boundary. */
  readonly boundaryShare: Float64Array;
  /** The first cell ≥ g holding reference values (cells when none), for g = 0…cells. */
  readonly nextFilled: Int32Array;
  /** The reference's smallest and largest values, G (the cells of equal width between them) and G/(hi − lo). */
  readonly lo: number;
  readonly hi: number;
  readonly widths: number;
  readonly scale: number;
  /** The values grouped by cell: cell g at [before[g], before[g + 1]), ascending once #sorted[g] is 1. */
  readonly #grouped: Float64Array;
  readonly #sorted: Uint8Array;
  /** How many times each cell's smallest value occurs in it, 0 until first asked (asked only of filled cells). */
  readonly #smallestTies: Int32Array;

  constructor(values: Float64Array) {
    // The per-value loops run in plain functions: inside a constructor that is still adding fields they run slower.
    const { lo, hi } = finiteRange(values);
    const m = values.length;
    const widths = Math.min(MAX_CELLS, m);
    const cells = widths + 2;
    const span = hi - lo;
    const scale = span > 0 && Number.isFinite(widths / span) ? widths / span : 0;
    const { before, grouped } = groupIntoCells(values, lo, scale, widths);
    this.m = m;
    this.cells = cells;
    this.lo = lo;
    this.hi = hi;
    this.widths = widths;
    this.scale = scale;
    this.before = before;
    this.boundaryShare = cumulativeShares(before, m);
    this.nextFilled = nextFilledCells(before);
    this.#grouped = grouped;
    this.#sorted = new Uint8Array(cells);
    this.#smallestTies = new Int32Array(cells);
  }

  /**
   * The cell of x: 0 below the reference's minimum, G + 1 above its maximum, else 1 + ⌊(x − min)·G/(max − min)⌋
   * (at most G). Non-decreasing in x (each floating-point step is), so cells order values.
   */
  cellOf(x: number): number {
    if (x < this.lo) return 0;
    if (x > this.hi) return this.widths + 1;
    const t = (x - this.lo) * this.scale;
    return t < this.widths ? (t | 0) + 1 : this.widths;
  }

  /** How many times the smallest value of cell g occurs in it (0 for an empty cell). */
  smallestTies(g: number): number {
    let ties = this.#smallestTies[g];
    if (ties === 0) {
      const from = this.before[g];
      const to = this.before[g + 1];
      let smallest = Infinity;
      ties = 0;
      for (let i = from; i < to; i++) {
        const x = this.#grouped[i];
        if (x < smallest) {
          smallest = x;
          ties = 1;
        } else if (x === smallest) ties++;
      }
      this.#smallestTies[g] = ties;
    }
    return ties;
  }

  /** The reference values of cell g, ascending (sorted on first use, then kept). */
  sortedCell(g: number): Float64Array {
    const cell = this.#grouped.subarray(this.before[g], this.before[g + 1]);
    if (this.#sorted[g] === 0) {
      if (cell.length > INSERTION_MAX) cell.sort();
      else insertionSort(cell);
      this.#sorted[g] = 1;
    }
    return cell;
  }

  /** The k-th smallest reference value (k = 0…m − 1): sorted(r)[k]. */
  valueAtRank(k: number): number {
    // The last cell g with before[g] ≤ k, by bisection over the cell counts.
    let a = 0;
    let b = this.cells - 1;
    while (a < b) {
      const mid = (a + b + 1) >> 1;
      if (this.before[mid] <= k) a = mid;
      else b = mid - 1;
    }
    return this.sortedCell(a)[k - this.before[a]];
  }

  /** #{r ≤ x}. */
  countAtMost(x: number): number {
    const g = this.cellOf(x);
    const cell = this.sortedCell(g);
    let k = 0;
    while (k < cell.length && cell[k] <= x) k++;
    return this.before[g] + k;
  }
}

function insertionSort(a: Float64Array): void {
  for (let i = 1; i < a.length; i++) {
    const x = a[i];
    let j = i - 1;
    while (j >= 0 && a[j] > x) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = x;
  }
}

/**
 * Counting sort of the values by cell (cells as in GridReference.cellOf; the values lie in [lo, hi]):
 * before[g] = number of values in cells < g, and the values laid out cell after cell, each cell's in input order.
 */
function groupIntoCells(values: Float64Array, lo: number, scale: number, widths: number): { before: Int32Array; grouped: Float64Array } {
  const m = values.length;
  const cells = widths + 2;
  const before = new Int32Array(cells + 1);
  // The cell of a value is computed twice (counting, then placing): cheaper than keeping m cell numbers.
  for (let i = 0; i < m; i++) {
    const t = (values[i] - lo) * scale;
    before[(t < widths ? (t | 0) + 1 : widths) + 1]++;
  }
  for (let g = 0; g < cells; g++) before[g + 1] += before[g];
  const grouped = new Float64Array(m);
  const next = before.slice(0, cells);
  for (let i = 0; i < m; i++) {
    const x = values[i];
    const t = (x - lo) * scale;
    grouped[next[t < widths ? (t | 0) + 1 : widths]++] = x;
  }
  return { before, grouped };
}

/** Smallest and largest of the values; a clear error for an empty sample or a non-finite value. */
function finiteRange(values: Float64Array): { lo: number; hi: number } {
  if (values.length === 0) throw new RangeError('A reference needs at least one value');
  let lo = Infinity;
  let hi = -Infinity;
  // x·0 is 0 for a finite x and NaN for NaN or ±∞: one test after the loop instead of one per value.
  let nonFinite = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    nonFinite += x * 0;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
  }
  if (nonFinite !== 0) throw new RangeError('Reference values must be finite numbers');
  return { lo, hi };
}

/** before[g]/m for every g. */
function cumulativeShares(before: Int32Array, m: number): Float64Array {
  const out = new Float64Array(before.length);
  for (let g = 0; g < before.length; g++) out[g] = before[g] / m;
  return out;
}

/** For each g = 0…cells: the first cell ≥ g with values (cells when none), from the cell starts `before`. */
function nextFilledCells(before: Int32Array): Int32Array {
  const cells = before.length - 1;
  const out = new Int32Array(cells + 1);
  out[cells] = cells;
  for (let g = cells - 1; g >= 0; g--) out[g] = before[g + 1] > before[g] ? g : out[g + 1];
  return out;
}
