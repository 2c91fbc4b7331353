import { describe, expect, it } from 'vitest';
import { UNIT_COSTS } from '../../../../src/engine/pilot-stores/cost';
import { simulateRollout } from '../../../../src/engine/pilot-stores/rollout';
import { STORE_COUNT } from '../../../../src/engine/pilot-stores/rule';
import { generateStores, PILOT_PROFILES, STORE_WEEKS, weekOfYear } from '../../../../src/engine/pilot-stores/stores';
import { childSeed, createRng } from '../../../../src/engine/random/rng';
import { generateSales } from '../../../../src/engine/sales/generate';

describe('generateStores', () => {
  it('is seeded: the same seed gives the same chain and the same rollout, number for number', () => {
    const a = generateStores(7);
    const b = generateStores(7);
    expect(b).toEqual(a);
    const f = { season: true, localHoliday: false, promo: true };
    expect(simulateRollout(b, f, 8, UNIT_COSTS)).toEqual(simulateRollout(a, f, 8, UNIT_COSTS));
  });

  it('another seed changes every store’s sales but keeps the pilot stores’ profiles', () => {
    const a = generateStores(7);
    const b = generateStores(8);
    for (let i = 0; i < STORE_COUNT; i++) expect(b[i].series.units).not.toEqual(a[i].series.units);
    expect(b.slice(0, 3).map((s) => s.profile)).toEqual(a.slice(0, 3).map((s) => s.profile));
    expect(b[5].profile).not.toEqual(a[5].profile);
  });

  it('gives 30 stores of 208 weeks numbered 1–30, the first three with the pilot profiles', () => {
    const stores = generateStores(1);
    expect(stores).toHaveLength(30);
    expect(stores.map((s) => s.profile.number)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(stores.every((s) => s.series.weeks === STORE_WEEKS)).toBe(true);
    expect(stores[1].profile).toEqual({ number: 2, ...PILOT_PROFILES[1] });
  });

  it('adds round(localLift · level) units in each local-holiday week and nowhere else', () => {
    const [, uni] = generateStores(3);
    const lift = Math.round(uni.profile.localLift * uni.profile.level); // 1.1 · 410 = 451
    expect(lift).toBe(451);
    const weeks = Array.from(uni.local.keys()).filter((t) => uni.local[t]);
    expect(weeks).toHaveLength(8); // weeks 20 and 35 in each of four years
    for (const t of weeks) expect([20, 35]).toContain(weekOfYear(uni.series.yearFraction[t]));
    // The same draws without the local holidays: generateSales on store 2's own stream.
    const p = uni.profile;
    const plain = generateSales(createRng(childSeed(3, 'store-1')), {
      weeks: STORE_WEEKS, level: p.level, trendPerWeek: (p.growth * p.level) / 52, seasonality: p.seasonality,
      promoRate: p.promoRate, promoLift: p.promoLift, holidayLift: p.holidayLift, noise: p.noise,
    });
    const diff = Array.from(uni.series.units, (u, t) => u - plain.units[t]);
    expect(diff).toEqual(Array.from(uni.local, (l) => l * lift));
  });

  it('draws store profiles inside their documented ranges', () => {
    for (const s of generateStores(11).slice(3)) {
      const p = s.profile;
      expect(p.level).toBeGreaterThanOrEqual(200);
      expect(p.level).toBeLessThanOrEqual(1400);
      expect(p.seasonality).toBeGreaterThanOrEqual(0.05);
      expect(p.seasonality).toBeLessThanOrEqual(0.45);
      expect(p.noise).toBeGreaterThanOrEqual(0.03);
      expect(p.noise).toBeLessThanOrEqual(0.1);
      expect(p.localWeeks.every((w) => w >= 8 && w <= 44)).toBe(true);
      expect(p.localLift === 0).toBe(p.localWeeks.length === 0);
    }
  });
});

describe('weekOfYear', () => {
  it.each([
    { yf: 0, week: 1 },
    { yf: 0.5, week: 27 },
    { yf: 0.999, week: 52 },
  ])('puts position $yf in week $week', ({ yf, week }) => expect(weekOfYear(yf)).toBe(week));
});
