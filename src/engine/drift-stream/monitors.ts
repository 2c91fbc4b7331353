// Streaming drift monitors for the Drift lab: each day's sessions against the champion's training window.
// A reference is grouped into cells once (gridReference.ts, no full sort); a day is counted into preallocated
// typed arrays, then PSI, KS and chi-square are computed from the counts with the drift report's exact functions.
import { ksPValue } from '../drift/ks';
import { psiFromCounts, quantileEdgesAt } from '../drift/psi';
import { chiSquareHomogeneity } from '../drift/chiSquareHomogeneity';
import { DEVICES, FEATURES, GENRES, type ThresholdMode } from './config';
import { GridReference } from './gridReference';
import { KsDay } from './ksStream';
import { psiThreshold } from './thresholds';
import { dayStart, type Stream } from './stream';

/**
 * Share given to an empty bin in the lab's PSI: half a session of the day, 0.5/n. The drift report's 1e-4
 * suits files of thousands of rows; on a day of 50 sessions one empty decile would add (0.1 − 1e-4)·ln(1000) ≈ 0.69
 * to PSI by itself, an alarm made by the ε rather than by the data.
 */
export const emptyShare = (n: number): number => 0.5 / n;

/** A monitoring reference: the sessions of days [from, to] (a model's training window). */
export interface Reference {
  m: number;
  /** The reference values of the numeric features (watch minutes, hour) in cells. */
  grids: [GridReference, GridReference];
  /** PSI bin edges of the numeric features: the reference's deciles (quantileEdgesAt, as quantileEdges on the sorted values). */
  edges: [number[], number[]];
  /** Reference counts per bin (numeric) or per category (device, genre), in FEATURES order. */
  counts: Float64Array[];
  /** The PSI alarm line per feature for days of n events. */
  thresholds: Float64Array;
  /**
   * Per numeric feature and reference cell: the number of edges in earlier cells, all below every value of
   * the cell, i.e. the PSI bin every value of the cell reaches; binOf's scan starts there.
   */
  binFloor: [Uint8Array, Uint8Array];
}

/** For each cell of a grid: the number of edges lying in earlier cells. */
function binFloors(grid: GridReference, edges: readonly number[]): Uint8Array {
  const out = new Uint8Array(grid.cells);
  for (const e of edges) {
    const g = grid.cellOf(e) + 1;
    if (g < grid.cells) out[g]++;
  }
  for (let g = 1; g < grid.cells; g++) out[g] += out[g - 1];
  return out;
}

/** Reference counts in the PSI bins (−∞, e0], (e0, e1], …, (e_last, ∞): countInBins on the sorted values. */
function countsInBins(grid: GridReference, edges: readonly number[]): Float64Array {
  const counts = new Float64Array(edges.length + 1);
  let below = 0;
  edges.forEach((e, b) => {
    const atMost = grid.countAtMost(e);
    counts[b] = atMost - below;
    below = atMost;
  });
  counts[edges.length] = grid.m - below;
  return counts;
}

/** Builds the reference of days [from, to] for days of n events under a threshold mode. */
export function buildReference(s: Stream, from: number, to: number, mode: ThresholdMode): Reference {
  const n = s.eventsPerDay;
  const a = dayStart(from, n);
  const b = dayStart(to + 1, n);
  const grids: [GridReference, GridReference] = [new GridReference(s.watch.subarray(a, b)), new GridReference(s.hour.subarray(a, b))];
  const edges = grids.map((g) => quantileEdgesAt(g.m, (k) => g.valueAtRank(k))) as [number[], number[]];
  const dev = new Float64Array(DEVICES.length);
  const gen = new Float64Array(GENRES.length);
  countCategories(s.device, s.genre, a, b, new Int32Array(DEVICES.length * GENRES.length), dev, gen);
  const counts = [countsInBins(grids[0], edges[0]), countsInBins(grids[1], edges[1]), dev, gen];
  const m = b - a;
  const thresholds = Float64Array.from(counts, (c) => psiThreshold(mode, c.length, n, m));
  const binFloor: [Uint8Array, Uint8Array] = [binFloors(grids[0], edges[0]), binFloors(grids[1], edges[1])];
  return { m, grids, edges, counts, thresholds, binFloor };
}

/** One day's monitor values per feature (FEATURES order); KS for numeric, chi-square for categorical features. */
export interface DayMonitors {
  psi: Float64Array;
  /** KS D (numeric) or Pearson's χ² (categorical). */
  statistic: Float64Array;
  /** KS p-value as scipy's ks_2samp (numeric) or chi2_contingency(correction=False)'s (categorical). */
  pValue: Float64Array;
}

/**
 * Index of the PSI bin (−∞, e0], (e0, e1], …, (e_last, ∞) holding x: the number of edges below x, counted on
 * from `from` edges already known to be below x.
 */
function binOf(edges: readonly number[], x: number, from: number): number {
  let b = from;
  while (b < edges.length && x > edges[b]) b++;
  return b;
}

/** Device and genre counts of sessions [start, end), through the counts of their pairs. */
function countCategories(device: Uint8Array, genre: Uint8Array, start: number, end: number, pairs: Int32Array, devices: Float64Array, genres: Float64Array): void {
  const k = genres.length;
  pairs.fill(0);
  for (let i = start; i < end; i++) pairs[device[i] * k + genre[i]]++;
  for (let p = 0; p < pairs.length; p++) {
    devices[(p / k) | 0] += pairs[p];
    genres[p % k] += pairs[p];
  }
}

/** Counts values[start + i] into its PSI bin for each i, knowing its reference cell cells[i]. */
function countBins(values: Float64Array, start: number, cells: Int32Array, edges: readonly number[], binFloor: Uint8Array, counts: Float64Array): void {
  for (let i = 0; i < cells.length; i++) counts[binOf(edges, values[start + i], binFloor[cells[i]])]++;
}

/** The two count rows without categories empty in both (scipy refuses zero expected counts; they carry no signal). */
function nonEmptyRows(ref: Float64Array, cur: Float64Array): [number[], number[]] {
  const r: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < ref.length; i++) {
    if (ref[i] + cur[i] > 0) {
      r.push(ref[i]);
      c.push(cur[i]);
    }
  }
  return [r, c];
}

/**
 * A reusable per-day monitor: `observe(stream, day, ref)` counts the day's n events into PSI bins, categories
 * and the reference's cells (one pass, no sort, no allocation per event), then fills `out` with PSI
 * (psiFromCounts over the reference's bins, an empty bin's share set to emptyShare(n)), KS (the streaming D,
 * equal to ksStatistic's, with ksPValue: exactly ks2Samp's numbers) and chi-square (as chiSquareHomogeneity).
 */
export class DayMonitor {
  readonly out: DayMonitors;
  #counts: Float64Array[];
  /** Streaming KS accumulators of the numeric features (ksStream.ts), pointed at the reference of the day. */
  readonly #ks: [KsDay, KsDay] = [new KsDay(), new KsDay()];
  #reference: Reference | null = null;
  /** Sessions per (device, genre) pair of the day: one count per session instead of two. */
  readonly #pairs = new Int32Array(DEVICES.length * GENRES.length);

  constructor() {
    const k = FEATURES.length;
    this.out = { psi: new Float64Array(k), statistic: new Float64Array(k), pValue: new Float64Array(k) };
    this.#counts = [new Float64Array(11), new Float64Array(11), new Float64Array(DEVICES.length), new Float64Array(GENRES.length)];
  }

  observe(s: Stream, d: number, ref: Reference): DayMonitors {
    const n = s.eventsPerDay;
    const [kw, kh] = this.#ks;
    if (ref !== this.#reference) {
      kw.use(ref.grids[0]);
      kh.use(ref.grids[1]);
      this.#reference = ref;
    }
    const [cw, ch, cd, cg] = this.#counts;
    const [ew, eh] = ref.edges;
    const [fw, fh] = ref.binFloor;
    for (const c of this.#counts) c.fill(0);
    const start = dayStart(d, n);
    const eps = emptyShare(n);
    // One pass per column: each numeric feature's reference cells are touched in turn, so only one reference's
    // tables compete for the cache at a time.
    const end = start + n;
    // Columns in locals: read through `s` in the loop, V8 reloads them after every store.
    const { watch, hour, device, genre } = s;
    kw.addAll(watch, start, end);
    countBins(watch, start, kw.cellsOfDay(), ew, fw, cw);
    kh.addAll(hour, start, end);
    countBins(hour, start, kh.cellsOfDay(), eh, fh, ch);
    countCategories(device, genre, start, end, this.#pairs, cd, cg);
    for (let f = 0; f < 2; f++) {
      const bins = ref.edges[f].length + 1;
      this.out.psi[f] = psiFromCounts(ref.counts[f], this.#counts[f].subarray(0, bins), eps);
      const ks = ksPValue(this.#ks[f].statistic(), ref.m, n);
      this.out.statistic[f] = ks.statistic;
      this.out.pValue[f] = ks.pValue;
    }
    for (let f = 2; f < 4; f++) {
      this.out.psi[f] = psiFromCounts(ref.counts[f], this.#counts[f], eps);
      const chi = chiSquareHomogeneity(...nonEmptyRows(ref.counts[f], this.#counts[f]));
      this.out.statistic[f] = chi.statistic;
      this.out.pValue[f] = chi.pValue;
    }
    return this.out;
  }
}
