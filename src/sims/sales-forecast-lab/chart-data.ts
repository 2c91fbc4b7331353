import type { Series, TableData } from '../../charts/types';
import { salesForecastMessages as m } from '../../messages/sales-forecast-lab';
import type { SalesDataResult, SalesFitResult } from '../../workers/modelsProtocol';
import { formatDate, formatMape } from './format';

export type ChartView = 'whole' | 'holdout';

/** The fits drawn on this data: trained, and on the same dataset. */
function fitsOf(data: SalesDataResult, fits: (SalesFitResult | null)[]): SalesFitResult[] {
  return fits.filter((f): f is SalesFitResult => f !== null && f.datasetVersion === data.datasetVersion);
}

/** Week indices shown in a view: every week, or the holdout weeks only. */
function weeksIn(data: SalesDataResult, view: ChartView): number[] {
  const from = view === 'whole' ? 0 : data.holdoutStart;
  return Array.from({ length: data.weeks - from }, (_, i) => from + i);
}

/**
 * The forecast chart's series, in week indices (x = week, y = units): actual
 * sales over the weeks in view, the holdout shaded when the whole history
 * shows, and each trained model's forecast over the holdout. Fits of another
 * dataset are ignored.
 */
export function forecastSeries(data: SalesDataResult, fits: (SalesFitResult | null)[], view: ChartView): Series[] {
  const weeks = weeksIn(data, view);
  const shown = fitsOf(data, fits);
  const series: Series[] = [{ name: m.chart.actual, points: weeks.map((t) => ({ x: t, y: data.units[t] })), tone: 1 }];
  if (view === 'whole') {
    let lo = Infinity;
    let hi = -Infinity;
    for (const t of weeks) [lo, hi] = [Math.min(lo, data.units[t]), Math.max(hi, data.units[t])];
    for (const f of shown) for (const v of f.forecast) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
    const edges = [data.holdoutStart - 0.5, data.weeks - 1];
    series.push({ name: m.chart.holdout, points: [], band: edges.map((x) => ({ x, lower: lo, upper: hi })), tone: 4 });
  }
  for (const fit of shown) {
    series.push({
      name: m.chart.forecast(m.models[fit.model]),
      points: Array.from(fit.forecast, (y, i) => ({ x: fit.holdoutStart + i, y })),
      tone: fit.model === 'linear-regression' ? 2 : 3,
      dashed: true,
    });
  }
  return series;
}

/** The chart's table alternative: one row per week in view with its period, actual units, both forecasts (whole units) and any promotion or holiday. */
export function forecastTable(data: SalesDataResult, fits: (SalesFitResult | null)[], view: ChartView): TableData {
  const shown = fitsOf(data, fits);
  const byModel = (model: SalesFitResult['model']) => shown.find((f) => f.model === model) ?? null;
  const linear = byModel('linear-regression');
  const ensemble = byModel('gradient-boosting');
  const cell = (fit: SalesFitResult | null, t: number) => (fit && t >= fit.holdoutStart ? Math.round(fit.forecast[t - fit.holdoutStart]) : '–');
  return {
    caption: m.chart.caption(view === 'whole' ? m.chart.whole : m.chart.holdoutOnly),
    columns: [m.chart.week, m.chart.period, m.chart.actual, m.chart.forecast(m.models['linear-regression']), m.chart.forecast(m.models['gradient-boosting']), m.chart.note],
    rows: weeksIn(data, view).map((t) => [
      formatDate(data.date[t]),
      t >= data.holdoutStart ? m.chart.holdoutPeriod : m.chart.training,
      data.units[t],
      cell(linear, t),
      cell(ensemble, t),
      data.holidayName[t] ?? (data.promo[t] ? m.chart.promotion : ''),
    ]),
  };
}

/** The sentence under the chart title: the span of the data, the holdout, and each trained model's MAPE. */
export function forecastSummary(data: SalesDataResult, fits: (SalesFitResult | null)[]): string {
  const shown = fitsOf(data, fits);
  let summary = m.chart.summary(data.weeks, formatDate(data.date[0]), data.weeks - data.holdoutStart, formatDate(data.date[data.holdoutStart]));
  for (const fit of shown) summary += m.chart.scored(m.models[fit.model], formatMape(fit.metrics.mape));
  if (shown.length === 0) summary += m.chart.noForecast;
  return summary;
}
