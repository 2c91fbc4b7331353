import type { DenseMatrix } from '../tree/types';
import type { SalesSeries } from './generate';

/** Weeks between a week and its seasonal lag ("the same week last year"). */
export const SEASONAL_LAG = 52;

export interface TreeFeatureOptions {
  /** Number of yearly sine/cosine pairs; default 3, clamped to 0–6. */
  fourierK?: number;
  /**
   * If given, add a "last year" column holding lagged[t − 52]: pass the series
   * the model learns (e.g. detrended units) so last year's value is on its scale.
   */
  lagged?: ArrayLike<number> | null;
}

/** Tree-ready features of a sales series, their names, and the first week with a full set. */
export interface SalesFeatures {
  matrix: DenseMatrix;
  names: string[];
  /** Rows before this one hold 0 for "last year" and must not be used for training (0 without a lag column). */
  firstRow: number;
}

/**
 * Features for tree models, one row per week t: week (t), week of year
 * (1–53), sin/cos(2πk·yf) for k = 1..K (yf = position in the year), promotion
 * (0/1), holiday (0/1), and optionally last year (lagged[t − 52]). The lag is
 * a whole year, so every holdout week up to 52 weeks ahead has its features
 * without forecasting recursively.
 */
export function salesTreeFeatures(series: SalesSeries, options: TreeFeatureOptions = {}): SalesFeatures {
  const kRaw = options.fourierK ?? 3;
  const K = Math.min(6, Math.max(0, Math.round(Number.isFinite(kRaw) ? kRaw : 3)));
  const lagged = options.lagged ?? null;
  const names = ['week', 'week of year'];
  for (let k = 1; k <= K; k++) names.push(`sin ${k}×year`, `cos ${k}×year`);
  names.push('promotion', 'holiday');
  if (lagged) names.push('last year');
  const cols = names.length;
  const rows = series.weeks;
  const data = new Float64Array(rows * cols);
  for (let t = 0; t < rows; t++) {
    const yf = series.yearFraction[t];
    let o = t * cols;
    data[o++] = t;
    data[o++] = Math.floor(yf * 52) + 1;
    for (let k = 1; k <= K; k++) {
      data[o++] = Math.sin(2 * Math.PI * k * yf);
      data[o++] = Math.cos(2 * Math.PI * k * yf);
    }
    data[o++] = series.promo[t];
    data[o++] = series.holiday[t];
    if (lagged) data[o] = t >= SEASONAL_LAG ? lagged[t - SEASONAL_LAG] : 0;
  }
  return { matrix: { data, rows, cols }, names, firstRow: lagged ? Math.min(SEASONAL_LAG, rows) : 0 };
}
