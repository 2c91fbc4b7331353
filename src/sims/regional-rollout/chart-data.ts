import type { Series, TableData } from '../../charts/types';
import type { Guardrail, RolloutResult } from '../../engine/rollout';
import { rolloutMessages as m } from '../../messages/regional-rollout';
import { formatCount, formatGuardrail } from './format';

/** Days (0-based) on which region r's guardrails were measured. */
function watchedDays(result: RolloutResult, r: number): number[] {
  const s = result.regions[r].series;
  if (!s) return [];
  const days: number[] = [];
  s.wait.daily.forEach((v, day) => {
    if (!Number.isNaN(v)) days.push(day);
  });
  return days;
}

/**
 * The guardrail chart of region r: each watched day's value (dashed) and the running estimate with its
 * sequential band (solid, shaded), x = day of the rollout counted from 1, and a y range that keeps the
 * values and the limit in view: their span padded by 60% of itself. The band starts at look 2 (at look 1
 * it is infinite) and is clipped to that range, since early bands are very wide. A band wholly above
 * the limit is the rollback.
 */
export function guardrailChart(result: RolloutResult, r: number, g: Guardrail, limit: number): { series: Series[]; domain: [number, number] } {
  const s = result.regions[r].series?.[g];
  const days = watchedDays(result, r);
  if (!s || days.length === 0) return { series: [], domain: [limit - 1, limit + 1] };
  const ys = days.flatMap((d) => [s.daily[d], s.estimate[d]]).concat(limit);
  const lo = Math.min(...ys);
  const hi = Math.max(...ys);
  const pad = Math.max((hi - lo) * 0.6, Math.abs(limit) * 0.1, 0.05);
  const domain: [number, number] = [lo - pad, hi + pad];
  const clip = (v: number) => Math.min(domain[1], Math.max(domain[0], v));
  const band = days
    .filter((d) => Number.isFinite(s.lower[d]) && Number.isFinite(s.upper[d]))
    .map((d) => ({ x: d + 1, lower: clip(s.lower[d]), upper: clip(s.upper[d]) }));
  return {
    series: [
      { name: m.chart.estimate, points: days.map((d) => ({ x: d + 1, y: s.estimate[d] })), band, tone: 1 },
      { name: m.chart.daily, points: days.map((d) => ({ x: d + 1, y: s.daily[d] })), tone: 2, dashed: true },
    ],
    domain,
  };
}

/** The chart's table: one row per watched day with the value, estimate, band and limit. */
export function guardrailTable(result: RolloutResult, r: number, g: Guardrail, limit: number): TableData {
  const s = result.regions[r].series?.[g];
  const name = m.guardrails[g];
  const f = (v: number) => (Number.isFinite(v) ? formatGuardrail(g, v) : m.chart.unbounded);
  return {
    caption: m.chart.caption(name, result.regions[r].name),
    columns: m.chart.columns,
    rows: s ? watchedDays(result, r).map((d) => [d + 1, f(s.daily[d]), f(s.estimate[d]), f(s.lower[d]), f(s.upper[d]), formatGuardrail(g, limit)]) : [],
  };
}

/** The sentence under the guardrail chart: how long the region was watched, the last estimate and whether it fired. */
export function guardrailSummary(result: RolloutResult, r: number, g: Guardrail, limit: number): string {
  const region = result.regions[r].name;
  const days = watchedDays(result, r);
  const s = result.regions[r].series?.[g];
  if (!s || days.length === 0) return m.chart.notWatched(region);
  const last = days[days.length - 1];
  const breach = result.breaches.find((b) => b.region === r && b.guardrail === g);
  const verdict = breach ? m.chart.verdictBreached(breach.day + 1) : m.chart.verdictClear;
  return m.chart.summary(region, m.guardrails[g], formatGuardrail(g, limit), days.length, formatGuardrail(g, s.estimate[last]), verdict);
}

/** Cumulative riders reached (all regions) and exposed (bad region), x = day from 1. */
export function reachSeries(result: RolloutResult): Series[] {
  const all: Series = { name: m.reach.all, points: result.reachedByDay.map((y, d) => ({ x: d + 1, y })), tone: 1 };
  if (result.badRegion === null) return [all];
  return [all, { name: m.reach.bad, points: result.exposedByDay.map((y, d) => ({ x: d + 1, y })), tone: 2, dashed: true }];
}

export function reachTable(result: RolloutResult): TableData {
  return {
    caption: m.reach.caption,
    columns: m.reach.columns,
    rows: result.reachedByDay.map((y, d) => [d + 1, formatCount(y), result.badRegion === null ? '–' : formatCount(result.exposedByDay[d])]),
  };
}
