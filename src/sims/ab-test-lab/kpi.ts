import type { DayResult } from '../../engine/experiments';
import { normalCdf, normalIsf, twoProportionPower } from '../../engine/stats';
import { ALPHA, ORDER_VALUE, SESSION_DURATION, type AbSettings, type Kpi } from './settings';

/** One day's result for one KPI, in the KPI's own unit (a fraction for conversion, € or s otherwise). */
export interface KpiReading {
  meanA: number;
  meanB: number;
  /** B − A and its 95 % interval. */
  estimate: number;
  ci: [number, number];
  pValue: number;
  /** Relative lift B/A − 1 and its 95 % (delta-method) interval. */
  lift: number;
  liftCi: [number, number];
}

/** Reads the chosen KPI's test out of a simulated day. */
export function readKpi(day: DayResult, kpi: Kpi): KpiReading {
  if (kpi === 'conversion') {
    const c = day.conversion;
    return { meanA: c.rateA, meanB: c.rateB, estimate: c.diff, ci: c.ci, pValue: c.pValue, lift: c.relative.lift, liftCi: c.relative.ci };
  }
  const w = kpi === 'sales' ? day.sales : day.duration;
  return { meanA: w.meanA, meanB: w.meanB, estimate: w.diff, ci: w.ci, pValue: w.pValue, lift: w.relative.lift, liftCi: w.relative.ci };
}

/** Mean of the KPI per visitor in an arm whose conversion rate is `rate` and whose relative effect is `effect`. */
function armMean(kpi: Kpi, baselineRate: number, effect: number): number {
  if (kpi === 'conversion') return Math.min(1, baselineRate * (1 + effect));
  if (kpi === 'sales') return Math.min(1, baselineRate * (1 + effect)) * ORDER_VALUE.mean;
  return SESSION_DURATION.mean * (1 + effect);
}

/**
 * Per-visitor variance of the KPI in an arm: p(1 − p) for conversion; for sales per session
 * X = converted·V with V log-normal (mean m, log-sd σ, E[V²] = m²e^σ²): Var X = p·m²e^σ² − (p·m)²;
 * for a log-normal session duration with mean m: m²(e^σ² − 1).
 */
export function armVariance(kpi: Kpi, baselineRate: number, effect: number): number {
  const p = Math.min(1, baselineRate * (1 + effect));
  if (kpi === 'conversion') return p * (1 - p);
  if (kpi === 'sales') {
    const m = ORDER_VALUE.mean;
    return p * m * m * Math.exp(ORDER_VALUE.sigma ** 2) - (p * m) ** 2;
  }
  const m = SESSION_DURATION.mean * (1 + effect);
  return m * m * (Math.exp(SESSION_DURATION.sigma ** 2) - 1);
}

/** The true long-run difference B − A of the KPI (no novelty), in the KPI's unit. */
export function trueDifference(kpi: Kpi, s: Pick<AbSettings, 'baseline' | 'effect'>, effect = s.effect / 100): number {
  const rate = s.baseline / 100;
  return armMean(kpi, rate, effect) - armMean(kpi, rate, 0);
}

/**
 * Power by the end of each day (index 0 = day 1) to detect the TRUE long-run effect with the lab's
 * two-sided test at α = 5 %, for the expected visitors per arm (the design, known before any data).
 * Conversion: the pooled two-proportion z-test's power (as the engine's conversionPower); sales and
 * duration: the normal approximation Φ(δ/se − z) + Φ(−δ/se − z), se² = σA²/nA + σB²/nB.
 */
export function plannedPower(kpi: Kpi, s: AbSettings): number[] {
  const rate = s.baseline / 100;
  const lift = s.effect / 100;
  const share = s.split / 100;
  const z = normalIsf(ALPHA / 2);
  const delta = trueDifference(kpi, s);
  const varA = armVariance(kpi, rate, 0);
  const varB = armVariance(kpi, rate, lift);
  return Array.from({ length: s.days }, (_, i) => {
    const total = s.visitors * (i + 1);
    const nA = total * (1 - share);
    const nB = total * share;
    if (kpi === 'conversion') {
      return twoProportionPower({ rateA: rate, rateB: Math.min(1, rate * (1 + lift)), visitorsA: nA, visitorsB: nB, alpha: ALPHA });
    }
    const se = Math.sqrt(varA / nA + varB / nB);
    return normalCdf(delta / se - z) + normalCdf(-delta / se - z);
  });
}
