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
    this.#table = new Int32Array(GRID + 1);
    let k = 0;
    for (let g = 0; g <= GRID; g++) {
      const edge = this.#lo + g / this.#scale;
      while (k < m && r[k] <= edge) k++;
      this.#table[g] = span > 0 ? k : 0;
    }
    this.validNext = new Int32Array(m + 2).fill(-1);
    this.validPrev = new Int32Array(m + 1).fill(-1);
    const valid = (k: number) => k >= 1 && k <= m && (k === m || r[k - 1] < r[k]);
    for (let k = 0, last = -1; k <= m; k++) this.validPrev[k] = last = valid(k) ? k : last;
    for (let k = m, next = -1; k >= 0; k--) this.validNext[k] = next = valid(k) ? k : next;
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
 */
export class KsDay {
  readonly #ref: KsReference;
  readonly #count: Int32Array;
  readonly #min: Float64Array;
  readonly #minCount: Int32Array;
  readonly #bits: Uint32Array;
  #n = 0;

  constructor(ref: KsReference) {
    this.#ref = ref;
    this.#count = new Int32Array(ref.m + 1);
    this.#min = new Float64Array(ref.m + 1);
    this.#minCount = new Int32Array(ref.m + 1);
    this.#bits = new Uint32Array((ref.m >> 5) + 1);
  }

  /** Counts one value of the day. */
  add(x: number): void {
    const k = this.#ref.cellOf(x);
    const word = k >> 5;
    const bit = 1 << (k & 31);
    this.#n++;
    if ((this.#bits[word] & bit) === 0) {
      this.#bits[word] |= bit;
      this.#count[k] = 1;
      this.#min[k] = x;
      this.#minCount[k] = 1;
    } else {
      this.#count[k]++;
      if (x < this.#min[k]) {
        this.#min[k] = x;
        this.#minCount[k] = 1;
      } else if (x === this.#min[k]) this.#minCount[k]++;
    }
  }

  /** D of the values added since the last call (at least one), then forgets them. */
  statistic(): number {
    const { r, m, validNext, validPrev } = this.#ref;
    const n = this.#n;
    let d = 0;
    let below = 0;
    let from = 0;
    const gapAt = (k: number, t: number) => {
      const g = Math.abs(k / m - t / n);
      if (g > d) d = g;
    };
    /** Reference values with counts in [a, b], where the day's count below them is `below` throughout. */
    const refRun = (a: number, b: number) => {
      if (a > b) return;
      const first = validNext[a];
      if (first !== -1 && first <= b) gapAt(first, below);
      const last = validPrev[b];
      if (last !== -1 && last >= a) gapAt(last, below);
    };
    const bits = this.#bits;
    for (let w = 0; w < bits.length; w++) {
      let word = bits[w];
      while (word !== 0) {
        const low = word & -word;
        const k = (w << 5) + 31 - Math.clz32(low);
        word ^= low;
        refRun(from, k - 1);
        if (k >= 1 && validPrev[k] === k) gapAt(k, below + (this.#min[k] === r[k - 1] ? this.#minCount[k] : 0));
        gapAt(k, below + this.#minCount[k]);
        below += this.#count[k];
        gapAt(k, below);
        from = k + 1;
      }
      bits[w] = 0;
    }
    refRun(from, m);
    this.#n = 0;
    return d;
  }
}
