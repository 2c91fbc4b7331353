/** Shares of two samples over common bins, for drawing two distributions on one chart. */
export interface SharedBins {
  /** Bin labels: "[lo, hi)" ranges for numbers, category names for categories. */
  labels: string[];
  /** Lower and upper edge of each numeric bin (empty for categories). */
  edges: number[];
  /** Share of the reference and of the current sample in each bin (fractions summing to 1, or 0 for empty samples). */
  reference: number[];
  current: number[];
}

/**
 * Equal-width bins over [min, max] of both ascending-sorted samples (the last bin closed), with each
 * sample's share per bin. `bins` bins, or a single bin when all values are equal.
 */
export function numericBins(reference: ArrayLike<number>, current: ArrayLike<number>, bins = 20, format: (x: number) => string = String): SharedBins {
  const lo = Math.min(reference[0], current[0]);
  const hi = Math.max(reference[reference.length - 1], current[current.length - 1]);
  const k = hi > lo ? bins : 1;
  const width = (hi - lo) / k;
  const edges = Array.from({ length: k + 1 }, (_, i) => (i === k ? hi : lo + i * width));
  const share = (xs: ArrayLike<number>) => {
    const counts = new Array<number>(k).fill(0);
    for (let i = 0; i < xs.length; i++) counts[Math.min(k - 1, width > 0 ? Math.floor((xs[i] - lo) / width) : 0)]++;
    return counts.map((c) => c / xs.length);
  };
  return {
    labels: edges.slice(0, k).map((e, i) => `${format(e)} to ${format(edges[i + 1])}`),
    edges,
    reference: share(reference),
    current: share(current),
  };
}

/** Shares per category of two count maps over the given categories (in that order), the rest pooled as `other`. */
export function categoryShares(categories: readonly string[], reference: ReadonlyMap<string, number>, current: ReadonlyMap<string, number>, shown = 12, other = 'other'): SharedBins {
  const total = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((s, x) => s + x, 0);
  const nr = total(reference) || 1;
  const nc = total(current) || 1;
  const top = categories.slice(0, shown);
  const rest = categories.slice(shown);
  const sum = (m: ReadonlyMap<string, number>, cs: readonly string[]) => cs.reduce((s, c) => s + (m.get(c) ?? 0), 0);
  const labels = rest.length ? [...top, other] : [...top];
  return {
    labels,
    edges: [],
    reference: [...top.map((c) => (reference.get(c) ?? 0) / nr), ...(rest.length ? [sum(reference, rest) / nr] : [])],
    current: [...top.map((c) => (current.get(c) ?? 0) / nc), ...(rest.length ? [sum(current, rest) / nc] : [])],
  };
}
