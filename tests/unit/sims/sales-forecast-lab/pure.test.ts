import { describe, expect, it } from 'vitest';
import { explainWeek, widestGap } from '../../../../src/sims/sales-forecast-lab/explain';
import { forecastSeries, forecastSummary, forecastTable, type ChartView } from '../../../../src/sims/sales-forecast-lab/chart-data';
import { formatBytes, formatDate, formatShortDate, formatMape, formatMs, formatPoints, formatTimes } from '../../../../src/sims/sales-forecast-lab/format';
import { jobFor, runParams, sameJob, type SalesValues } from '../../../../src/sims/sales-forecast-lab/settings';
import { scenario } from '../../../../src/sims/sales-forecast-lab/index';
import { takeaway } from '../../../../src/sims/sales-forecast-lab/takeaway';
import { defaults } from '../../../../src/lib/scenario';
import { validateSalesJob, type SalesDataResult, type SalesFitResult, type SalesMetrics } from '../../../../src/workers/modelsProtocol';

const values: SalesValues = defaults(scenario);
const metrics = (over: Partial<SalesMetrics>): SalesMetrics => ({ mape: 3, mae: 15, knobs: 1, parameters: 10, sizeBytes: 900, trainMs: 0.5, ...over });

describe('takeaway', () => {
  const linear = metrics({});
  it.each([
    { name: 'nothing trained', l: null, e: null, expected: /^Train both models/ },
    { name: 'only the linear model', l: linear, e: null, expected: /^Linear regression is trained\. Train gradient-boosted trees/ },
    { name: 'only the ensemble', l: null, e: metrics({ knobs: 7 }), expected: /^Gradient-boosted trees is trained\. Train linear regression/ },
    {
      name: 'the linear model more accurate',
      l: linear,
      e: metrics({ mape: 3.46, knobs: 7, parameters: 3575, trainMs: 50 }),
      expected: /^The simpler model is also the more accurate one here: its MAPE is 0\.46 points lower, with 1 knob instead of 7, 10 parameters instead of 3,575, and a fit about 100 times faster\.$/,
    },
    { name: 'a tie', l: linear, e: metrics({ mape: 2.97, knobs: 7, trainMs: 0.6 }), expected: /^The two models tie on holdout error\. .*about the same fit time\.$/ },
    {
      name: 'the ensemble slightly better',
      l: linear,
      e: metrics({ mape: 2.6, knobs: 7, parameters: 3575, trainMs: 45 }),
      expected: /^The simpler model is within 0\.4 points of MAPE with 1 knob instead of 7, 10 parameters instead of 3,575, and a fit about 90 times faster\./,
    },
    { name: 'the ensemble clearly better', l: linear, e: metrics({ mape: 1.5, knobs: 7 }), expected: /^The ensemble is clearly more accurate here: its MAPE is 1\.5 points lower\. That gain can earn its 7 knobs instead of 1/ },
  ])('reads $name', ({ l, e, expected }) => {
    expect(takeaway(l, e)).toMatch(expected);
  });

  it('never divides by a sub-resolution fit time', () => {
    expect(takeaway(metrics({ trainMs: 0 }), metrics({ mape: 3.5, knobs: 7, trainMs: 10 }))).toMatch(/about 100 times faster/);
  });
});

describe('formats', () => {
  it.each([
    { f: formatMs, v: 0.04, out: '0.1 ms' },
    { f: formatMs, v: 0.73, out: '0.7 ms' },
    { f: formatMs, v: 48.6, out: '49 ms' },
    { f: formatMs, v: 1234, out: '1.2 s' },
    { f: formatMs, v: NaN, out: '–' },
    { f: formatBytes, v: 937, out: '937 B' },
    { f: formatBytes, v: 445_552, out: '446 KB' },
    { f: formatBytes, v: 1_250_000, out: '1.3 MB' },
    { f: formatMape, v: 3.3333, out: '3.33%' },
    { f: formatPoints, v: -0.456, out: '0.46 points' },
    { f: formatPoints, v: 1, out: '1 point' },
    { f: formatPoints, v: 2.345, out: '2.3 points' },
    { f: formatTimes, v: 66.4, out: 'about 66 times' },
    { f: formatTimes, v: 4.46, out: 'about 4.5 times' },
  ])('$f.name($v) is "$out"', ({ f, v, out }) => {
    expect(f(v)).toBe(out);
  });

  it('writes ISO dates as day, short month and year, in UTC', () => {
    expect(formatDate('2021-01-04')).toBe('4 Jan 2021');
    expect(formatDate(undefined)).toBe('');
    expect(['day', 'week', 'month'].map((p) => formatShortDate('2024-12-23', p as 'day'))).toEqual(['23 Dec', '23 Dec 24', 'Dec 24']);
    expect(formatDate('not a date')).toBe('');
  });
});

describe('settings', () => {
  it('turns the default scenario into jobs the worker accepts unchanged', () => {
    for (const model of ['linear-regression', 'gradient-boosting'] as const) {
      const job = jobFor(model, values);
      expect(validateSalesJob(job)).toEqual({ ok: true, value: job, clamped: [] });
    }
    expect(jobFor('gradient-boosting', values).data).toEqual({ seed: 42, years: 4, noise: 0.05, promoRate: 0.12 });
  });

  it('tells a changed knob from the same job', () => {
    const a = jobFor('gradient-boosting', values);
    expect(sameJob(a, jobFor('gradient-boosting', { ...values }))).toBe(true);
    expect(sameJob(a, jobFor('gradient-boosting', { ...values, depth: 4 }))).toBe(false);
    expect(sameJob(a, jobFor('gradient-boosting', { ...values, k: 5 }))).toBe(true);
  });

  it('records data settings, holdout length and knobs as run params, but not the seed (a run field of its own)', () => {
    expect(runParams(jobFor('linear-regression', values), 26)).toEqual({ years: 4, noise: 0.05, promoRate: 0.12, holdoutWeeks: 26, fourierK: 3 });
  });
});

const forecastChart = (data: SalesDataResult, fits: (SalesFitResult | null)[], view: ChartView) => ({
  series: forecastSeries(data, fits, view),
  table: forecastTable(data, fits, view),
  summary: forecastSummary(data, fits),
});

describe('the forecast chart', () => {
  const data: SalesDataResult = {
    datasetVersion: 'v1',
    weeks: 6,
    holdoutStart: 4,
    date: ['2021-01-04', '2021-01-11', '2021-01-18', '2021-01-25', '2021-02-01', '2021-02-08'],
    units: Float64Array.from([100, 110, 120, 130, 140, 150]),
    promo: Uint8Array.from([0, 1, 0, 0, 0, 0]),
    holidayName: [null, null, null, null, 'Christmas', null],
    data: { seed: 1, years: 3, noise: 0.05, promoRate: 0.12 },
    clamped: [],
  };
  const fit = (model: SalesFitResult['model'], forecast: number[], version = 'v1') =>
    ({ model, datasetVersion: version, holdoutStart: 4, forecast: Float64Array.from(forecast), metrics: metrics({ mape: 2.5 }) }) as SalesFitResult;

  it('shades the holdout and draws each forecast over it only', () => {
    const c = forecastChart(data, [fit('linear-regression', [138.4, 151]), null], 'whole');
    expect(c.series.map((s) => s.name)).toEqual(['Actual sales', 'Holdout weeks (shaded)', 'Linear regression forecast']);
    expect(c.series[0].points).toHaveLength(6);
    expect(c.series[1].band?.map((b) => b.x)).toEqual([3.5, 5]);
    expect(c.series[1].band?.[0]).toMatchObject({ lower: 100, upper: 151 });
    expect(c.series[2].points).toEqual([{ x: 4, y: 138.4 }, { x: 5, y: 151 }]);
    expect(c.table.rows[1]).toEqual(['11 Jan 2021', 'training', 110, '–', '–', 'promotion']);
    expect(c.table.rows[4]).toEqual(['1 Feb 2021', 'holdout', 140, 138, '–', 'Christmas']);
    expect(c.summary).toBe('6 weeks of sales from 4 Jan 2021; the last 2, from 1 Feb 2021, are the holdout. Linear regression: MAPE 2.50%.');
  });

  it('zooms in on the holdout weeks without a band, and ignores fits of other data', () => {
    const c = forecastChart(data, [fit('linear-regression', [1, 2], 'old'), fit('gradient-boosting', [141, 149])], 'holdout');
    expect(c.series.map((s) => s.name)).toEqual(['Actual sales', 'Gradient-boosted trees forecast']);
    expect(c.series[0].points.map((p) => p.x)).toEqual([4, 5]);
    expect(c.table.rows).toHaveLength(2);
    expect(c.table.rows[0].slice(3, 5)).toEqual(['–', 141]);
  });

  it('invites a fit when there is no forecast yet', () => {
    expect(forecastChart(data, [null, null], 'whole').summary).toMatch(/Train a model to draw its forecast/);
  });
});

describe('explaining a week', () => {
  const fit = (forecast: number[], breakdown: SalesFitResult['breakdown'] = []) =>
    ({ forecast: Float64Array.from(forecast), breakdown }) as SalesFitResult;

  it.each([
    { name: 'picks the week where the forecasts differ most', a: [10, 20, 30], b: [11, 26, 28], expected: 1 },
    { name: 'takes the first of equal gaps', a: [10, 20, 30], b: [15, 25, 30], expected: 0 },
    { name: 'starts at the first week when a model is missing', a: [10, 20, 30], b: null, expected: 0 },
  ])('$name', ({ a, b, expected }) => {
    expect(widestGap(fit(a), b ? fit(b) : null)).toBe(expected);
  });

  it('reads the parts of one week in order', () => {
    const f = fit([15, 25], [
      { part: 'trend-line', values: Float64Array.from([10, 20]) },
      { part: 'trees', values: Float64Array.from([5, 5]) },
    ]);
    expect(explainWeek(f, 1)).toEqual({ parts: [{ part: 'trend-line', value: 20 }, { part: 'trees', value: 5 }], forecast: 25 });
  });
});
