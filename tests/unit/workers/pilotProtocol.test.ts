import { describe, expect, it } from 'vitest';
import { forecastStore } from '../../../src/engine/pilot-stores/forecast';
import { generateStores } from '../../../src/engine/pilot-stores/stores';
import { handleModelsRequest } from '../../../src/workers/models.worker';
import type { ModelsReply } from '../../../src/workers/modelsProtocol';
import { validatePilotJob } from '../../../src/workers/pilotProtocol';

const features = { season: true, localHoliday: false, promo: true };

function ask(message: unknown): ModelsReply[] {
  const replies: ModelsReply[] = [];
  handleModelsRequest(message, (r) => replies.push(structuredClone(r)));
  return replies;
}

describe('validatePilotJob', () => {
  it('passes a good job through unchanged', () => {
    expect(validatePilotJob({ seed: 7, features, from: 3, to: 10 })).toEqual({ ok: true, value: { seed: 7, features, from: 3, to: 10 }, clamped: [] });
  });

  it('clamps the seed and reports it; reads a feature as on only when it is true', () => {
    const v = validatePilotJob({ seed: -5.4, features: { season: 1, localHoliday: 'yes', promo: true }, from: 0, to: 3 });
    expect(v).toEqual({
      ok: true,
      value: { seed: 0, features: { season: false, localHoliday: false, promo: true }, from: 0, to: 3 },
      clamped: [{ field: 'seed', requested: -5.4, used: 0 }],
    });
    const big = validatePilotJob({ seed: 1e12, features, from: 0, to: 3 });
    expect(big.ok && big.value.seed).toBe(2 ** 31 - 1);
  });

  it.each([
    { from: 0, to: 31 },
    { from: 5, to: 5 },
    { from: -1, to: 3 },
    { from: 'a', to: 3 },
  ])('refuses the store range [$from, $to)', ({ from, to }) => {
    expect(validatePilotJob({ seed: 1, features, from, to })).toEqual({ ok: false, error: 'from and to must satisfy 0 ≤ from < to ≤ 30.' });
  });

  it('refuses a missing job', () => {
    expect(validatePilotJob(null).ok).toBe(false);
  });
});

describe('the models worker answers pilot-stores requests', () => {
  it('forecasts the requested stores as the engine does, with a dataset version', () => {
    const replies = ask({ type: 'pilot-stores', id: 3, job: { seed: 7, features, from: 3, to: 10 } });
    expect(replies.map((r) => r.type)).toEqual(['progress', 'done']);
    const done = replies[1];
    if (done.type !== 'done' || done.kind !== 'pilot-stores') throw new Error('no result');
    const r = done.result;
    const stores = generateStores(7);
    expect(r.results.map((s) => s.store)).toEqual([4, 5, 6, 7, 8, 9, 10]);
    expect(r.results[0].mape).toBe(forecastStore(stores[3], features).mape);
    expect(r.results[0].actual).toEqual(stores[3].series.units.slice(156));
    expect(r.firstWeek).toBe('2024-01-01'); // week 156: 156 · 7 days after Monday 4 January 2021
    expect(r.datasetVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(r.clamped).toEqual([]);
  });

  it('gives the same dataset version for the same seed and another for another seed', () => {
    const version = (seed: number) => {
      const reply = ask({ type: 'pilot-stores', id: 1, job: { seed, features, from: 0, to: 3 } }).at(-1)!;
      return reply.type === 'done' && reply.kind === 'pilot-stores' ? reply.result.datasetVersion : '';
    };
    expect(version(7)).toBe(version(7));
    expect(version(8)).not.toBe(version(7));
  });

  it('refuses a bad job with an error reply', () => {
    expect(ask({ type: 'pilot-stores', id: 4, job: { seed: 1, features, from: 0, to: 99 } })).toEqual([
      { type: 'error', id: 4, code: 'invalid-job', message: 'from and to must satisfy 0 ≤ from < to ≤ 30.' },
    ]);
  });
});
