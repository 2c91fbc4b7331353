import { UNIT_COSTS, type UnitCosts } from './cost';
import { forecastStore, type FeatureSet, type StoreForecast } from './forecast';
import { haltsRollout, ROLLOUT_GROUPS, summarise, type GroupSummary } from './rule';
import type { Store } from './stores';

/** One wave of the rollout: its stores' forecasts, their summary and whether it halted the rollout. */
export interface RolloutStep {
  /** 0-based wave index into ROLLOUT_GROUPS. */
  group: number;
  /** Stores live after this wave if it passes (3, 10, 30). */
  reach: number;
  results: StoreForecast[];
  summary: GroupSummary;
  halted: boolean;
}

/** Forecasts stores [from, to) of the chain with one feature set (see forecastStore). */
export function forecastStores(stores: readonly Store[], f: FeatureSet, from: number, to: number, costs: UnitCosts = UNIT_COSTS): StoreForecast[] {
  return stores.slice(from, to).map((s) => forecastStore(s, f, costs));
}

/** Scores wave `group` of the rollout with feature set f: mean MAPE (%) and costs ($) of its stores, halted if past the threshold (%). */
export function rolloutStep(stores: readonly Store[], f: FeatureSet, group: number, thresholdPercent: number, costs: UnitCosts = UNIT_COSTS): RolloutStep {
  const [from, to] = ROLLOUT_GROUPS[group];
  const results = forecastStores(stores, f, from, to, costs);
  const summary = summarise(results);
  return { group, reach: to, results, summary, halted: haltsRollout(summary.mape, thresholdPercent) };
}

/**
 * The whole rollout: waves 3 → 10 → 30 stores in turn, each scored by
 * rolloutStep; the first wave that halts is the last one run. Returns the
 * waves run, in order.
 */
export function simulateRollout(stores: readonly Store[], f: FeatureSet, thresholdPercent: number, costs: UnitCosts = UNIT_COSTS): RolloutStep[] {
  const steps: RolloutStep[] = [];
  for (let g = 0; g < ROLLOUT_GROUPS.length; g++) {
    const step = rolloutStep(stores, f, g, thresholdPercent, costs);
    steps.push(step);
    if (step.halted) break;
  }
  return steps;
}
