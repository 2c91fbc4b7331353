import { describe, expect, it } from 'vitest';
import { resolveLineage } from '../../../../src/engine/registry/lineage';
import type { ModelMeta, RunRecord } from '../../../../src/persistence/schema';

const run: RunRecord = {
  id: 'run-1',
  lab: 'complaint-classifier-lab',
  params: { size: 2000, noise: 0.1, hidden: '32-16' },
  seed: 7,
  datasetVersion: 'a3f19c0d5e7b2468',
  metrics: { accuracy: 0.9 },
  backend: 'wasm',
  durationMs: 10,
  createdAt: 1,
};

const model = (overrides: Partial<ModelMeta> = {}): ModelMeta => ({
  id: 'm',
  name: 'net',
  lab: 'complaint-classifier-lab',
  runId: 'run-1',
  stage: 'none',
  createdAt: 2,
  sizeBytes: 4,
  lineage: { datasetVersion: 'a3f19c0d5e7b2468', seed: 7, params: { size: 2000, noise: 0.1, hidden: '32-16' }, backend: 'wasm' },
  metrics: {},
  card: { intendedUse: '', data: '', limits: '' },
  evaluations: [],
  stageHistory: [],
  ...overrides,
});

describe('resolveLineage', () => {
  it('follows model → run → dataset version → seed while the run is stored', () => {
    expect(resolveLineage(model(), run)).toEqual({
      runId: 'run-1',
      runAvailable: true,
      datasetVersion: 'a3f19c0d5e7b2468',
      seed: 7,
      params: { size: 2000, noise: 0.1, hidden: '32-16' },
      backend: 'wasm',
      source: 'model',
    });
  });

  it('lets the model’s own copy speak when its run was deleted', () => {
    expect(resolveLineage(model(), undefined)).toMatchObject({ runId: 'run-1', runAvailable: false, datasetVersion: 'a3f19c0d5e7b2468', seed: 7, source: 'model' });
  });

  it('falls back to the run for a model without a copy, and says so', () => {
    expect(resolveLineage(model({ lineage: null }), run)).toMatchObject({ runAvailable: true, seed: 7, backend: 'wasm', source: 'run' });
  });

  it('says the lineage is unknown when neither the model nor a run knows it', () => {
    expect(resolveLineage(model({ lineage: null }), undefined)).toEqual({
      runId: 'run-1',
      runAvailable: false,
      datasetVersion: null,
      seed: null,
      params: {},
      backend: null,
      source: 'unknown',
    });
    expect(resolveLineage(model({ lineage: null, runId: '' }), undefined).runId).toBeNull();
  });

  it('does not take another run for this model’s run', () => {
    expect(resolveLineage(model({ lineage: null }), { ...run, id: 'run-2' })).toMatchObject({ runAvailable: false, source: 'unknown' });
  });
});
