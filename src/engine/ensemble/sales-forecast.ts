import type { Rng } from '../random/rng';
import { leastSquares } from '../regression/least-squares';
import { salesTreeFeatures } from '../sales/features';
import type { SalesSeries } from '../sales/generate';
import { BOOSTING_KNOBS, fitGradientBoosting, predictBoosting, type BoostedModel, type BoostingOptions } from './boosting';

export interface BoostedForecastOptions extends BoostingOptions {
  /** Yearly sine/cosine pairs given to the trees; default 3, clamped to 0–6. */
  fourierK?: number;
  /** Add last year's (detrended) units as a feature; default false (it is noisy and costs a year of training rows). */
  seasonalLag?: boolean;
}

/** A boosted sales forecast: straight-line trend + boosted trees on what the line leaves. */
export interface BoostedForecast {
  kind: 'boosted-forecast';
  /** units ≈ intercept + slope · week on the training weeks (units, units per week). */
  trend: { intercept: number; slope: number };
  model: BoostedModel;
  fourierK: number;
  seasonalLag: boolean;
}

/**
 * Everything a learner can tune on the boosted forecast: the five boosting
 * knobs plus its two feature knobs (the linear model has one, fourierK).
 */
export const SALES_ENSEMBLE_KNOBS = [
  ...BOOSTING_KNOBS,
  { name: 'fourierK', label: 'seasonal terms', min: 0, max: 6, default: 3 },
  { name: 'seasonalLag', label: 'use last year’s sales', min: 0, max: 1, default: 0 },
] as const;

/**
 * Fits a boosted forecast on the training weeks `train`:
 * 1. fit a straight line units ≈ a + b·t by least squares (trees predict a
 *    constant outside the weeks they saw, so they cannot continue a trend);
 * 2. fit gradient-boosted trees to the detrended units u_t − (a + b·t) on
 *    week, week of year, seasonal terms, promotion, holiday (and last year).
 * Forecast = a + b·t + boosted(t), in units. rng draws the row subsamples.
 */
export function fitBoostedForecast(
  series: SalesSeries,
  train: Int32Array,
  rng: Rng,
  options: BoostedForecastOptions = {},
): BoostedForecast {
  const line: number[] = [];
  const units: number[] = [];
  for (const t of train) {
    line.push(1, t);
    units.push(series.units[t]);
  }
  const [intercept, slope] = leastSquares(line, train.length, 2, units).coefficients;
  const detrended = Float64Array.from(series.units, (u, t) => u - intercept - slope * t);
  const seasonalLag = options.seasonalLag ?? false;
  const features = salesTreeFeatures(series, { fourierK: options.fourierK, lagged: seasonalLag ? detrended : null });
  const rows = train.filter((t) => t >= features.firstRow);
  const model = fitGradientBoosting(features.matrix, detrended, rng, { ...options, featureNames: features.names }, rows);
  const fourierK = features.names.filter((n) => n.startsWith('sin')).length;
  return { kind: 'boosted-forecast', trend: { intercept, slope }, model, fourierK, seasonalLag };
}

/** Forecast for every week of the series (units): trend line + boosted trees. */
export function predictBoostedForecast(forecast: BoostedForecast, series: SalesSeries): Float64Array {
  const { intercept, slope } = forecast.trend;
  const detrended = Float64Array.from(series.units, (u, t) => u - intercept - slope * t);
  const features = salesTreeFeatures(series, { fourierK: forecast.fourierK, lagged: forecast.seasonalLag ? detrended : null });
  const boosted = predictBoosting(forecast.model, features.matrix);
  return boosted.map((v, t) => v + intercept + slope * t);
}
