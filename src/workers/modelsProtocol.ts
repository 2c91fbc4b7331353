/**
 * The message protocol between the page and models.worker.ts, which generates
 * data and fits the pure-TypeScript models (no TF.js) off the main thread.
 *
 * Every request carries an `id`; the worker answers it with exactly one final
 * reply of that id, `done` or `error`, possibly preceded by `progress` replies.
 * Requests run one at a time, in order. There is no cancel message: a fit is one
 * synchronous computation, so the page cancels by terminating the worker and
 * starting a fresh one for its next request.
 *
 * No engine code (type imports and bounds.ts only): the page can import this module without loading an engine.
 */
import { clampField, isRecord, type Bound } from './bounds';
import type { Clamp, Validation } from './jobs';
import type { PilotJob, PilotResult } from './pilotProtocol';

export type { Clamp, Validation } from './jobs';

/** The two models of the Sales forecast lab, as recorded in the runs store. */
export const SALES_MODELS = ['linear-regression', 'gradient-boosting'] as const;
export type SalesModel = (typeof SALES_MODELS)[number];

/** Which seeded weekly sales series to generate. Fractions, not percent. */
export interface SalesDataSpec {
  seed: number;
  /** Years of weekly history (52 weeks each). */
  years: number;
  /** Standard deviation of the weekly noise, as a fraction of the typical level. */
  noise: number;
  /** Probability that a non-holiday week runs a promotion. */
  promoRate: number;
}

/** The linear model's one knob. */
export interface LinearSettings {
  /** Yearly sine/cosine pairs in the design. */
  fourierK: number;
}

/** The boosted forecast's seven knobs (see SALES_ENSEMBLE_KNOBS in the engine). */
export interface EnsembleSettings {
  nEstimators: number;
  learningRate: number;
  maxDepth: number;
  minSamplesLeaf: number;
  subsample: number;
  fourierK: number;
  seasonalLag: boolean;
}

/** One fit: which model, on which data, with which knobs. */
export type SalesJob =
  | { model: 'linear-regression'; data: SalesDataSpec; settings: LinearSettings }
  | { model: 'gradient-boosting'; data: SalesDataSpec; settings: EnsembleSettings };

/** Messages the page sends to the worker. */
export type ModelsRequest =
  | { type: 'sales-data'; id: number; data: SalesDataSpec }
  | { type: 'fit-sales'; id: number; job: SalesJob }
  | { type: 'pilot-stores'; id: number; job: PilotJob };

/** The generated series, for the chart (the worker keeps its own copy to fit on). */
export interface SalesDataResult {
  /** contentHash of the generated units (FNV-1a 64, 16 hex digits). */
  datasetVersion: string;
  weeks: number;
  /** Index of the first holdout week; weeks before it are training weeks. */
  holdoutStart: number;
  /** ISO date (YYYY-MM-DD) of the Monday starting each week. */
  date: string[];
  /** Units sold each week. */
  units: Float64Array;
  /** 1 in a promotion week. */
  promo: Uint8Array;
  /** 'Black Friday', 'Christmas' or null, per week. */
  holidayName: (string | null)[];
  /** The data spec as used (after clamping). */
  data: SalesDataSpec;
  clamped: Clamp[];
}

/** What a fit scores, in the units the lab shows. */
export interface SalesMetrics {
  /** Mean absolute percentage error on the holdout weeks, in percent. */
  mape: number;
  /** Mean absolute error on the holdout weeks, in units per week. */
  mae: number;
  /** Number of settings a learner can tune on this model. */
  knobs: number;
  /** Numbers the fitted model needs to predict. */
  parameters: number;
  /** UTF-8 bytes of the fitted model as JSON. */
  sizeBytes: number;
  /** Wall time of the fit (features included, data generation excluded), ms. */
  trainMs: number;
}

/**
 * One additive part of a forecast. Linear: 'base' (intercept), 'trend', 'season'
 * (all sine/cosine terms), 'promo', 'holiday'. Ensemble: 'trend-line' (its
 * least-squares line) and 'trees' (the boosted trees' summed correction).
 */
export type ForecastPart = 'base' | 'trend' | 'season' | 'promo' | 'holiday' | 'trend-line' | 'trees';

/** A finished fit. */
export interface SalesFitResult {
  model: SalesModel;
  datasetVersion: string;
  holdoutStart: number;
  /** Forecast for each holdout week, in order (units). */
  forecast: Float64Array;
  metrics: SalesMetrics;
  /** The forecast taken apart: for each holdout week i, Σ_parts values[i] = forecast[i] (units). */
  breakdown: { part: ForecastPart; values: Float64Array }[];
  /** The linear coefficients read as plain sentences; empty for the ensemble. */
  sentences: string[];
  /** Trees in the ensemble (0 for the linear model). */
  trees: number;
  /** The job as run (after clamping). */
  job: SalesJob;
  clamped: Clamp[];
  /** Wall time in the worker for the whole request (data included), ms. */
  durationMs: number;
}

/** The result carried by `done`, per request type. */
export interface ModelsResultMap {
  'sales-data': SalesDataResult;
  'fit-sales': SalesFitResult;
  'pilot-stores': PilotResult;
}

export type ModelsRequestKind = ModelsRequest['type'];

/** Final success reply. */
export type ModelsDoneReply = {
  [K in ModelsRequestKind]: { type: 'done'; id: number; kind: K; result: ModelsResultMap[K] };
}[ModelsRequestKind];

/** Which phase a running fit is in. */
export type ModelsProgressReply = { type: 'progress'; id: number; stage: 'generating' | 'fitting' };

/** Why a request failed: 'invalid-job' (refused before any work) or 'failed' (threw while working). */
export interface ModelsErrorReply {
  type: 'error';
  /** Null when the failure is not tied to a request (an unreadable message). */
  id: number | null;
  code: 'invalid-job' | 'failed';
  message: string;
}

/** Messages the worker sends back. */
export type ModelsReply = ModelsProgressReply | ModelsDoneReply | ModelsErrorReply;

/**
 * Bounds of a sales job. They repeat the engine's (SALES_BOUNDS, LINEAR_KNOBS,
 * SALES_ENSEMBLE_KNOBS) so this module stays free of engine code; a unit test
 * holds the two in step. Years stop at 6 so the worst fit stays about a second.
 */
export const SALES_JOB_BOUNDS = {
  seed: { min: 0, max: 2 ** 31 - 1, default: 42, integer: true },
  years: { min: 3, max: 6, default: 4, integer: true },
  noise: { min: 0, max: 0.3, default: 0.05, integer: false },
  promoRate: { min: 0, max: 0.3, default: 0.12, integer: false },
  linearFourierK: { min: 0, max: 6, default: 3, integer: true },
  nEstimators: { min: 1, max: 500, default: 200, integer: true },
  learningRate: { min: 0.005, max: 1, default: 0.05, integer: false },
  maxDepth: { min: 1, max: 6, default: 3, integer: true },
  minSamplesLeaf: { min: 1, max: 50, default: 3, integer: true },
  subsample: { min: 0.3, max: 1, default: 1, integer: false },
  fourierK: { min: 0, max: 6, default: 3, integer: true },
} as const satisfies Record<string, Bound>;

/** Weeks held back at the end of every series: the last half year. */
export const HOLDOUT_WEEKS = 26;

type Clamper = (field: string, raw: unknown, bound: Bound) => number;

/** A clamp function that records each change it makes in `clamped`. */
const clamper =
  (clamped: Clamp[]): Clamper =>
  (field, raw, b) =>
    clampField(field, raw, b, clamped);

/**
 * Bounds a data spec: every field is clamped to SALES_JOB_BOUNDS (integers rounded);
 * a missing, non-numeric or non-finite field takes its default. Each change to a
 * value that was sent is listed in `clamped` under `data.<field>` (a non-number is
 * reported as requested NaN). Never fails, never mutates its input.
 */
export function validateSalesData(data: unknown, clamped: Clamp[] = []): SalesDataSpec {
  const d = isRecord(data) ? data : {};
  const c = clamper(clamped);
  const B = SALES_JOB_BOUNDS;
  return {
    seed: c('data.seed', d.seed, B.seed),
    years: c('data.years', d.years, B.years),
    noise: c('data.noise', d.noise, B.noise),
    promoRate: c('data.promoRate', d.promoRate, B.promoRate),
  };
}

/**
 * Checks a fit job from an untrusted sender and returns a bounded copy: refuses an
 * unknown model or a missing job; clamps every numeric field (data and knobs) to
 * SALES_JOB_BOUNDS, replacing missing or unreadable numbers by their defaults, and
 * reads seasonalLag as true only when it is `true` or 1. Each change is reported.
 */
export function validateSalesJob(job: unknown): Validation<SalesJob> {
  if (!isRecord(job)) return { ok: false, error: 'The fit job is missing.' };
  if (!SALES_MODELS.includes(job.model as SalesModel)) {
    return { ok: false, error: `model must be one of ${SALES_MODELS.join(', ')}.` };
  }
  const clamped: Clamp[] = [];
  const data = validateSalesData(job.data, clamped);
  const s = isRecord(job.settings) ? job.settings : {};
  const c = clamper(clamped);
  const B = SALES_JOB_BOUNDS;
  if (job.model === 'linear-regression') {
    return { ok: true, value: { model: 'linear-regression', data, settings: { fourierK: c('settings.fourierK', s.fourierK, B.linearFourierK) } }, clamped };
  }
  const settings: EnsembleSettings = {
    nEstimators: c('settings.nEstimators', s.nEstimators, B.nEstimators),
    learningRate: c('settings.learningRate', s.learningRate, B.learningRate),
    maxDepth: c('settings.maxDepth', s.maxDepth, B.maxDepth),
    minSamplesLeaf: c('settings.minSamplesLeaf', s.minSamplesLeaf, B.minSamplesLeaf),
    subsample: c('settings.subsample', s.subsample, B.subsample),
    fourierK: c('settings.fourierK', s.fourierK, B.fourierK),
    seasonalLag: s.seasonalLag === true || s.seasonalLag === 1,
  };
  return { ok: true, value: { model: 'gradient-boosting', data, settings }, clamped };
}
