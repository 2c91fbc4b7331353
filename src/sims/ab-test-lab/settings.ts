import { type ExperimentConfig, DEFAULT_ORDER_VALUE, DEFAULT_SESSION_DURATION } from '../../engine/experiments';

export type Kpi = 'conversion' | 'sales' | 'duration';
export const KPIS = ['conversion', 'sales', 'duration'] as const satisfies readonly Kpi[];

/** The lab's controls, in the units the learner sees (percentages as 5 for 5 %). */
export interface AbSettings {
  seed: number;
  /** Conversion rate of A, percent. */
  baseline: number;
  /** True long-run effect of B, relative, percent (10 = B is 10 % better on every KPI). */
  effect: number;
  /** Share of visitors sent to B, percent. */
  split: number;
  visitors: number;
  days: number;
  novelty: boolean;
  kpi: Kpi;
}

/** Significance level of the lab's tests and intervals (two-sided 95 %). */
export const ALPHA = 0.05;

/** The novelty effect the switch turns on: an extra +30 % on day 1 that halves every 3 days. */
export const NOVELTY = { lift: 0.3, halfLifeDays: 3 } as const;

export const ORDER_VALUE = DEFAULT_ORDER_VALUE;
export const SESSION_DURATION = DEFAULT_SESSION_DURATION;

/** The engine's configuration for these settings (fractions instead of percentages). */
export function toExperimentConfig(s: AbSettings): ExperimentConfig {
  return {
    days: s.days,
    visitorsPerDay: s.visitors,
    split: s.split / 100,
    baselineRate: s.baseline / 100,
    lift: s.effect / 100,
    novelty: s.novelty ? { ...NOVELTY } : undefined,
    alpha: ALPHA,
  };
}

/** The settings that change the simulated data (the KPI only changes which result is read). */
export function dataKey(s: AbSettings): string {
  return [s.seed, s.baseline, s.effect, s.split, s.visitors, s.days, s.novelty].join('|');
}
