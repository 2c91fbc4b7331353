import { describe, expect, it } from 'vitest';
import { SALES_ENSEMBLE_KNOBS, fitBoostedForecast, predictBoostedForecast } from '../../../../src/engine/ensemble/sales-forecast';
import { LINEAR_KNOBS, fitLinearModel, predictLinear } from '../../../../src/engine/regression/linear-model';
import { salesDesign } from '../../../../src/engine/regression/design';
import { mape } from '../../../../src/engine/metrics/forecast-error';
import { generateSales } from '../../../../src/engine/sales/generate';
import { timeSplit } from '../../../../src/engine/sales/split';
import { createRng } from '../../../../src/engine/random/rng';

describe('fitBoostedForecast', () => {
  const series = generateSales(createRng(42));
  const { train, holdout } = timeSplit(series.weeks);
  const actual = Array.from(holdout, (t) => series.units[t]);
  const holdoutMape = (p: Float64Array) => mape(actual, Array.from(holdout, (t) => p[t]));

  it('removes a straight-line trend first, fitted on the training weeks', () => {
    const f = fitBoostedForecast(series, train, createRng(1), { nEstimators: 10 });
    expect(f.trend.slope).toBeGreaterThan(1);
    expect(f.trend.slope).toBeLessThan(2);
  });

  it('forecasts the holdout about as well as the linear model (default data)', () => {
    const boosted = holdoutMape(predictBoostedForecast(fitBoostedForecast(series, train, createRng(1)), series));
    const design = salesDesign(series);
    const linear = holdoutMape(predictLinear(fitLinearModel(design, series.units, train), design));
    expect(boosted).toBeLessThan(5);
    expect(Math.abs(boosted - linear)).toBeLessThan(1.5);
  });

  it('trains on weeks with a full year of history when last year is a feature', () => {
    const f = fitBoostedForecast(series, train, createRng(1), { nEstimators: 5, seasonalLag: true });
    expect(f.model.featureNames).toContain('last year');
    expect(f.model.trees[0].nodes[0].samples).toBe(train.length - 52);
  });

  it('is deterministic for a seed', () => {
    const a = predictBoostedForecast(fitBoostedForecast(series, train, createRng(3), { subsample: 0.7, nEstimators: 30 }), series);
    const b = predictBoostedForecast(fitBoostedForecast(series, train, createRng(3), { subsample: 0.7, nEstimators: 30 }), series);
    expect(a).toEqual(b);
  });

  it('has seven knobs to the linear model’s one', () => {
    expect(SALES_ENSEMBLE_KNOBS).toHaveLength(7);
    expect(LINEAR_KNOBS).toHaveLength(1);
  });
});
