import { describe, expect, it } from 'vitest';
import { filterModels, sortModels } from '../../../../src/engine/registry/list';
import type { ModelMeta, ModelStage } from '../../../../src/persistence/schema';

const m = (id: string, stage: ModelStage, createdAt: number, macroF1?: number, lab = 'complaint-classifier-lab'): ModelMeta => ({
  id,
  name: `Net ${id.toUpperCase()}`,
  lab,
  runId: '',
  stage,
  createdAt,
  sizeBytes: 0,
  lineage: null,
  metrics: macroF1 === undefined ? {} : { macroF1 },
  card: { intendedUse: '', data: '', limits: '' },
  evaluations: [],
  stageHistory: [],
});

const models = [m('a', 'none', 3, 0.8), m('b', 'production', 1, 0.9), m('c', 'archived', 2), m('d', 'staging', 2, 0.8, 'other-lab')];

describe('registry list', () => {
  it('filters by stage, lab and words in the name', () => {
    expect(filterModels(models, { stage: 'production' }).map((x) => x.id)).toEqual(['b']);
    expect(filterModels(models, { lab: 'other-lab' }).map((x) => x.id)).toEqual(['d']);
    expect(filterModels(models, { text: ' net c ' }).map((x) => x.id)).toEqual(['c']);
    expect(filterModels(models, {}).map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('sorts by time, name, stage and metric, missing metrics last, ties newest first then by id', () => {
    expect(sortModels(models, 'createdAt', true).map((x) => x.id)).toEqual(['a', 'c', 'd', 'b']);
    expect(sortModels(models, 'name', false).map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(sortModels(models, 'stage', false).map((x) => x.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(sortModels(models, 'metric', true).map((x) => x.id)).toEqual(['b', 'a', 'd', 'c']);
    expect(sortModels(models, 'metric', false).map((x) => x.id)).toEqual(['a', 'd', 'b', 'c']);
  });
});
