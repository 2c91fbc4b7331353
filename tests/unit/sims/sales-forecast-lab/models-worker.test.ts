// The models worker's handler, run in-process: what the Sales forecast lab gets back.
import { describe, expect, it } from 'vitest';
import { handleModelsRequest, warmUp } from '../../../../src/workers/models.worker';
import type { ModelsReply, SalesDataSpec, SalesFitResult, SalesJob } from '../../../../src/workers/modelsProtocol';

const data: SalesDataSpec = { seed: 42, years: 4, noise: 0.05, promoRate: 0.12 };
const linear: SalesJob = { model: 'linear-regression', data, settings: { fourierK: 3 } };
const boosted: SalesJob = {
  model: 'gradient-boosting',
  data,
  settings: { nEstimators: 200, learningRate: 0.05, maxDepth: 3, minSamplesLeaf: 3, subsample: 1, fourierK: 3, seasonalLag: false },
};

function ask(message: unknown): ModelsReply[] {
  const replies: ModelsReply[] = [];
  handleModelsRequest(message, (r) => replies.push(structuredClone(r)));
  return replies;
}

function fit(job: SalesJob): SalesFitResult {
  const replies = ask({ type: 'fit-sales', id: 7, job });
  const last = replies.at(-1)!;
  if (last.type !== 'done' || last.kind !== 'fit-sales') throw new Error(JSON.stringify(last));
  return last.result;
}

describe('models worker', () => {
  it('generates the series with its holdout start and a content-hash dataset version', () => {
    const [reply] = ask({ type: 'sales-data', id: 1, data });
    if (reply.type !== 'done' || reply.kind !== 'sales-data') throw new Error('no data');
    const r = reply.result;
    expect(r.weeks).toBe(208);
    expect(r.holdoutStart).toBe(208 - 26);
    expect(r.date[0]).toBe('2021-01-04');
    expect(r.units).toHaveLength(208);
    expect(r.datasetVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(r.clamped).toEqual([]);
  });

  it('clamps a hostile data request and says so', () => {
    const [reply] = ask({ type: 'sales-data', id: 2, data: { seed: -4, years: 1e9, noise: NaN, promoRate: 0.1 } });
    if (reply.type !== 'done' || reply.kind !== 'sales-data') throw new Error('no data');
    expect(reply.result.weeks).toBe(6 * 52);
    expect(reply.result.data).toEqual({ seed: 0, years: 6, noise: 0.05, promoRate: 0.1 });
    expect(reply.result.clamped.map((c) => c.field)).toEqual(['data.seed', 'data.years', 'data.noise']);
  });

  it('reports progress, then one done reply per fit', () => {
    const replies = ask({ type: 'fit-sales', id: 3, job: linear });
    expect(replies.map((r) => (r.type === 'progress' ? r.stage : r.type))).toEqual(['generating', 'fitting', 'done']);
    expect(replies.every((r) => r.id === 3)).toBe(true);
  });

  it.each([
    { name: 'linear regression', job: linear, knobs: 1, maxMape: 6 },
    { name: 'gradient boosting', job: boosted, knobs: 7, maxMape: 6 },
  ])('fits $name to a finite, small holdout error with its knobs, size and time', ({ job, knobs, maxMape }) => {
    const r = fit(job);
    expect(r.forecast).toHaveLength(26);
    expect(r.holdoutStart).toBe(182);
    for (const v of Object.values(r.metrics)) expect(Number.isFinite(v)).toBe(true);
    expect(r.metrics.mape).toBeGreaterThan(0);
    expect(r.metrics.mape).toBeLessThan(maxMape);
    expect(r.metrics.knobs).toBe(knobs);
    expect(r.metrics.parameters).toBeGreaterThan(0);
    expect(r.metrics.sizeBytes).toBeGreaterThan(0);
    expect(r.metrics.trainMs).toBeGreaterThanOrEqual(0);
  });

  it('reads the linear coefficients as sentences, and has none for the ensemble', () => {
    const lin = fit(linear);
    expect(lin.sentences.some((s) => /^A promotion week adds about [\d,.]+ units\.$/.test(s))).toBe(true);
    expect(lin.trees).toBe(0);
    const ens = fit(boosted);
    expect(ens.sentences).toEqual([]);
    expect(ens.trees).toBe(200);
  });

  it.each([
    { name: 'linear regression', job: linear, parts: ['base', 'trend', 'season', 'promo', 'holiday'] },
    { name: 'gradient boosting', job: boosted, parts: ['trend-line', 'trees'] },
  ])('takes each $name holdout forecast apart into parts that add up to it', ({ job, parts }) => {
    const r = fit(job);
    expect(r.breakdown.map((b) => b.part)).toEqual(parts);
    r.forecast.forEach((f, i) => expect(r.breakdown.reduce((sum, b) => sum + b.values[i], 0)).toBeCloseTo(f, 8));
  });

  it('gives the same numbers for the same job, and different data for another seed', () => {
    const strip = (r: SalesFitResult) => ({ ...r, durationMs: 0, metrics: { ...r.metrics, trainMs: 0 } });
    expect(strip(fit(boosted))).toEqual(strip(fit(boosted)));
    const other = fit({ ...boosted, data: { ...data, seed: 43 } });
    expect(other.datasetVersion).not.toBe(fit(boosted).datasetVersion);
  });

  it('warms up without touching the series or the numbers of the next fit', () => {
    const strip = (r: SalesFitResult) => ({ ...r, durationMs: 0, metrics: { ...r.metrics, trainMs: 0 } });
    const before = strip(fit(boosted));
    warmUp();
    expect(strip(fit(boosted))).toEqual(before);
  });

  it.each([
    { name: 'a message without an id', message: { type: 'fit-sales', job: linear }, id: null, code: 'invalid-job' },
    { name: 'an unknown request type', message: { type: 'format-disk', id: 4 }, id: 4, code: 'invalid-job' },
    { name: 'an unknown model', message: { type: 'fit-sales', id: 5, job: { ...linear, model: 'oracle' } }, id: 5, code: 'invalid-job' },
    { name: 'null', message: null, id: null, code: 'invalid-job' },
  ])('answers $name with an error reply', ({ message, id, code }) => {
    expect(ask(message)).toEqual([expect.objectContaining({ type: 'error', id, code })]);
  });
});
