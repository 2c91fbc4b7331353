import { describe, expect, it } from 'vitest';
import { BASIC_FEATURES, type FeatureSet } from '../../../../src/engine/pilot-stores/forecast';
import { PROPOSALS, withProposal } from '../../../../src/engine/pilot-stores/proposals';
import { rolloutStep, simulateRollout } from '../../../../src/engine/pilot-stores/rollout';
import { haltsRollout, ROLLOUT_GROUPS, STORE_COUNT, summarise, type StoreScore } from '../../../../src/engine/pilot-stores/rule';
import { generateStores } from '../../../../src/engine/pilot-stores/stores';

const ALL: FeatureSet = { season: true, localHoliday: true, promo: true };
const score = (store: number, mape: number, short: number, over: number): StoreScore => ({
  store,
  mape,
  mae: 0,
  shortUnits: short,
  overUnits: over,
  stockoutCost: short * 4,
  wasteCost: over * 1.5,
  total: short * 4 + over * 1.5,
});

describe('haltsRollout', () => {
  it.each([
    { mape: 9.99, threshold: 10, halts: false },
    { mape: 10, threshold: 10, halts: false },
    { mape: 10.01, threshold: 10, halts: true },
    { mape: 2, threshold: 2, halts: false },
    { mape: NaN, threshold: 40, halts: true },
  ])('a wave at $mape% against $threshold% halts: $halts', ({ mape, threshold, halts }) => {
    expect(haltsRollout(mape, threshold)).toBe(halts);
  });
});

describe('summarise', () => {
  it('averages MAPEs store by store and adds up units and dollars', () => {
    const s = summarise([score(1, 3, 10, 0), score(2, 6, 0, 20), score(3, 12, 5, 5)]);
    expect(s).toEqual({ stores: 3, mape: 7, shortUnits: 15, overUnits: 25, stockoutCost: 60, wasteCost: 37.5, total: 97.5 });
    expect(summarise([]).mape).toBeNaN();
  });
});

describe('the rollout', () => {
  const stores = generateStores(7);

  it('widens 3 → 10 → 30 stores', () => {
    expect(ROLLOUT_GROUPS).toEqual([
      [0, 3],
      [3, 10],
      [10, 30],
    ]);
    expect(STORE_COUNT).toBe(30);
  });

  it('passes a wave whose MAPE equals the threshold and halts it just below', () => {
    const mape = rolloutStep(stores, ALL, 1, 100).summary.mape;
    expect(rolloutStep(stores, ALL, 1, mape).halted).toBe(false);
    expect(rolloutStep(stores, ALL, 1, mape - 1e-9).halted).toBe(true);
  });

  it('stops at the first wave that halts and never runs the later ones', () => {
    const full = simulateRollout(stores, ALL, 40);
    expect(full.map((s) => [s.reach, s.halted])).toEqual([
      [3, false],
      [10, false],
      [30, false],
    ]);
    // A threshold between wave 1's and wave 2's MAPE halts at wave 2.
    const [w1, w2] = full.map((s) => s.summary.mape);
    expect(w1).toBeLessThan(w2);
    const halted = simulateRollout(stores, ALL, (w1 + w2) / 2);
    expect(halted.map((s) => [s.reach, s.halted])).toEqual([
      [3, false],
      [10, true],
    ]);
    expect(halted[1].results.map((r) => r.store)).toEqual([4, 5, 6, 7, 8, 9, 10]);
  });

  it('halts the basic forecast at the pilot wave under the default 10% threshold (seed 7)', () => {
    const steps = simulateRollout(stores, BASIC_FEATURES, 10);
    expect(steps).toHaveLength(1);
    expect(steps[0].halted).toBe(true);
    expect(steps[0].summary.mape).toBeGreaterThan(10);
  });

  it('every store-manager proposal lowers its own store’s error in the pilot', () => {
    let f = BASIC_FEATURES;
    for (const p of PROPOSALS) {
      const before = rolloutStep(stores, f, 0, 100).results[p.store - 1].mape;
      f = withProposal(f, p.id);
      const after = rolloutStep(stores, f, 0, 100).results[p.store - 1].mape;
      expect(after, p.id).toBeLessThan(before / 2);
    }
  });
});
