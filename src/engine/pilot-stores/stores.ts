import { randomUniform } from 'd3-random';
import { childSeed, createRng, type Rng } from '../random/rng';
import { generateSales, type SalesSeries } from '../sales/generate';
import { STORE_COUNT } from './rule';

/** Weeks of history per store: three years of training and one year of forecasting. */
export const STORE_WEEKS = 208;
/** Training weeks (the first three years); the remaining 52 are the forecast year each store is scored on. */
export const TRAIN_WEEKS = 156;

/** What a store is like: the knobs its sales were generated with. */
export interface StoreProfile {
  /** 1-based store number. */
  number: number;
  /** Typical units a week (before trend, season, promotions, holidays). */
  level: number;
  /** Yearly growth of the expected units, as a fraction of level (0.03 = 3 % a year). */
  growth: number;
  /** Largest seasonal swing from the trend, as a fraction of level. */
  seasonality: number;
  /** Share of (non-holiday) weeks that run a store promotion. */
  promoRate: number;
  /** Extra units in a promotion week, as a fraction of level. */
  promoLift: number;
  /** Extra units in a national holiday week (Black Friday, Christmas), as a fraction of level. */
  holidayLift: number;
  /** Weeks of the year (1–52) of the store's local holidays (a town fair, students moving in); empty if none. */
  localWeeks: number[];
  /** Extra units in a local-holiday week, as a fraction of level (0 if none). */
  localLift: number;
  /** Standard deviation of the weekly noise, as a fraction of level. */
  noise: number;
}

/** One store: its profile, its weekly sales and which weeks were local holidays. */
export interface Store {
  profile: StoreProfile;
  /** Weekly sales (generateSales plus the local-holiday lift), STORE_WEEKS weeks from 4 January 2021. */
  series: SalesSeries;
  /** 1 in a local-holiday week. */
  local: Uint8Array;
}

/** Week of the year (1–52) of a position in the year yf ∈ [0, 1): ⌊52·yf⌋ + 1, capped at 52. */
export function weekOfYear(yf: number): number {
  return Math.min(52, Math.floor(yf * 52) + 1);
}

/**
 * The three pilot stores, each with what its manager knows and the basic
 * forecast does not: store 1 swings hard with the seasons, store 2 is a
 * university town (move-in week 35 and graduation week 20), store 3 runs its
 * own promotion calendar often.
 */
export const PILOT_PROFILES: readonly Omit<StoreProfile, 'number'>[] = [
  { level: 620, growth: 0.03, seasonality: 0.42, promoRate: 0.04, promoLift: 0.15, holidayLift: 0.5, localWeeks: [], localLift: 0, noise: 0.045 },
  { level: 410, growth: 0.02, seasonality: 0.12, promoRate: 0.03, promoLift: 0.15, holidayLift: 0.4, localWeeks: [20, 35], localLift: 1.1, noise: 0.05 },
  { level: 860, growth: 0.04, seasonality: 0.14, promoRate: 0.26, promoLift: 0.55, holidayLift: 0.55, localWeeks: [], localLift: 0, noise: 0.04 },
];

/**
 * Draws the profile of a non-pilot store from `rng`: level 200–1,400 units a
 * week, growth −2 % to +5 % a year, seasonality 0.05–0.45, promotion rate
 * 0.03–0.25 with lift 0.1–0.5, national holiday lift 0.3–0.7, a local holiday
 * with probability ½ (one or two weeks among weeks 8–44, lift 0.3–0.9), noise
 * 0.03–0.10. Always draws the same number of values, so one store's profile
 * never shifts the next one's.
 */
export function drawProfile(rng: Rng, number: number): StoreProfile {
  const u = (a: number, b: number) => randomUniform.source(rng)(a, b)();
  const round = (x: number, d: number) => Number(x.toFixed(d));
  const hasLocal = rng() < 0.5;
  const two = rng() < 0.4;
  const w1 = 8 + Math.floor(rng() * 37);
  const w2 = 8 + Math.floor(rng() * 37);
  const localWeeks = hasLocal ? [...new Set(two ? [w1, w2] : [w1])].sort((a, b) => a - b) : [];
  const localLift = round(u(0.3, 0.9), 3);
  return {
    number,
    level: Math.round(u(200, 1400)),
    growth: round(u(-0.02, 0.05), 3),
    seasonality: round(u(0.05, 0.45), 3),
    promoRate: round(u(0.03, 0.25), 3),
    promoLift: round(u(0.1, 0.5), 3),
    holidayLift: round(u(0.3, 0.7), 3),
    localWeeks,
    localLift: hasLocal ? localLift : 0,
    noise: round(u(0.03, 0.1), 3),
  };
}

/**
 * Weekly sales of one store: generateSales with the profile's level, trend
 * (growth·level/52 units a week), seasonality, promotions, national holidays
 * and noise, then + round(localLift·level) units in each local-holiday week
 * (added to `expected` unrounded). Seeded by `rng` alone.
 */
export function storeSales(profile: StoreProfile, rng: Rng): Store {
  const series = generateSales(rng, {
    weeks: STORE_WEEKS,
    level: profile.level,
    trendPerWeek: (profile.growth * profile.level) / 52,
    seasonality: profile.seasonality,
    promoRate: profile.promoRate,
    promoLift: profile.promoLift,
    holidayLift: profile.holidayLift,
    noise: profile.noise,
  });
  const local = new Uint8Array(series.weeks);
  const lift = profile.localLift * profile.level;
  for (let t = 0; t < series.weeks; t++) {
    if (!profile.localWeeks.includes(weekOfYear(series.yearFraction[t]))) continue;
    local[t] = 1;
    series.expected[t] += lift;
    series.units[t] += Math.round(lift);
  }
  return { profile, series, local };
}

/**
 * The chain: STORE_COUNT stores, the first PILOT_COUNT with PILOT_PROFILES, the
 * rest drawn by drawProfile from childSeed(seed, 'profiles'); store i's sales
 * are seeded by childSeed(seed, 'store-i'). Same seed ⇒ same chain.
 */
export function generateStores(seed: number, count = STORE_COUNT): Store[] {
  const profiles = createRng(childSeed(seed, 'profiles'));
  const stores: Store[] = [];
  for (let i = 0; i < count; i++) {
    const profile = i < PILOT_PROFILES.length ? { number: i + 1, ...PILOT_PROFILES[i] } : drawProfile(profiles, i + 1);
    stores.push(storeSales(profile, createRng(childSeed(seed, `store-${i}`))));
  }
  return stores;
}
