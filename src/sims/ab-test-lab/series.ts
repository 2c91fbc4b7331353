import type { Series, TableData } from '../../charts/types';
import type { DayResult } from '../../engine/experiments';
import { formatPercent } from '../../lib/format';
import { abMessages as m } from '../../messages/ab-test-lab';
import { formatCount, formatPValue } from './format';
import { readKpi, trueDifference } from './kpi';
import { KPI_FORMATS } from './kpiFormat';
import type { AbSettings, Kpi } from './settings';

/**
 * The effect chart: the estimate with its 95 % band over the days shown so far, and the true
 * difference in force each day (novelty included) over all planned days, which fixes the x axis.
 */
export function effectSeries(results: DayResult[], shown: number, kpi: Kpi, s: AbSettings): Series[] {
  const scale = KPI_FORMATS[kpi].plotScale;
  const visible = results.slice(0, shown);
  const readings = visible.map((d) => readKpi(d, kpi));
  return [
    {
      name: m.charts.estimate,
      points: readings.map((r, i) => ({ x: i + 1, y: r.estimate * scale })),
      band: readings.map((r, i) => ({ x: i + 1, lower: r.ci[0] * scale, upper: r.ci[1] * scale })),
      tone: 1,
    },
    {
      name: m.charts.truth,
      points: results.map((d) => ({ x: d.day, y: trueDifference(kpi, s, d.trueEffect) * scale })),
      tone: 2,
      dashed: true,
    },
  ];
}

/**
 * The p-value over the days shown, and the planned power over all days (both in [0, 1]). With no true
 * effect the "power" is the chance of a significant result, α, and is named so.
 */
export function pValueSeries(results: DayResult[], shown: number, kpi: Kpi, power: number[], noEffect: boolean): Series[] {
  return [
    { name: m.charts.pSeries, points: results.slice(0, shown).map((d, i) => ({ x: i + 1, y: readKpi(d, kpi).pValue })), tone: 1 },
    { name: noEffect ? m.charts.powerSeriesNull : m.charts.powerSeries, points: power.map((y, i) => ({ x: i + 1, y })), tone: 3, dashed: true },
  ];
}

/** A p-value for a table cell: "0.003", "< 0.001", "–". */
export function pValueCell(p: number): string {
  return Number.isFinite(p) ? formatPValue(p).replace(/^p = /, '').replace(/^p /, '') : '–';
}

/** The table alternative of both charts: one row per day shown. */
export function dayTable(results: DayResult[], shown: number, kpi: Kpi, s: AbSettings, power: number[]): TableData {
  const f = KPI_FORMATS[kpi];
  const c = m.charts.columns;
  return {
    caption: m.charts.effectCaption(m.kpiNames[kpi]),
    columns: [c.day, c.visitorsA, c.visitorsB, c.estimate, c.lower, c.upper, c.truth, c.p, c.power],
    rows: results.slice(0, shown).map((d, i) => {
      const r = readKpi(d, kpi);
      return [
        d.day,
        formatCount(d.a.visitors),
        formatCount(d.b.visitors),
        f.diff(r.estimate),
        f.diff(r.ci[0]),
        f.diff(r.ci[1]),
        f.diff(trueDifference(kpi, s, d.trueEffect)),
        pValueCell(r.pValue),
        formatPercent(power[i] ?? NaN, 0),
      ];
    }),
  };
}
