/** One neighbourhood's day under a pricing model. */
export interface NeighbourhoodDay {
  /** Median household income (any currency unit); only the order matters. */
  income: number;
  /** Trips priced that day (weights the mean). */
  trips: number;
  /** Mean price rise of those trips over the base fare, as a fraction (0.2 = 20% above base). */
  meanRise: number;
}

/**
 * The fairness measure of the lab: the trip-weighted mean price rise in the poorest quarter of
 * neighbourhoods divided by that in the richest quarter (q = max(1, ⌊n/4⌋) neighbourhoods each, by
 * income). 1 means both pay the same rise above the base fare; 1.5 means riders in the poorest
 * neighbourhoods pay rises half as large again as riders in the richest. Dimensionless; NaN when
 * there are fewer than two neighbourhoods, no trips in a group, or the richest group's rise is not positive.
 */
export function fairnessRatio(neighbourhoods: readonly NeighbourhoodDay[]): number {
  const n = neighbourhoods.length;
  if (n < 2) return NaN;
  const q = Math.max(1, Math.floor(n / 4));
  const byIncome = [...neighbourhoods].sort((a, b) => a.income - b.income);
  const poorest = weightedRise(byIncome.slice(0, q));
  const richest = weightedRise(byIncome.slice(n - q));
  return richest > 0 ? poorest / richest : NaN;
}

/** Σ trips·meanRise / Σ trips over a group (NaN with no trips). */
function weightedRise(group: readonly NeighbourhoodDay[]): number {
  let trips = 0;
  let rise = 0;
  for (const h of group) {
    trips += h.trips;
    rise += h.trips * h.meanRise;
  }
  return trips > 0 ? rise / trips : NaN;
}
