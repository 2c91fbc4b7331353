import { describe, expect, it } from 'vitest';
import { SALES_ENSEMBLE_KNOBS } from '../../../src/engine/ensemble/sales-forecast';
import { LINEAR_KNOBS } from '../../../src/engine/regression/linear-model';
import { SALES_BOUNDS } from '../../../src/engine/sales/generate';
import { HOLDOUT_BOUNDS } from '../../../src/engine/sales/split';
import { MAX_SEED } from '../../../src/lib/scenario';
import {
  HOLDOUT_WEEKS,
  SALES_JOB_BOUNDS,
  validateSalesData,
  validateSalesJob,
  type EnsembleSettings,
  type SalesDataSpec,
} from '../../../src/workers/modelsProtocol';

const data: SalesDataSpec = { seed: 42, years: 4, noise: 0.05, promoRate: 0.12 };
const ensemble: EnsembleSettings = {
  nEstimators: 200,
  learningRate: 0.05,
  maxDepth: 3,
  minSamplesLeaf: 3,
  subsample: 1,
  fourierK: 3,
  seasonalLag: false,
};

describe('SALES_JOB_BOUNDS', () => {
  it('stays inside what the engines accept, so nothing the lab sends is clamped again silently', () => {
    const B = SALES_JOB_BOUNDS;
    expect(B.years.min * 52).toBeGreaterThanOrEqual(SALES_BOUNDS.weeks.min);
    expect(B.years.max * 52).toBeLessThanOrEqual(SALES_BOUNDS.weeks.max);
    expect([B.noise.min, B.noise.max, B.noise.default]).toEqual([SALES_BOUNDS.noise.min, SALES_BOUNDS.noise.max, SALES_BOUNDS.noise.default]);
    expect([B.promoRate.min, B.promoRate.max, B.promoRate.default]).toEqual([
      SALES_BOUNDS.promoRate.min,
      SALES_BOUNDS.promoRate.max,
      SALES_BOUNDS.promoRate.default,
    ]);
    expect(B.seed.max).toBe(MAX_SEED);
    expect(HOLDOUT_WEEKS).toBeGreaterThanOrEqual(HOLDOUT_BOUNDS.min);
    expect(HOLDOUT_WEEKS).toBeLessThanOrEqual(Math.floor((B.years.min * 52) / 2));
  });

  it('repeats every engine knob bound exactly', () => {
    expect([B('linearFourierK')]).toEqual(LINEAR_KNOBS.map((k) => [k.min, k.max]));
    for (const knob of SALES_ENSEMBLE_KNOBS) {
      if (knob.name === 'seasonalLag') continue;
      const b = SALES_JOB_BOUNDS[knob.name];
      expect([knob.name, b.min, b.max, b.default]).toEqual([knob.name, knob.min, knob.max, knob.default]);
    }
  });
});

function B(name: keyof typeof SALES_JOB_BOUNDS) {
  return [SALES_JOB_BOUNDS[name].min, SALES_JOB_BOUNDS[name].max];
}

describe('validateSalesJob', () => {
  it('passes an in-bounds job through unchanged, reporting nothing', () => {
    const lin = validateSalesJob({ model: 'linear-regression', data, settings: { fourierK: 3 } });
    expect(lin).toEqual({ ok: true, value: { model: 'linear-regression', data, settings: { fourierK: 3 } }, clamped: [] });
    const ens = validateSalesJob({ model: 'gradient-boosting', data, settings: ensemble });
    expect(ens).toEqual({ ok: true, value: { model: 'gradient-boosting', data, settings: ensemble }, clamped: [] });
  });

  it.each([
    { name: 'no job at all', job: undefined },
    { name: 'a string', job: 'fit please' },
    { name: 'an unknown model', job: { model: 'deep-net', data, settings: {} } },
    { name: 'a missing model', job: { data, settings: {} } },
  ])('refuses $name', ({ job }) => {
    const v = validateSalesJob(job);
    expect(v.ok).toBe(false);
  });

  it.each([
    { field: 'data.years', patch: { data: { ...data, years: 1e9 } }, used: 6 },
    { field: 'data.years', patch: { data: { ...data, years: 1 } }, used: 3 },
    { field: 'data.years', patch: { data: { ...data, years: 4.6 } }, used: 5 },
    { field: 'data.seed', patch: { data: { ...data, seed: -4 } }, used: 0 },
    { field: 'data.seed', patch: { data: { ...data, seed: 2 ** 40 } }, used: 2 ** 31 - 1 },
    { field: 'data.noise', patch: { data: { ...data, noise: 5 } }, used: 0.3 },
    { field: 'data.noise', patch: { data: { ...data, noise: -0.1 } }, used: 0 },
    { field: 'data.promoRate', patch: { data: { ...data, promoRate: 0.9 } }, used: 0.3 },
    { field: 'settings.nEstimators', patch: { settings: { ...ensemble, nEstimators: 1e7 } }, used: 500 },
    { field: 'settings.nEstimators', patch: { settings: { ...ensemble, nEstimators: 0 } }, used: 1 },
    { field: 'settings.learningRate', patch: { settings: { ...ensemble, learningRate: 0 } }, used: 0.005 },
    { field: 'settings.maxDepth', patch: { settings: { ...ensemble, maxDepth: 40 } }, used: 6 },
    { field: 'settings.minSamplesLeaf', patch: { settings: { ...ensemble, minSamplesLeaf: 1e5 } }, used: 50 },
    { field: 'settings.subsample', patch: { settings: { ...ensemble, subsample: 0.01 } }, used: 0.3 },
    { field: 'settings.fourierK', patch: { settings: { ...ensemble, fourierK: 99 } }, used: 6 },
  ])('clamps $field to $used and reports it', ({ field, patch, used }) => {
    const v = validateSalesJob({ model: 'gradient-boosting', data, settings: ensemble, ...patch });
    if (!v.ok) throw new Error(v.error);
    const [group, key] = field.split('.') as ['data' | 'settings', string];
    expect((v.value[group] as unknown as Record<string, number>)[key]).toBe(used);
    expect(v.clamped).toHaveLength(1);
    expect(v.clamped[0]).toMatchObject({ field, used });
  });

  it.each([
    { name: 'NaN', value: NaN },
    { name: 'Infinity', value: Infinity },
    { name: 'a string', value: '12' },
    { name: 'null', value: null },
    { name: 'an object', value: { valueOf: (): number => 3 } },
  ])('replaces $name by the default and reports it', ({ value }) => {
    const v = validateSalesJob({ model: 'linear-regression', data: { ...data, years: value }, settings: { fourierK: value } });
    if (!v.ok) throw new Error(v.error);
    expect(v.value.data.years).toBe(SALES_JOB_BOUNDS.years.default);
    expect(v.value.settings).toEqual({ fourierK: SALES_JOB_BOUNDS.linearFourierK.default });
    expect(v.clamped.map((c) => c.field)).toEqual(['data.years', 'settings.fourierK']);
  });

  it('fills missing data and settings with defaults without reporting them as clamped', () => {
    const v = validateSalesJob({ model: 'gradient-boosting' });
    if (!v.ok) throw new Error(v.error);
    expect(v.value).toEqual({ model: 'gradient-boosting', data, settings: ensemble });
    expect(v.clamped).toEqual([]);
  });

  it('reads seasonalLag as on only for true or 1', () => {
    const lag = (seasonalLag: unknown) => {
      const v = validateSalesJob({ model: 'gradient-boosting', data, settings: { ...ensemble, seasonalLag } });
      return v.ok && v.value.model === 'gradient-boosting' ? v.value.settings.seasonalLag : null;
    };
    expect([true, 1, 'true', 'yes', 0, false, undefined].map(lag)).toEqual([true, true, false, false, false, false, false]);
  });

  it('never mutates its input', () => {
    const job = { model: 'gradient-boosting', data: { ...data, years: 99 }, settings: { ...ensemble, maxDepth: 99 } };
    const before = structuredClone(job);
    validateSalesJob(job);
    expect(job).toEqual(before);
  });
});

describe('validateSalesData', () => {
  it('turns -0 into 0 and rounds integer fields', () => {
    expect(validateSalesData({ seed: -0, years: 3.4, noise: 0.1, promoRate: 0 })).toEqual({ seed: 0, years: 3, noise: 0.1, promoRate: 0 });
  });
});
