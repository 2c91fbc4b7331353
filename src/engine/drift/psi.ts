// Population stability index (PSI), the drift score many model-monitoring teams use.

/** Share given to an empty bin so that ln(share) stays finite (stated on the drift report). */
export const PSI_EPSILON = 1e-4;
/** Number of quantile bins of the reference for numeric columns (deciles). */
export const PSI_BINS = 10;

/**
 * PSI between two binned distributions given as counts over the same bins:
 * PSI = Σ_i (c_i − r_i)·ln(c_i/r_i) with r_i, c_i the reference and current shares of bin i,
 * each share replaced by `epsilon` when the bin is empty. Dimensionless, ≥ 0; common readings:
 * < 0.1 stable, 0.1–0.25 moderate shift, > 0.25 large shift.
 */
export function psiFromCounts(reference: ArrayLike<number>, current: ArrayLike<number>, epsilon = PSI_EPSILON): number {
  let nr = 0;
  let nc = 0;
  for (let i = 0; i < reference.length; i++) {
    nr += reference[i];
    nc += current[i];
  }
  let psi = 0;
  for (let i = 0; i < reference.length; i++) {
    const r = reference[i] > 0 ? reference[i] / nr : epsilon;
    const c = current[i] > 0 ? current[i] / nc : epsilon;
    psi += (c - r) * Math.log(c / r);
  }
  return psi;
}

/**
 * Quantile of an ascending-sorted sample at probability q in [0, 1] with linear interpolation
 * between order statistics (numpy.quantile's default 'linear' method): position q·(n − 1).
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  return quantileAt(sorted.length, (k) => sorted[k], q);
}

/** quantileSorted of a sample of `length` values whose k-th smallest is at(k) (nothing else is read). */
function quantileAt(length: number, at: (k: number) => number, q: number): number {
  const pos = q * (length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, length - 1);
  const low = at(lo);
  return low + (at(hi) - low) * (pos - lo);
}

/**
 * Bin edges for PSI of a numeric column: the reference's quantiles at 1/bins, 2/bins, …, (bins−1)/bins
 * (deciles by default), duplicates removed (ties in the reference merge bins). Bin i is (e_(i−1), e_i],
 * with the first open to −∞ and the last to +∞, so there are edges.length + 1 bins.
 */
export function quantileEdges(referenceSorted: ArrayLike<number>, bins = PSI_BINS): number[] {
  return quantileEdgesAt(referenceSorted.length, (k) => referenceSorted[k], bins);
}

/** quantileEdges of a sample of `length` values whose k-th smallest is at(k): only the ranks it needs are read. */
export function quantileEdgesAt(length: number, at: (k: number) => number, bins = PSI_BINS): number[] {
  const edges: number[] = [];
  for (let i = 1; i < bins; i++) {
    const e = quantileAt(length, at, i / bins);
    if (edges.length === 0 || e !== edges[edges.length - 1]) edges.push(e);
  }
  return edges;
}

/** Counts of an ascending-sorted sample in the bins (−∞, e0], (e0, e1], …, (e_last, ∞). One merge pass. */
export function countInBins(sorted: ArrayLike<number>, edges: readonly number[]): Float64Array {
  const counts = new Float64Array(edges.length + 1);
  let bin = 0;
  for (let i = 0; i < sorted.length; i++) {
    while (bin < edges.length && sorted[i] > edges[bin]) bin++;
    counts[bin]++;
  }
  return counts;
}

/**
 * PSI of a numeric column: bins are the reference's quantile bins (quantileEdges, deciles by default),
 * shares per bin in each sample, empty bins at `epsilon`, then psiFromCounts. Inputs ascending-sorted.
 */
export function psiNumeric(referenceSorted: ArrayLike<number>, currentSorted: ArrayLike<number>, bins = PSI_BINS, epsilon = PSI_EPSILON): number {
  const edges = quantileEdges(referenceSorted, bins);
  return psiFromCounts(countInBins(referenceSorted, edges), countInBins(currentSorted, edges), epsilon);
}
