import type { ForecastPart, SalesFitResult } from '../../workers/modelsProtocol';

/** One holdout week of one fit, taken apart: the parts (units) add up to the forecast. */
export interface WeekExplanation {
  parts: { part: ForecastPart; value: number }[];
  forecast: number;
}

/** The additive parts of `fit`'s forecast for holdout week i (0 = first holdout week). */
export function explainWeek(fit: SalesFitResult, i: number): WeekExplanation {
  return {
    parts: fit.breakdown.map((b) => ({ part: b.part, value: b.values[i] })),
    forecast: fit.forecast[i],
  };
}

/** Index of the holdout week where the two forecasts differ most (the first such week); 0 if either is missing. */
export function widestGap(linear: SalesFitResult | null, ensemble: SalesFitResult | null): number {
  if (!linear || !ensemble) return 0;
  let best = 0;
  for (let i = 1; i < linear.forecast.length; i++) {
    if (Math.abs(linear.forecast[i] - ensemble.forecast[i]) > Math.abs(linear.forecast[best] - ensemble.forecast[best])) best = i;
  }
  return best;
}
