import { randomNormal } from 'd3-random';
import type { Rng } from '../random/rng';
import { holidayOfWeek, weekDate, weekStart, yearFraction } from './calendar';

export interface SalesOptions {
  /** Number of weeks; default 208 (4 years), clamped to 156–520. */
  weeks?: number;
  /** Expected units sold in week 0 (before seasonality, promotions, holidays); default 500, clamped to 50–5,000. */
  level?: number;
  /** Change of the expected units per week, units/week; default 1.5, clamped to −0.5·level/weeks … 10. */
  trendPerWeek?: number;
  /** Largest seasonal swing from the trend, as a fraction of level; default 0.25, clamped to 0–0.6. */
  seasonality?: number;
  /** Probability that a (non-holiday) week runs a promotion; default 0.12, clamped to 0–0.3. */
  promoRate?: number;
  /** Extra units in a promotion week, as a fraction of level; default 0.3, clamped to 0–1. */
  promoLift?: number;
  /** Extra units in a holiday week (Black Friday, Christmas), as a fraction of level; default 0.6, clamped to 0–2. */
  holidayLift?: number;
  /** Standard deviation of the weekly noise, as a fraction of level; default 0.05, clamped to 0–0.3. */
  noise?: number;
}

/** One weekly series, column by column (index i = week i). */
export interface SalesSeries {
  weeks: number;
  /** ISO date of the Monday that starts each week. */
  date: string[];
  /** Position of that Monday in its year, in [0, 1). */
  yearFraction: Float64Array;
  /** Units sold (whole units, ≥ 0). */
  units: Float64Array;
  /** Expected units before noise (what a perfect model would forecast). */
  expected: Float64Array;
  /** 1 in a promotion week. */
  promo: Uint8Array;
  /** 1 in a holiday week. */
  holiday: Uint8Array;
  /** 'Black Friday', 'Christmas' or null. */
  holidayName: (string | null)[];
}

export const SALES_BOUNDS = {
  weeks: { min: 156, max: 520, default: 208 },
  level: { min: 50, max: 5_000, default: 500 },
  trendPerWeek: { min: -10, max: 10, default: 1.5 },
  seasonality: { min: 0, max: 0.6, default: 0.25 },
  promoRate: { min: 0, max: 0.3, default: 0.12 },
  promoLift: { min: 0, max: 1, default: 0.3 },
  holidayLift: { min: 0, max: 2, default: 0.6 },
  noise: { min: 0, max: 0.3, default: 0.05 },
} as const;

type Bound = { min: number; max: number; default: number };
const clamp = (x: number | undefined, b: Bound) =>
  x === undefined || !Number.isFinite(x) ? b.default : Math.min(b.max, Math.max(b.min, x));

/**
 * The yearly pattern: a peak of 1 in mid-December, a trough in mid-March and
 * a summer plateau; three harmonics of the year (so three Fourier pairs fit it
 * exactly), scaled so that max |s| = 1.
 * Input: position in the year t ∈ [0, 1).
 */
export function seasonalShape(t: number): number {
  return rawShape(t) / SHAPE_MAX;
}
function rawShape(t: number): number {
  const tau = 2 * Math.PI;
  return 0.8 * Math.cos(tau * (t - 0.9)) + 0.45 * Math.cos(2 * tau * (t - 0.95)) + 0.2 * Math.cos(3 * tau * (t - 0.62));
}
const SHAPE_MAX = (() => {
  let m = 0;
  for (let i = 0; i < 3650; i++) m = Math.max(m, Math.abs(rawShape(i / 3650)));
  return m;
})();

/**
 * Generates seeded weekly sales: for week t,
 * expected_t = level + trend·t + seasonality·level·s(yearFraction_t)
 *            + promoLift·level·promo_t + holidayLift·level·holiday_t,
 * units_t = max(0, round(expected_t + ε_t)), ε_t ~ Normal(0, noise·level).
 * Weeks start on Monday 4 January 2021. Same rng state and options ⇒ same series.
 */
export function generateSales(rng: Rng, options: SalesOptions = {}): SalesSeries {
  const weeks = Math.round(clamp(options.weeks, SALES_BOUNDS.weeks));
  const level = clamp(options.level, SALES_BOUNDS.level);
  const trendBound = { ...SALES_BOUNDS.trendPerWeek, min: Math.max(SALES_BOUNDS.trendPerWeek.min, (-0.5 * level) / weeks) };
  const trend = clamp(options.trendPerWeek, trendBound);
  const seasonality = clamp(options.seasonality, SALES_BOUNDS.seasonality);
  const promoRate = clamp(options.promoRate, SALES_BOUNDS.promoRate);
  const promoLift = clamp(options.promoLift, SALES_BOUNDS.promoLift);
  const holidayLift = clamp(options.holidayLift, SALES_BOUNDS.holidayLift);
  const noise = randomNormal.source(rng)(0, clamp(options.noise, SALES_BOUNDS.noise) * level);

  const series: SalesSeries = {
    weeks,
    date: new Array<string>(weeks),
    yearFraction: new Float64Array(weeks),
    units: new Float64Array(weeks),
    expected: new Float64Array(weeks),
    promo: new Uint8Array(weeks),
    holiday: new Uint8Array(weeks),
    holidayName: new Array<string | null>(weeks),
  };
  for (let t = 0; t < weeks; t++) {
    const monday = weekStart(t);
    const holidayName = holidayOfWeek(monday);
    const yf = yearFraction(monday);
    // Draw the promotion coin every week so the stream does not depend on the calendar.
    const promo = rng() < promoRate && holidayName === null ? 1 : 0;
    const mean =
      level + trend * t + seasonality * level * seasonalShape(yf) + promoLift * level * promo + (holidayName ? holidayLift * level : 0);
    series.date[t] = weekDate(t);
    series.yearFraction[t] = yf;
    series.expected[t] = mean;
    series.units[t] = Math.max(0, Math.round(mean + noise()));
    series.promo[t] = promo;
    series.holiday[t] = holidayName ? 1 : 0;
    series.holidayName[t] = holidayName;
  }
  return series;
}
