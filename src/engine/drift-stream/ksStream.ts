// The two-sample KS statistic of a day against a fixed reference, without sorting either: each day value is
// counted into the reference's cell (gridReference.ts), D is bounded cell by cell from the counts, and only
// the few cells where the bound beats the best gap found are sorted and merged. Same D as ksStatistic, to the bit.
import type { GridReference } from './gridReference';

/** A cell whose largest gap may exceed the best one found: its number, the day's counts before and in it, its bound. */
interface Candidate {
  cell: number;
  dayBefore: number;
  dayCount: number;
  bound: number;
}

/**
 * Accumulates one day of values against a GridReference and returns D = max over every value v of either
 * sample of |#{r ≤ v}/m − #{x ≤ v}/n|: exactly ksStatistic(sorted reference, sorted day), ties included.
 *
 * Cells in order: a run of cells without day values holds only reference values, where the day's CDF is
 * constant, so its largest gap is at its first or last distinct value (known from the cell counts and each
 * cell's count of its smallest value). A cell with day values has an exact gap at its largest value (both
 * counts through the cell are known) and an upper bound for the rest; it is sorted and merged only when that
 * bound exceeds the largest exact gap found, largest bound first.
 */
export class KsDay {
  readonly #ref: GridReference;
  #values = new Float64Array(1024);
  #cellOfValue = new Int32Array(1024);
  #n = 0;
  /** Day values per cell; back to 0 after each statistic(). */
  readonly #count: Int32Array;
  /** One bit per cell with day values, so statistic() visits touched cells in order. */
  readonly #touched: Uint32Array;
  /** A candidate cell's slot in the gathering buffer, −1 otherwise (reset after use). */
  readonly #slot: Int32Array;
  #candidates: Candidate[] = [];
  #gathered = new Float64Array(1024);
  /** t/n for t = 0…n, for the day size n of the last statistic() (the same floats as dividing each time). */
  #dayShare = new Float64Array(1);

  constructor(ref: GridReference) {
    this.#ref = ref;
    this.#count = new Int32Array(ref.cells);
    this.#touched = new Uint32Array((ref.cells >> 5) + 1);
    this.#slot = new Int32Array(ref.cells).fill(-1);
  }

  /** Counts one value of the day; returns its cell (the monitors bin it for PSI from there). */
  add(x: number): number {
    const g = this.#ref.cellOf(x);
    if (this.#n === this.#values.length) this.#grow();
    this.#values[this.#n] = x;
    this.#cellOfValue[this.#n] = g;
    this.#n++;
    this.#count[g]++;
    this.#touched[g >> 5] |= 1 << (g & 31);
    return g;
  }

  #grow(): void {
    const values = new Float64Array(2 * this.#values.length);
    const cells = new Int32Array(2 * this.#values.length);
    values.set(this.#values);
    cells.set(this.#cellOfValue);
    this.#values = values;
    this.#cellOfValue = cells;
  }

  /**
   * The largest gap at the reference values of cells [a, b] (no day values there) when the day's count below
   * them is `below`: at their smallest or largest distinct value, as |k/m − below/n| is convex in k.
   */
  #refRun(a: number, b: number, dayShare: number, best: number): number {
    const { before, boundaryShare, nextFilled, m } = this.#ref;
    if (a > b || before[b + 1] === before[a]) return best;
    const first = nextFilled[a];
    const smallest = before[first] + this.#ref.smallestTies(first);
    return Math.max(best, Math.abs(smallest / m - dayShare), Math.abs(boundaryShare[b + 1] - dayShare));
  }

  /** t/n for t = 0…n. */
  #sharesOf(n: number): Float64Array {
    if (this.#dayShare.length !== n + 1) {
      this.#dayShare = new Float64Array(n + 1);
      for (let t = 0; t <= n; t++) this.#dayShare[t] = t / n;
    }
    return this.#dayShare;
  }

  /** D of the values added since the last call (at least one), then forgets them. */
  statistic(): number {
    const { boundaryShare, cells } = this.#ref;
    const n = this.#n;
    const dayShare = this.#sharesOf(n);
    const count = this.#count;
    const touched = this.#touched;
    const candidates = this.#candidates;
    candidates.length = 0;
    // Gaps are |k/m − t/n| computed as ksStatistic does (the same floats, so the same D to the last bit).
    let best = 0;
    let below = 0;
    let from = 0;
    for (let w = 0; w < touched.length; w++) {
      let word = touched[w];
      while (word !== 0) {
        const low = word & -word;
        const g = (w << 5) + 31 - Math.clz32(low);
        word ^= low;
        best = this.#refRun(from, g - 1, dayShare[below], best);
        const refBefore = boundaryShare[g];
        const refThrough = boundaryShare[g + 1];
        const dayThrough = below + count[g];
        // At the cell's largest value both counts are the counts through the cell.
        best = Math.max(best, Math.abs(refThrough - dayShare[dayThrough]));
        // Anywhere in the cell the counts lie between those before it and those through it.
        const bound = Math.max(refThrough - dayShare[below], dayShare[dayThrough] - refBefore);
        if (bound > best) candidates.push({ cell: g, dayBefore: below, dayCount: count[g], bound });
        count[g] = 0;
        below = dayThrough;
        from = g + 1;
      }
      touched[w] = 0;
    }
    best = this.#refRun(from, cells - 1, dayShare[below], best);
    best = this.#refine(best);
    this.#n = 0;
    return best;
  }

  /** Merges the candidate cells whose bound exceeds `best`, largest bound first; returns the new best. */
  #refine(best: number): number {
    const live = this.#candidates.filter((c) => c.bound > best);
    if (live.length === 0) return best;
    live.sort((a, b) => b.bound - a.bound);
    const starts = this.#gather(live);
    for (let i = 0; i < live.length && live[i].bound > best; i++) {
      const day = this.#gathered.subarray(starts[i], starts[i + 1]).sort();
      best = this.#mergeCell(live[i].cell, live[i].dayBefore, day, best);
    }
    return best;
  }

  /** Copies the day values of the candidate cells into #gathered, cell by cell; returns each cell's start. */
  #gather(live: Candidate[]): Int32Array {
    const slot = this.#slot;
    const starts = new Int32Array(live.length + 1);
    live.forEach((c, i) => {
      slot[c.cell] = i;
      starts[i + 1] = starts[i] + c.dayCount;
    });
    if (this.#gathered.length < starts[live.length]) this.#gathered = new Float64Array(2 * starts[live.length]);
    const next = starts.slice(0, live.length);
    for (let i = 0; i < this.#n; i++) {
      const s = slot[this.#cellOfValue[i]];
      if (s !== -1) this.#gathered[next[s]++] = this.#values[i];
    }
    for (const c of live) slot[c.cell] = -1;
    return starts;
  }

  /** ksStatistic's merge over one cell, counting on from the reference and day counts before the cell. */
  #mergeCell(g: number, dayBefore: number, day: Float64Array, best: number): number {
    const ref = this.#ref.sortedCell(g);
    const refBefore = this.#ref.before[g];
    const { m } = this.#ref;
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
