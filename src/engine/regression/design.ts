import type { SalesSeries } from '../sales/generate';

/** What one column of a sales design matrix means, and the unit of its coefficient. */
export interface DesignColumn {
  kind: 'intercept' | 'trend' | 'sin' | 'cos' | 'promo' | 'holiday';
  /** Harmonic number for 'sin' / 'cos' (1 = once a year); 0 otherwise. */
  k: number;
  name: string;
  /** Unit of this column's coefficient. */
  unit: string;
}

export interface DesignOptions {
  /** Number of yearly sine/cosine pairs; default 3, clamped to 0–6. */
  fourierK?: number;
  /** Include the week index (linear trend); default true. */
  trend?: boolean;
  /** Include the promotion flag; default true. */
  promo?: boolean;
  /** Include the holiday flag; default true. */
  holiday?: boolean;
}

/** A row-major design matrix (rows = weeks) with its column meanings. */
export interface Design {
  data: Float64Array;
  rows: number;
  cols: number;
  columns: DesignColumn[];
}

export const FOURIER_BOUNDS = { min: 0, max: 6, default: 3 } as const;

/** The columns {@link salesDesign} builds for these options, in order. */
export function designColumns(options: DesignOptions = {}): DesignColumn[] {
  const kRaw = options.fourierK ?? FOURIER_BOUNDS.default;
  const K = Math.min(FOURIER_BOUNDS.max, Math.max(FOURIER_BOUNDS.min, Math.round(Number.isFinite(kRaw) ? kRaw : 3)));
  const cols: DesignColumn[] = [{ kind: 'intercept', k: 0, name: 'intercept', unit: 'units' }];
  if (options.trend ?? true) cols.push({ kind: 'trend', k: 0, name: 'trend', unit: 'units per week' });
  for (let k = 1; k <= K; k++) {
    cols.push({ kind: 'sin', k, name: `sin ${k}×year`, unit: 'units' });
    cols.push({ kind: 'cos', k, name: `cos ${k}×year`, unit: 'units' });
  }
  if (options.promo ?? true) cols.push({ kind: 'promo', k: 0, name: 'promotion', unit: 'units per promotion week' });
  if (options.holiday ?? true) cols.push({ kind: 'holiday', k: 0, name: 'holiday', unit: 'units per holiday week' });
  return cols;
}

/** Value of one design column for week t with position in the year yf ∈ [0, 1). */
export function columnValue(c: DesignColumn, t: number, yf: number, promo: number, holiday: number): number {
  switch (c.kind) {
    case 'intercept':
      return 1;
    case 'trend':
      return t;
    case 'sin':
      return Math.sin(2 * Math.PI * c.k * yf);
    case 'cos':
      return Math.cos(2 * Math.PI * c.k * yf);
    case 'promo':
      return promo;
    case 'holiday':
      return holiday;
  }
}

/**
 * Design matrix for weekly sales: for week t, the columns are 1 (intercept),
 * t (trend, in weeks), sin(2πk·yf) and cos(2πk·yf) for k = 1..K (yearly
 * seasonality, yf = position in the year), the promotion flag and the holiday
 * flag. A linear model on it reads: units ≈ b0 + b1·t + season(yf) + b_p·promo + b_h·holiday.
 */
export function salesDesign(series: SalesSeries, options: DesignOptions = {}): Design {
  const columns = designColumns(options);
  const rows = series.weeks;
  const cols = columns.length;
  const data = new Float64Array(rows * cols);
  for (let t = 0; t < rows; t++) {
    for (let j = 0; j < cols; j++) {
      data[t * cols + j] = columnValue(columns[j], t, series.yearFraction[t], series.promo[t], series.holiday[t]);
    }
  }
  return { data, rows, cols, columns };
}
