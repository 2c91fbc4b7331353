import type { ErrorCost } from './cost';

/** Stores in the chain. */
export const STORE_COUNT = 30;
/** Stores in the pilot (the first ones of the chain). */
export const PILOT_COUNT = 3;

/** The rollout's waves as store ranges [from, to): the 3 pilot stores, then up to 10, then all 30. */
export const ROLLOUT_GROUPS: readonly (readonly [number, number])[] = [
  [0, PILOT_COUNT],
  [PILOT_COUNT, 10],
  [10, STORE_COUNT],
];

/** Bounds of the learner's halting threshold on a group's MAPE, percent. */
export const THRESHOLD_BOUNDS = { min: 2, max: 40, default: 10, step: 0.5 } as const;

/** One store's forecast year, scored. */
export interface StoreScore extends ErrorCost {
  /** 1-based store number. */
  store: number;
  /** MAPE over the forecast year, percent. */
  mape: number;
  /** Mean absolute error over the forecast year, units a week. */
  mae: number;
}

/** A group of stores scored together. */
export interface GroupSummary extends ErrorCost {
  /** Stores in the group. */
  stores: number;
  /** Mean of the stores' MAPEs, percent (each store counts once, whatever its size). */
  mape: number;
}

/** Sums a group's units short and over and their costs (dollars), and averages its stores' MAPEs (percent). NaN MAPE for an empty group. */
export function summarise(results: readonly StoreScore[]): GroupSummary {
  const sum = (pick: (r: StoreScore) => number) => results.reduce((s, r) => s + pick(r), 0);
  return {
    stores: results.length,
    mape: results.length ? sum((r) => r.mape) / results.length : NaN,
    shortUnits: sum((r) => r.shortUnits),
    overUnits: sum((r) => r.overUnits),
    stockoutCost: sum((r) => r.stockoutCost),
    wasteCost: sum((r) => r.wasteCost),
    total: sum((r) => r.total),
  };
}

/**
 * The halting rule: a group whose mean MAPE is past the threshold (strictly
 * above it, both in percent) halts the rollout; a group exactly at the
 * threshold passes. A NaN MAPE (nothing to judge) halts.
 */
export function haltsRollout(groupMape: number, thresholdPercent: number): boolean {
  return !(groupMape <= thresholdPercent);
}
