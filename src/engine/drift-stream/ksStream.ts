// The two-sample KS statistic of a day against a fixed reference, without sorting either: each day value is
// counted into the reference's cell (gridReference.ts), D is bounded block by block and then cell by cell from
// the counts, and only the few cells where the bound beats the best gap found are sorted and merged.
// Same D as ksStatistic, to the bit.
import { MAX_CELLS, type GridReference } from './gridReference';

/** Cells per block: the walk visits blocks (a few hundred a day) and only opens those where D may lie. */
const BLOCK_BITS = 4;
const BLOCK = 1 << BLOCK_BITS;

/**
 * Accumulates one day of values against a GridReference and returns D = max over every value v of either
 * sample of |#{r ≤ v}/m − #{x ≤ v}/n|: exactly ksStatistic(sorted reference, sorted day), ties included.
 *
 * Everything rests on one fact: cells (and blocks of 16 cells) order values, so the counts of both samples
 * through any block or cell are known exactly from the counts per cell. Hence, in order:
 * - a run without day values holds only reference values, where the day's CDF is constant, so its largest
 *   gap is at its first or last distinct value (known from the counts and each cell's count of its smallest);
 * - a block or cell with day values has an exact gap at its largest value (both counts through it are known)
 *   and an upper bound for every other point in it (the counts lie between those before and through it);
 * - only blocks whose bound beats the largest exact gap found are opened, cell by cell, and only cells whose
 *   bound still beats it are sorted and merged as ksStatistic merges, largest bound first.
 * One KsDay serves one reference at a time (use()); its buffers are kept from day to day and reference to reference.
 */
export class KsDay {
  #ref: GridReference | null = null;
  #values = new Float64Array(1024);
  #cellOfValue = new Int32Array(1024);
  #n = 0;
  /** Day values per cell and per block; back to 0 after each statistic(). */
  readonly #count = new Int32Array(MAX_CELLS + 2);
  readonly #blockCount = new Int32Array(((MAX_CELLS + 2) >> BLOCK_BITS) + 1);
  /** A candidate cell's slot in the gathering buffer, −1 otherwise (reset after use). */
  readonly #slot = new Int32Array(MAX_CELLS + 2).fill(-1);
  /** Candidate blocks, then candidate cells, as flat triples: [block or cell, day count before it, bound]. */
  readonly #blocks: number[] = [];
  readonly #cells: number[] = [];
  #gathered = new Float64Array(1024);
  /** t/n for t = 0…n, for the day size n of the last statistic() (the same floats as dividing each time). */
  #dayShare = new Float64Array(1);

  constructor(ref?: GridReference) {
    if (ref) this.use(ref);
  }

  /** Compares the following days with `ref` (between days: nothing may be pending). */
  use(ref: GridReference): void {
    if (this.#n !== 0) throw new Error('KsDay.use: values of a day are still pending');
    this.#ref = ref;
  }

  get #grid(): GridReference {
    if (!this.#ref) throw new Error('KsDay: no reference (call use() first)');
    return this.#ref;
  }

  /** Counts one value of the day; returns its cell. */
  add(x: number): number {
    const g = this.#grid.cellOf(x);
    if (this.#n === this.#values.length) this.#grow(this.#n + 1);
    this.#values[this.#n] = x;
    this.#cellOfValue[this.#n] = g;
    this.#n++;
    this.#count[g]++;
    this.#blockCount[g >> BLOCK_BITS]++;
    return g;
  }

  /**
   * Counts values[from…to − 1], as add() does one by one: the monitors' hot loop, with the cell function
   * (GridReference.cellOf) and every array in locals.
   */
  addAll(values: Float64Array, from: number, to: number): void {
    if (this.#n + (to - from) > this.#values.length) this.#grow(this.#n + (to - from));
    this.#n = countInto(values, from, to, this.#grid, this.#values, this.#cellOfValue, this.#count, this.#blockCount, this.#n);
  }

  /** The cells of the values added since the last statistic(), in the order they were added. */
  cellsOfDay(): Int32Array {
    return this.#cellOfValue.subarray(0, this.#n);
  }

  #grow(size: number): void {
    const capacity = Math.max(size, 2 * this.#values.length);
    const values = new Float64Array(capacity);
    const cells = new Int32Array(capacity);
    values.set(this.#values);
    cells.set(this.#cellOfValue);
    this.#values = values;
    this.#cellOfValue = cells;
  }

  /** t/n for t = 0…n. */
  #sharesOf(n: number): Float64Array {
    if (this.#dayShare.length !== n + 1) {
      this.#dayShare = new Float64Array(n + 1);
      for (let t = 0; t <= n; t++) this.#dayShare[t] = t / n;
    }
    return this.#dayShare;
  }

  /**
   * The largest gap at the reference values of cells [a, b] (no day values there) when the day's CDF there is
   * `dayShare`: at their smallest or largest distinct value, as |k/m − dayShare| is convex in k.
   */
  #refRun(a: number, b: number, dayShare: number, best: number): number {
    const grid = this.#ref!;
    const { before, boundaryShare, nextFilled, m } = grid;
    if (a > b || before[b + 1] === before[a]) return best;
    const first = nextFilled[a];
    const smallest = before[first] + grid.smallestTies(first);
    return Math.max(best, Math.abs(smallest / m - dayShare), Math.abs(boundaryShare[b + 1] - dayShare));
  }

  /** D of the values added since the last call (at least one), then forgets them. */
  statistic(): number {
    const { boundaryShare, cells } = this.#grid;
    const n = this.#n;
    if (n === 0) throw new RangeError('KsDay.statistic needs at least one value');
    const dayShare = this.#sharesOf(n);
    const blockCount = this.#blockCount;
    const blocks = this.#blocks;
    blocks.length = 0;
    this.#cells.length = 0;
    // Gaps are |k/m − t/n| computed as ksStatistic does (the same floats, so the same D to the last bit).
    let best = 0;
    let below = 0;
    let from = 0;
    const blockTotal = (cells + BLOCK - 1) >> BLOCK_BITS;
    for (let b = 0; b < blockTotal; b++) {
      const inBlock = blockCount[b];
      if (inBlock === 0) continue;
      const g0 = b << BLOCK_BITS;
      const g1 = Math.min(cells, g0 + BLOCK);
      best = this.#refRun(from, g0 - 1, dayShare[below], best);
      const dayThrough = below + inBlock;
      best = Math.max(best, Math.abs(boundaryShare[g1] - dayShare[dayThrough]));
      const bound = Math.max(boundaryShare[g1] - dayShare[below], dayShare[dayThrough] - boundaryShare[g0]);
      if (bound > best) blocks.push(b, below, bound);
      below = dayThrough;
      from = g1;
    }
    best = this.#refRun(from, cells - 1, dayShare[below], best);
    for (const b of byBound(blocks, best)) {
      if (blocks[b + 2] <= best) break;
      best = this.#openBlock(blocks[b], blocks[b + 1], best);
    }
    best = this.#refine(best);
    this.#count.fill(0, 0, cells);
    blockCount.fill(0);
    this.#n = 0;
    return best;
  }

  /** The cell-level walk inside block b (day count `below` before it): exact gaps, and candidate cells. */
  #openBlock(b: number, below: number, best: number): number {
    const { boundaryShare, cells } = this.#ref!;
    const dayShare = this.#dayShare;
    const count = this.#count;
    const g0 = b << BLOCK_BITS;
    const g1 = Math.min(cells, g0 + BLOCK);
    let from = g0;
    for (let g = g0; g < g1; g++) {
      const inCell = count[g];
      if (inCell === 0) continue;
      best = this.#refRun(from, g - 1, dayShare[below], best);
      const dayThrough = below + inCell;
      best = Math.max(best, Math.abs(boundaryShare[g + 1] - dayShare[dayThrough]));
      const bound = Math.max(boundaryShare[g + 1] - dayShare[below], dayShare[dayThrough] - boundaryShare[g]);
      if (bound > best) this.#cells.push(g, below, bound);
      below = dayThrough;
      from = g + 1;
    }
    return this.#refRun(from, g1 - 1, dayShare[below], best);
  }

  /** Merges the candidate cells whose bound exceeds `best`, largest bound first; returns the new best. */
  #refine(best: number): number {
    const order = byBound(this.#cells, best);
    if (order.length === 0) return best;
    const starts = this.#gather(order);
    for (let i = 0; i < order.length; i++) {
      const c = order[i];
      if (this.#cells[c + 2] <= best) break;
      const day = this.#gathered.subarray(starts[i], starts[i + 1]).sort();
      best = this.#mergeCell(this.#cells[c], this.#cells[c + 1], day, best);
    }
    return best;
  }

  /** Copies the day values of the candidate cells (at offsets `order` of #cells) into #gathered, cell by cell. */
  #gather(order: number[]): Int32Array {
    const slot = this.#slot;
    const count = this.#count;
    const starts = new Int32Array(order.length + 1);
    order.forEach((c, i) => {
      const g = this.#cells[c];
      slot[g] = i;
      starts[i + 1] = starts[i] + count[g];
    });
    if (this.#gathered.length < starts[order.length]) this.#gathered = new Float64Array(2 * starts[order.length]);
    const next = starts.slice(0, order.length);
    const cellOfValue = this.#cellOfValue;
    const values = this.#values;
    for (let i = 0; i < this.#n; i++) {
      const s = slot[cellOfValue[i]];
      if (s !== -1) this.#gathered[next[s]++] = values[i];
    }
    for (const c of order) slot[this.#cells[c]] = -1;
    return starts;
  }

  /** ksStatistic's merge over one cell, counting on from the day's count before the cell. */
  #mergeCell(g: number, dayBefore: number, day: Float64Array, best: number): number {
    const grid = this.#ref!;
    const ref = grid.sortedCell(g);
    const refBefore = grid.before[g];
    const { m } = grid;
    const n = this.#n;
    const a = ref.length;
    const b = day.length;
    let i = 0;
    let j = 0;
    while (i < a || j < b) {
      const v = j >= b || (i < a && ref[i] <= day[j]) ? ref[i] : day[j];
      while (i < a && ref[i] <= v) i++;
      while (j < b && day[j] <= v) j++;
      best = Math.max(best, Math.abs((refBefore + i) / m - (dayBefore + j) / n));
    }
    return best;
  }
}

/**
 * The loop of KsDay.addAll as a plain function of its arrays (V8 runs it markedly faster than as a method):
 * keeps values[from…to − 1] and their cells from position k on, counts them per cell and per block; returns
 * the new number kept.
 */
function countInto(values: Float64Array, from: number, to: number, grid: GridReference, kept: Float64Array, cellOfValue: Int32Array, count: Int32Array, blockCount: Int32Array, k: number): number {
  const { lo, hi, widths, scale } = grid;
  for (let i = from; i < to; i++) {
    const x = values[i];
    let g: number;
    if (x < lo) g = 0;
    else if (x > hi) g = widths + 1;
    else {
      const t = (x - lo) * scale;
      g = t < widths ? (t | 0) + 1 : widths;
    }
    kept[k] = x;
    cellOfValue[k] = g;
    k++;
    count[g]++;
    blockCount[g >> BLOCK_BITS]++;
  }
  return k;
}

/** Offsets of the triples [key, count, bound] whose bound exceeds `best`, largest bound first. */
function byBound(triples: number[], best: number): number[] {
  const order: number[] = [];
  for (let t = 0; t < triples.length; t += 3) if (triples[t + 2] > best) order.push(t);
  return order.sort((a, b) => triples[b + 2] - triples[a + 2]);
}
