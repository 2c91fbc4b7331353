import { mae, mape } from '../metrics/forecast-error';
import { leastSquares } from '../regression/least-squares';
import { errorCost, UNIT_COSTS, type UnitCosts } from './cost';
import type { StoreScore } from './rule';
import { TRAIN_WEEKS, type Store } from './stores';

/** Which of the store managers' proposals the forecast uses. The basic forecast uses none. */
export interface FeatureSet {
  /** Seasonal component: three yearly sine/cosine pairs. */
  season: boolean;
  /** Local-holiday feature: 1 in the store's own holiday weeks. */
  localHoliday: boolean;
  /** Promotion calendar: 1 in the store's planned promotion weeks. */
  promo: boolean;
}

export const BASIC_FEATURES: FeatureSet = { season: false, localHoliday: false, promo: false };

/** Yearly sine/cosine pairs of the seasonal component (the generator's yearly shape has three harmonics). */
export const SEASONAL_TERMS = 3;

/** Column names of the design for a feature set, in order. */
export function featureNames(f: FeatureSet): string[] {
  const names = ['intercept', 'trend', 'national holiday'];
  if (f.season) for (let k = 1; k <= SEASONAL_TERMS; k++) names.push(`sin ${k}×year`, `cos ${k}×year`);
  if (f.localHoliday) names.push('local holiday');
  if (f.promo) names.push('promotion');
  return names;
}

/**
 * Row-major design matrix (weeks × columns) of one store for a feature set.
 * For week t: 1, t (weeks), the national-holiday flag; with the seasonal
 * component sin(2πk·yf) and cos(2πk·yf) for k = 1..3 (yf = position in the
 * year); with the local-holiday feature the store's local-holiday flag; with
 * the promotion calendar its promotion flag. The same columns as the Sales
 * forecast lab's linear model, plus the local holiday.
 */
export function storeDesign(store: Store, f: FeatureSet): { data: Float64Array; rows: number; cols: number } {
  const { series, local } = store;
  const cols = featureNames(f).length;
  const rows = series.weeks;
  const data = new Float64Array(rows * cols);
  for (let t = 0; t < rows; t++) {
    const yf = series.yearFraction[t];
    let o = t * cols;
    data[o++] = 1;
    data[o++] = t;
    data[o++] = series.holiday[t];
    if (f.season) {
      for (let k = 1; k <= SEASONAL_TERMS; k++) {
        data[o++] = Math.sin(2 * Math.PI * k * yf);
        data[o++] = Math.cos(2 * Math.PI * k * yf);
      }
    }
    if (f.localHoliday) data[o++] = local[t];
    if (f.promo) data[o++] = series.promo[t];
  }
  return { data, rows, cols };
}

/** One store's forecast year, scored, with the forecast itself. */
export interface StoreForecast extends StoreScore {
  /** Forecast for each week of the forecast year, units (never below 0). */
  forecast: Float64Array;
}

/**
 * Fits the store's own linear model by least squares (Householder QR) on its
 * TRAIN_WEEKS training weeks and forecasts the 52 weeks after them:
 * forecast_t = max(0, Σ_j β_j x_tj). Scores the forecast year: MAPE (%), MAE
 * (units a week) and the cost of its errors (errorCost, dollars).
 */
export function forecastStore(store: Store, f: FeatureSet, costs: UnitCosts = UNIT_COSTS): StoreForecast {
  const { data, rows, cols } = storeDesign(store, f);
  const units = store.series.units;
  const fit = leastSquares(data.subarray(0, TRAIN_WEEKS * cols), TRAIN_WEEKS, cols, units.subarray(0, TRAIN_WEEKS));
  const horizon = rows - TRAIN_WEEKS;
  const forecast = new Float64Array(horizon);
  for (let i = 0; i < horizon; i++) {
    const o = (TRAIN_WEEKS + i) * cols;
    let s = 0;
    for (let j = 0; j < cols; j++) s += fit.coefficients[j] * data[o + j];
    forecast[i] = Math.max(0, s);
  }
  const actual = units.subarray(TRAIN_WEEKS);
  return { store: store.profile.number, mape: mape(actual, forecast), mae: mae(actual, forecast), ...errorCost(actual, forecast, costs), forecast };
}
