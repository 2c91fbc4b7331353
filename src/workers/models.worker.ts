/// <reference lib="webworker" />
/**
 * Models worker: generates the Sales forecast lab's weekly sales and fits its
 * linear regression and boosted forecast off the main thread, so the page stays
 * responsive however many trees a learner asks for; also forecasts the Pilot
 * stores lab's chain of stores (pilot-host.ts). Pure TypeScript engines only
 * (no TF.js). The handler is exported so tests can run it in-process; it binds to
 * the message port only when this module runs inside a worker.
 */
import { fitBoostedForecast, predictBoostedForecast, SALES_ENSEMBLE_KNOBS } from '../engine/ensemble/sales-forecast';
import { mae, mape } from '../engine/metrics/forecast-error';
import { boostedSize, linearModelSize } from '../engine/metrics/model-size';
import { childSeed, createRng } from '../engine/random/rng';
import { salesDesign, type Design, type DesignColumn } from '../engine/regression/design';
import { describeCoefficients } from '../engine/regression/explain';
import { fitLinearModel, LINEAR_KNOBS, predictLinear, type LinearModel } from '../engine/regression/linear-model';
import { generateSales, type SalesSeries } from '../engine/sales/generate';
import { timeSplit, type TimeSplit } from '../engine/sales/split';
import { contentHash } from '../lib/hash';
import {
  HOLDOUT_WEEKS,
  validateSalesData,
  validateSalesJob,
  type Clamp,
  type ForecastPart,
  type ModelsReply,
  type SalesDataResult,
  type SalesDataSpec,
  type SalesFitResult,
  type SalesJob,
} from './modelsProtocol';
import { runPilotJob } from './pilot-host';
import { accepted, answerTagged, inWorker, serve, type Post } from './serve';
import { validatePilotJob } from './pilotProtocol';

/** A generated series with its time split and content hash. */
export interface PreparedSales {
  data: SalesDataSpec;
  series: SalesSeries;
  split: TimeSplit;
  datasetVersion: string;
}

let cached: { key: string; prepared: PreparedSales } | null = null;

/**
 * The series for a (bounded) data spec: generateSales seeded with `seed`, 52·years
 * weeks, the spec's noise and promotion rate, the last HOLDOUT_WEEKS held out.
 * The last series is kept, so fitting both models on it generates it once.
 */
export function prepareSales(data: SalesDataSpec): PreparedSales {
  const key = JSON.stringify([data.seed, data.years, data.noise, data.promoRate]);
  if (cached?.key === key) return cached.prepared;
  const series = generateSales(createRng(data.seed), { weeks: 52 * data.years, noise: data.noise, promoRate: data.promoRate });
  const prepared = { data, series, split: timeSplit(series.weeks, HOLDOUT_WEEKS), datasetVersion: contentHash(series.units) };
  cached = { key, prepared };
  return prepared;
}

/**
 * Fits one model on the training weeks and scores it on the holdout weeks:
 * MAPE (%) and MAE (units/week), knobs, parameters, JSON bytes, fit time (ms,
 * design or features included). The ensemble draws its row subsamples from
 * childSeed(seed, 'boost'), so the same job always gives the same numbers.
 */
export function fitSales(job: SalesJob, prepared: PreparedSales): Omit<SalesFitResult, 'clamped' | 'durationMs'> {
  const { series, split } = prepared;
  let all: Float64Array;
  let size: { parameters: number; bytes: number };
  let trainMs: number;
  let knobs: number;
  let sentences: string[] = [];
  let trees = 0;
  let breakdown: SalesFitResult['breakdown'];
  if (job.model === 'linear-regression') {
    const t0 = performance.now();
    const design = salesDesign(series, { fourierK: job.settings.fourierK });
    const model = fitLinearModel(design, series.units, split.train);
    trainMs = performance.now() - t0;
    all = predictLinear(model, design);
    size = linearModelSize(model);
    knobs = LINEAR_KNOBS.length;
    sentences = describeCoefficients(model);
    breakdown = linearBreakdown(model, design, split.holdout);
  } else {
    const t0 = performance.now();
    const model = fitBoostedForecast(series, split.train, createRng(childSeed(job.data.seed, 'boost')), job.settings);
    trainMs = performance.now() - t0;
    all = predictBoostedForecast(model, series);
    size = boostedSize(model);
    knobs = SALES_ENSEMBLE_KNOBS.length;
    trees = model.model.trees.length;
    const line = Float64Array.from(split.holdout, (t) => model.trend.intercept + model.trend.slope * t);
    breakdown = [
      { part: 'trend-line', values: line },
      { part: 'trees', values: Float64Array.from(split.holdout, (t, i) => all[t] - line[i]) },
    ];
  }
  const actual = Float64Array.from(split.holdout, (t) => series.units[t]);
  const forecast = Float64Array.from(split.holdout, (t) => all[t]);
  return {
    model: job.model,
    datasetVersion: prepared.datasetVersion,
    holdoutStart: split.holdout[0],
    forecast,
    metrics: { mape: mape(actual, forecast), mae: mae(actual, forecast), knobs, parameters: size.parameters, sizeBytes: size.bytes, trainMs },
    breakdown,
    sentences,
    trees,
    job,
  };
}

const PART_OF: Record<DesignColumn['kind'], ForecastPart> = {
  intercept: 'base',
  trend: 'trend',
  sin: 'season',
  cos: 'season',
  promo: 'promo',
  holiday: 'holiday',
};

/** β_j · x_tj summed by part (base, trend, season, promo, holiday) for each week t in `weeks`, in units. */
export function linearBreakdown(model: LinearModel, design: Design, weeks: ArrayLike<number>): SalesFitResult['breakdown'] {
  const parts = [...new Set(model.columns.map((c) => PART_OF[c.kind]))];
  const out = parts.map((part) => ({ part, values: new Float64Array(weeks.length) }));
  model.columns.forEach((c, j) => {
    const values = out[parts.indexOf(PART_OF[c.kind])].values;
    for (let i = 0; i < weeks.length; i++) values[i] += model.coefficients[j] * design.data[weeks[i] * design.cols + j];
  });
  return out;
}

let warmedUp = false;

/**
 * Fits both models once on a small throwaway series so the JIT has compiled the
 * hot code before the learner's first fit: otherwise the first click times the
 * compiler (a linear fit reads 50 ms cold, under 1 ms warm) and the lab's
 * "training time" would compare start-up costs instead of models. Leaves the
 * cached series alone. Runs once per worker, after the first data reply.
 */
export function warmUp(): void {
  if (warmedUp) return;
  warmedUp = true;
  const data: SalesDataSpec = { seed: 1, years: 3, noise: 0.05, promoRate: 0.12 };
  const series = generateSales(createRng(data.seed), { weeks: 52 * data.years });
  const prepared = { data, series, split: timeSplit(series.weeks, HOLDOUT_WEEKS), datasetVersion: '' };
  fitSales({ model: 'linear-regression', data, settings: { fourierK: 3 } }, prepared);
  const settings = { nEstimators: 20, learningRate: 0.05, maxDepth: 3, minSamplesLeaf: 3, subsample: 1, fourierK: 3, seasonalLag: false };
  fitSales({ model: 'gradient-boosting', data, settings }, prepared);
}

function dataResult(prepared: PreparedSales, clamped: Clamp[]): SalesDataResult {
  const { series, split } = prepared;
  return {
    datasetVersion: prepared.datasetVersion,
    weeks: series.weeks,
    holdoutStart: split.holdout[0],
    date: series.date,
    units: series.units,
    promo: series.promo,
    holidayName: series.holidayName,
    data: prepared.data,
    clamped,
  };
}

/** Answers one request with progress replies and exactly one `done` or `error`. */
export function handleModelsRequest(message: unknown, post: Post<ModelsReply>): void {
  answerTagged(message, post, {
    'sales-data': (m, id) => {
      const clamped: Clamp[] = [];
      const data = validateSalesData(m.data, clamped);
      post({ type: 'done', id, kind: 'sales-data', result: dataResult(prepareSales(data), clamped) });
      // In a worker, after the reply is out; a fit requested meanwhile waits for it (a few tens of ms).
      if (!warmedUp && inWorker) setTimeout(warmUp, 0);
    },
    'fit-sales': (m, id, started) => {
      const { value, clamped } = accepted(validateSalesJob(m.job));
      post({ type: 'progress', id, stage: 'generating' });
      const prepared = prepareSales(value.data);
      post({ type: 'progress', id, stage: 'fitting' });
      const fit = fitSales(value, prepared);
      post({ type: 'done', id, kind: 'fit-sales', result: { ...fit, clamped, durationMs: performance.now() - started } });
    },
    'pilot-stores': (m, id, started) => {
      const { value, clamped } = accepted(validatePilotJob(m.job));
      post({ type: 'progress', id, stage: 'fitting' });
      const result = runPilotJob(value);
      post({ type: 'done', id, kind: 'pilot-stores', result: { ...result, clamped, durationMs: performance.now() - started } });
    },
  });
}

if (inWorker) serve(handleModelsRequest);
