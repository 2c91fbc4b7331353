// The two-sample KS statistic of a day against a fixed, sorted reference without sorting the day: each
// value is counted into the reference cell it falls in (a grid lookup, then a short scan), and D is read
// from the touched cells in order (a bitmap), so a day costs O(n + m/32) instead of a sort and an O(n + m) merge.

/** Grid cells per reference for the cell lookup (about m/GRID reference values per grid cell). */
const GRID = 8192;

/**
 * A reference prepared for streaming KS: r sorted ascending (m values). Cell k (0…m) holds the values x with
 * #{r ≤ x} = k. `validNext[k]` / `validPrev[k]` are the nearest k' ≥ k / ≤ k that are a distinct reference
 * value's count (#{r ≤ r[k'−1]} = k'), or −1 when there is none.
 */
export class KsReference {
  readonly r: Float64Array;
  readonly m: number;
  readonly #lo: number;
  readonly #scale: number;
  readonly #table: Int32Array;
  readonly validNext: Int32Array;
  readonly validPrev: Int32Array;

  constructor(sorted: Float64Array) {
    const r = sorted;
    const m = r.length;
    this.r = r;
    this.m = m;
    this.#lo = r[0];
    const span = r[m - 1] - r[0];
    this.#scale = span > 0 ? GRID / span : 0;
    // Built once a reference (weekly or on promotion), in locals: the fields are read back in cellOf only.
    const lo = r[0];
    const scale = this.#scale;
    const table = new Int32Array(GRID + 1);
    if (span > 0) {
      let k = 0;
      for (let g = 0; g <= GRID; g++) {
        const edge = lo + g / scale;
        while (k < m && r[k] <= edge) k++;
        table[g] = k;
      }
    }
    this.#table = table;
    // Cell k is a distinct reference value's count when k = m or r[k − 1] < r[k] (k ≥ 1).
    const valid = new Uint8Array(m + 1);
    for (let k = 1; k < m; k++) valid[k] = r[k - 1] < r[k] ? 1 : 0;
    if (m >= 1) valid[m] = 1;
    const validPrev = new Int32Array(m + 1);
    const validNext = new Int32Array(m + 2);
    validNext[m + 1] = -1;
    for (let k = 0, last = -1; k <= m; k++) validPrev[k] = last = valid[k] ? k : last;
    for (let k = m, next = -1; k >= 0; k--) validNext[k] = next = valid[k] ? k : next;
    this.validPrev = validPrev;
    this.validNext = validNext;
  }

  /** #{r ≤ x}: the cell of x. */
  cellOf(x: number): number {
    const r = this.r;
    const m = this.m;
    if (x < r[0]) return 0;
    if (x >= r[m - 1]) return m;
    let k = this.#table[Math.min(GRID, Math.floor((x - this.#lo) * this.#scale))];
    while (k > 0 && r[k - 1] > x) k--;
    while (k < m && r[k] <= x) k++;
    return k;
  }
}

/**
 * Accumulates one day of values against a KsReference and returns D = max over every value v of either
 * sample of |#{r ≤ v}/m − #{x ≤ v}/n|: exactly ksStatistic(reference, sorted day), ties included. Per cell it
 * keeps the count, the smallest value and how often that value occurs: inside a cell the reference CDF is
 * constant, so the largest gap is at the cell's smallest or largest day value, or at a reference value.
 * The three numbers of a cell sit side by side in one array (one cache line per value added: the cells of a
 * 19,000-value reference do not fit in the first-level cache).
 */
export class KsDay {
  readonly #ref: KsReference;
  /** Cell k's [count, smallest value, count of the smallest value] at 3k, 3k + 1, 3k + 2. */
  readonly #cells: Float64Array;
  readonly #bits: Uint32Array;
  #n = 0;

  constructor(ref: KsReference) {
    this.#ref = ref;
    this.#cells = new Float64Array(3 * (ref.m + 1));
    this.#bits = new Uint32Array((ref.m >> 5) + 1);
  }

  /** Counts one value of the day; returns its cell #{r ≤ x} (the monitors bin it for PSI from there). */
  add(x: number): number {
    const k = this.#ref.cellOf(x);
    const word = k >> 5;
    const bit = 1 << (k & 31);
    const c = this.#cells;
    const at = 3 * k;
    this.#n++;
    if ((this.#bits[word] & bit) === 0) {
      this.#bits[word] |= bit;
      c[at] = 1;
      c[at + 1] = x;
      c[at + 2] = 1;
    } else {
      c[at]++;
      if (x < c[at + 1]) {
        c[at + 1] = x;
        c[at + 2] = 1;
      } else if (x === c[at + 1]) c[at + 2]++;
    }
    return k;
  }

  /**
   * The largest gap at the reference values with counts in [a, b] when the day's count below them is `below`
   * throughout: at the first or the last distinct one (the gap is monotone in the reference count there).
   */
  #refRun(a: number, b: number, below: number, n: number, best: number): number {
    if (a > b) return best;
    const { m, validNext, validPrev } = this.#ref;
    const first = validNext[a];
    if (first !== -1 && first <= b) best = Math.max(best, Math.abs(first / m - below / n));
    const last = validPrev[b];
    if (last !== -1 && last >= a) best = Math.max(best, Math.abs(last / m - below / n));
    return best;
  }

  /** D of the values added since the last call (at least one), then forgets them. */
  statistic(): number {
    const { r, m, validPrev } = this.#ref;
    const n = this.#n;
    const c = this.#cells;
    const bits = this.#bits;
    // Gaps are |k/m − t/n| computed as ksStatistic does (the same floats, so the same D to the last bit).
    let best = 0;
    let below = 0;
    let from = 0;
    for (let w = 0; w < bits.length; w++) {
      let word = bits[w];
      while (word !== 0) {
        const low = word & -word;
        const k = (w << 5) + 31 - Math.clz32(low);
        word ^= low;
        best = this.#refRun(from, k - 1, below, n, best);
        const at = 3 * k;
        const km = k / m;
        // At the reference value r[k − 1] when it is the last of its ties (the day's values equal to it count).
        if (k >= 1 && validPrev[k] === k) best = Math.max(best, Math.abs(km - (below + (c[at + 1] === r[k - 1] ? c[at + 2] : 0)) / n));
        // At the cell's smallest day value, then at its largest.
        best = Math.max(best, Math.abs(km - (below + c[at + 2]) / n));
        below += c[at];
        best = Math.max(best, Math.abs(km - below / n));
        from = k + 1;
      }
      bits[w] = 0;
    }
    best = this.#refRun(from, m, below, n, best);
    this.#n = 0;
    return best;
  }
}
