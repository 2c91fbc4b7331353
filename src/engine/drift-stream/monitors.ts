// Streaming drift monitors for the Drift lab: each day's sessions against the champion's training window.
// Bin edges and reference counts are computed once per reference; a day is counted into preallocated
// typed arrays, then PSI, KS and chi-square are computed from the counts with the drift report's exact functions.
import { ksPValue } from '../drift/ks';
import { countInBins, psiFromCounts, quantileEdges } from '../drift/psi';
import { chiSquareHomogeneity } from '../drift/chiSquareHomogeneity';
import { DEVICES, FEATURES, GENRES, type ThresholdMode } from './config';
import { KsDay, KsReference } from './ksStream';
import { sortReference } from './sortReference';
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
  /** Ascending-sorted reference values of the numeric features (watch minutes, hour). */
  sorted: [Float64Array, Float64Array];
  /** PSI bin edges of the numeric features: the reference's deciles (quantileEdges). */
  edges: [number[], number[]];
  /** Reference counts per bin (numeric) or per category (device, genre), in FEATURES order. */
  counts: Float64Array[];
  /** The PSI alarm line per feature for days of n events. */
  thresholds: Float64Array;
  /** Streaming KS accumulators of the numeric features against this reference (ksStream.ts). */
  ks: [KsDay, KsDay];
  /**
   * Per numeric feature and KS cell k (values x with #{r ≤ x} = k): the edges below r[k − 1] ≤ x, i.e. the
   * PSI bin every value of the cell reaches; binOf's scan starts there (one comparison instead of up to nine).
   */
  binFloor: [Uint8Array, Uint8Array];
}

/** For each cell k = 0…m of an ascending-sorted reference: the number of edges strictly below r[k − 1] (0 for k = 0). */
function binFloors(sorted: Float64Array, edges: readonly number[]): Uint8Array {
  const out = new Uint8Array(sorted.length + 1);
  let b = 0;
  for (let k = 1; k <= sorted.length; k++) {
    while (b < edges.length && edges[b] < sorted[k - 1]) b++;
    out[k] = b;
  }
  return out;
}

/** Builds the reference of days [from, to] for days of n events under a threshold mode. */
export function buildReference(s: Stream, from: number, to: number, mode: ThresholdMode): Reference {
  const n = s.eventsPerDay;
  const a = dayStart(from, n);
  const b = dayStart(to + 1, n);
  const sorted: [Float64Array, Float64Array] = [sortReference(s.watch.subarray(a, b)), sortReference(s.hour.subarray(a, b))];
  const edges: [number[], number[]] = [quantileEdges(sorted[0]), quantileEdges(sorted[1])];
  const dev = new Float64Array(DEVICES.length);
  const gen = new Float64Array(GENRES.length);
  for (let i = a; i < b; i++) {
    dev[s.device[i]]++;
    gen[s.genre[i]]++;
  }
  const counts = [countInBins(sorted[0], edges[0]), countInBins(sorted[1], edges[1]), dev, gen];
  const m = b - a;
  const thresholds = Float64Array.from(counts, (c) => psiThreshold(mode, c.length, n, m));
  const ks: [KsDay, KsDay] = [new KsDay(new KsReference(sorted[0])), new KsDay(new KsReference(sorted[1]))];
  const binFloor: [Uint8Array, Uint8Array] = [binFloors(sorted[0], edges[0]), binFloors(sorted[1], edges[1])];
  return { m, sorted, edges, counts, thresholds, ks, binFloor };
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
 * and the reference's KS cells (one pass, no sort, no allocation per event), then fills `out` with PSI
 * (psiFromCounts over the reference's bins, an empty bin's share set to emptyShare(n)), KS (the streaming D,
 * equal to ksStatistic's, with ksPValue: exactly ks2Samp's numbers) and chi-square (as chiSquareHomogeneity).
 */
export class DayMonitor {
  readonly out: DayMonitors;
  #counts: Float64Array[];

  constructor() {
    const k = FEATURES.length;
    this.out = { psi: new Float64Array(k), statistic: new Float64Array(k), pValue: new Float64Array(k) };
    this.#counts = [new Float64Array(11), new Float64Array(11), new Float64Array(DEVICES.length), new Float64Array(GENRES.length)];
  }

  observe(s: Stream, d: number, ref: Reference): DayMonitors {
    const n = s.eventsPerDay;
    const [kw, kh] = ref.ks;
    const [cw, ch, cd, cg] = this.#counts;
    const [ew, eh] = ref.edges;
    const [fw, fh] = ref.binFloor;
    for (const c of this.#counts) c.fill(0);
    const start = dayStart(d, n);
    const eps = emptyShare(n);
    // One pass per column: each numeric feature's reference cells are touched in turn, so only one reference's
    // tables compete for the cache at a time.
    const end = start + n;
    for (let i = start; i < end; i++) {
      const w = s.watch[i];
      cw[binOf(ew, w, fw[kw.add(w)])]++;
    }
    for (let i = start; i < end; i++) {
      const h = s.hour[i];
      ch[binOf(eh, h, fh[kh.add(h)])]++;
    }
    for (let i = start; i < end; i++) {
      cd[s.device[i]]++;
      cg[s.genre[i]]++;
    }
    for (let f = 0; f < 2; f++) {
      const bins = ref.edges[f].length + 1;
      this.out.psi[f] = psiFromCounts(ref.counts[f], this.#counts[f].subarray(0, bins), eps);
      const ks = ksPValue(ref.ks[f].statistic(), ref.m, n);
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
