import { describe, expect, it } from 'vitest';
import { errorCost, UNIT_COSTS } from '../../../../src/engine/pilot-stores/cost';
import { BASIC_FEATURES, featureNames, forecastStore, storeDesign } from '../../../../src/engine/pilot-stores/forecast';
import { PILOT_PROFILES, storeSales, TRAIN_WEEKS, type Store } from '../../../../src/engine/pilot-stores/stores';
import { createRng } from '../../../../src/engine/random/rng';

/**
 * A store whose weekly units are set by hand: `units(t, local)` for week t
 * (local = 1 in its local-holiday weeks). Calendar, holidays and local weeks are
 * store 2's (the university town: weeks 20 and 35 of each year).
 */
function handStore(units: (t: number, local: number) => number): Store {
  const base = storeSales({ number: 2, ...PILOT_PROFILES[1] }, createRng(1));
  const u = Float64Array.from({ length: base.series.weeks }, (_, t) => units(t, base.local[t]));
  return { ...base, series: { ...base.series, units: u } };
}

describe('errorCost', () => {
  it('charges $4 per unit short and $1.50 per unit left over', () => {
    // Week 1: 10 short; week 2: 10 over; week 3: exact. 10·4 + 10·1.5 = 55.
    expect(errorCost([100, 100, 100], [90, 110, 100])).toEqual({ shortUnits: 10, overUnits: 10, stockoutCost: 40, wasteCost: 15, total: 55 });
    expect(UNIT_COSTS).toEqual({ stockout: 4, waste: 1.5 });
  });

  it('takes other unit costs and refuses arrays of different lengths', () => {
    expect(errorCost([50], [20], { stockout: 2, waste: 9 }).total).toBe(60);
    expect(() => errorCost([1, 2], [1])).toThrow(RangeError);
  });
});

describe('storeDesign', () => {
  it('has intercept, trend and national holiday, plus a column per accepted proposal', () => {
    expect(featureNames(BASIC_FEATURES)).toEqual(['intercept', 'trend', 'national holiday']);
    const all = featureNames({ season: true, localHoliday: true, promo: true });
    expect(all).toHaveLength(3 + 6 + 2);
    expect(all.slice(-2)).toEqual(['local holiday', 'promotion']);
    const store = handStore((t) => t);
    const d = storeDesign(store, { season: false, localHoliday: true, promo: false });
    expect(d.cols).toBe(4);
    const t = store.local.indexOf(1);
    expect(Array.from(d.data.subarray(t * 4, t * 4 + 4))).toEqual([1, t, store.series.holiday[t], 1]);
  });
});

describe('forecastStore', () => {
  it('scores a hand-made store: exact half the forecast year, doubled the other half, gives MAPE 25%', () => {
    // Training weeks lie on 100 + t, so the fit is that line and forecasts f_t = 100 + t.
    // In the forecast year (t = 156…207) even weeks sell 2·f_t: error f_t / 2f_t = 50%; odd weeks 0%.
    // MAPE = (26·50% + 26·0%) / 52 = 25%. Units short = Σ_{even t=156..206} (100 + t) = 26·100 + 26·181 = 7,306.
    const store = handStore((t) => (t >= TRAIN_WEEKS && t % 2 === 0 ? 2 : 1) * (100 + t));
    const r = forecastStore(store, BASIC_FEATURES);
    expect(r.store).toBe(2);
    expect(r.forecast[0]).toBeCloseTo(256, 6);
    expect(r.mape).toBeCloseTo(25, 8);
    expect(r.shortUnits).toBeCloseTo(7306, 6);
    expect(r.overUnits).toBeCloseTo(0, 6);
    expect(r.total).toBeCloseTo(7306 * 4, 5);
    expect(r.mae).toBeCloseTo(7306 / 52, 6);
  });

  it('misses the local holidays without the local-holiday feature and hits them with it', () => {
    // 200 units a week, 300 in each local-holiday week (weeks 20 and 35: two in the forecast year).
    // Basic: the fit averages the bumps in (intercept ≈ 200 + small), so both kinds of week are off.
    // With the feature the model is exact: MAPE 0.
    const store = handStore((_, local) => 200 + 100 * local);
    const basic = forecastStore(store, BASIC_FEATURES);
    const withLocal = forecastStore(store, { ...BASIC_FEATURES, localHoliday: true });
    expect(store.local.subarray(TRAIN_WEEKS).reduce((a, b) => a + b, 0)).toBe(2);
    expect(basic.mape).toBeGreaterThan(0.5);
    expect(withLocal.mape).toBeCloseTo(0, 8);
    expect(withLocal.total).toBeCloseTo(0, 5);
  });

  it('never forecasts fewer than 0 units', () => {
    const store = handStore((t) => Math.max(0, 300 - 2 * t));
    const r = forecastStore(store, BASIC_FEATURES);
    expect(Math.min(...r.forecast)).toBe(0);
  });
});
