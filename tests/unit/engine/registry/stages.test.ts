import { describe, expect, it } from 'vitest';
import { canChangeStage, planStageChange, STAGE_MOVES } from '../../../../src/engine/registry/stages';
import type { ModelEvaluation, ModelMeta, ModelStage } from '../../../../src/persistence/schema';
import { refusalText } from '../../../../src/messages/model-registry';

const T = 1_700_000_000_000;
const DATA = 'a3f19c0d5e7b2468';

function model(id: string, stage: ModelStage, overrides: Partial<ModelMeta> = {}): ModelMeta {
  return {
    id,
    name: `net ${id}`,
    lab: 'complaint-classifier-lab',
    runId: `run-${id}`,
    stage,
    createdAt: T,
    sizeBytes: 24,
    lineage: { datasetVersion: DATA, seed: 7, params: { hidden: '32-16' }, backend: 'cpu' },
    metrics: { accuracy: 0.9, macroF1: 0.88 },
    card: { intendedUse: '', data: '', limits: '' },
    evaluations: [],
    stageHistory: [],
    ...overrides,
  };
}

function evaluation(id: string, overrides: Partial<ModelEvaluation> = {}): ModelEvaluation {
  return { id, at: T + 10, datasetVersion: DATA, metrics: { macroF1: 0.88 }, passed: true, summary: 'ok', ...overrides };
}

const evaluated = (id: string, stage: ModelStage, e: Partial<ModelEvaluation> = {}, extra: Partial<ModelMeta> = {}) =>
  model(id, stage, { evaluations: [evaluation(`${id}-e1`, e)], ...extra });

describe('STAGE_MOVES', () => {
  it('allows exactly None → Staging → Production → Archived, back to None from Staging and Archived, and rollback', () => {
    expect(STAGE_MOVES).toEqual({ none: ['staging'], staging: ['production', 'none'], production: ['archived'], archived: ['production', 'none'] });
  });
});

describe('planStageChange', () => {
  it('promotes an evaluated model from None to Staging, recording the evaluation it rests on', () => {
    const m = evaluated('a', 'none');
    const plan = planStageChange(m, [m], 'staging', T + 20);
    expect(plan).toEqual({ ok: true, model: { ...m, stage: 'staging', stageHistory: [{ from: 'none', to: 'staging', at: T + 20, evaluationId: 'a-e1' }] }, archived: null });
  });

  it('refuses a promotion without a recorded evaluation', () => {
    const m = model('a', 'none');
    expect(planStageChange(m, [m], 'staging', T)).toEqual({ ok: false, refusal: { code: 'evidence', problem: 'no-evaluation' } });
  });

  it('refuses a promotion whose newest evaluation failed', () => {
    const m = evaluated('a', 'none', { passed: false });
    expect(planStageChange(m, [m], 'staging', T)).toEqual({ ok: false, refusal: { code: 'evidence', problem: 'failed' } });
  });

  it('does not count an evaluation made before the model was saved', () => {
    const m = evaluated('a', 'none', { at: T - 1 });
    expect(planStageChange(m, [m], 'staging', T)).toMatchObject({ ok: false, refusal: { problem: 'before-save' } });
  });

  it('does not count an evaluation on another dataset version than the model’s holdout', () => {
    const m = evaluated('a', 'none', { datasetVersion: 'ffff' });
    expect(planStageChange(m, [m], 'staging', T)).toMatchObject({ ok: false, refusal: { problem: 'other-data' } });
  });

  it('accepts any dataset for a model whose lineage is unknown', () => {
    const m = evaluated('a', 'none', { datasetVersion: 'ffff' }, { lineage: null });
    expect(planStageChange(m, [m], 'staging', T).ok).toBe(true);
  });

  it('requires the comparison to be with the current production model when there is one', () => {
    const prod = model('p', 'production');
    const stale = evaluated('a', 'staging', { baselineModelId: 'old-prod' });
    expect(planStageChange(stale, [stale, prod], 'production', T)).toMatchObject({ ok: false, refusal: { problem: 'stale-baseline' } });
    const none = evaluated('b', 'staging');
    expect(planStageChange(none, [none, prod], 'production', T)).toMatchObject({ ok: false, refusal: { problem: 'stale-baseline' } });
    const fresh = evaluated('c', 'staging', { baselineModelId: 'p' });
    expect(planStageChange(fresh, [fresh, prod], 'production', T).ok).toBe(true);
  });

  it('uses the newest evaluation that counts, skipping a newer failing one only when an id is not named', () => {
    const m = model('a', 'none', { evaluations: [evaluation('e-old', { at: T + 1 }), evaluation('e-new', { at: T + 2 })] });
    expect(planStageChange(m, [m], 'staging', T + 3)).toMatchObject({ ok: true, model: { stageHistory: [{ evaluationId: 'e-new' }] } });
    expect(planStageChange(m, [m], 'staging', T + 3, 'e-old')).toMatchObject({ ok: true, model: { stageHistory: [{ evaluationId: 'e-old' }] } });
    expect(planStageChange(m, [m], 'staging', T + 3, 'e-none')).toEqual({ ok: false, refusal: { code: 'evidence', problem: 'unknown-evaluation' } });
    const failedNewest = model('b', 'none', { evaluations: [evaluation('ok', { at: T + 1 }), evaluation('bad', { at: T + 2, passed: false })] });
    expect(planStageChange(failedNewest, [failedNewest], 'staging', T + 3)).toMatchObject({ ok: true, model: { stageHistory: [{ evaluationId: 'ok' }] } });
  });

  it('promotes Staging to Production and archives the lab’s previous production model in the same plan', () => {
    const prod = model('p', 'production', { stageHistory: [{ from: 'staging', to: 'production', at: T, evaluationId: 'p-e' }] });
    const m = evaluated('a', 'staging', { baselineModelId: 'p' });
    const plan = planStageChange(m, [m, prod], 'production', T + 50);
    expect(plan).toMatchObject({ ok: true, model: { stage: 'production' } });
    expect(plan.ok && plan.archived).toEqual({ ...prod, stage: 'archived', stageHistory: [...prod.stageHistory, { from: 'production', to: 'archived', at: T + 50 }] });
  });

  it('leaves production models of other labs alone', () => {
    const other = model('x', 'production', { lab: 'sales-forecast-lab' });
    const m = evaluated('a', 'staging');
    expect(planStageChange(m, [m, other], 'production', T)).toMatchObject({ ok: true, archived: null });
  });

  it('refuses None → Production (staging first) and every move out of Production but archiving', () => {
    const m = evaluated('a', 'none');
    expect(planStageChange(m, [m], 'production', T)).toEqual({ ok: false, refusal: { code: 'not-allowed', from: 'none', to: 'production' } });
    const p = evaluated('p', 'production');
    expect(planStageChange(p, [p], 'staging', T)).toEqual({ ok: false, refusal: { code: 'not-allowed', from: 'production', to: 'staging' } });
    expect(planStageChange(p, [p], 'none', T)).toEqual({ ok: false, refusal: { code: 'not-allowed', from: 'production', to: 'none' } });
    expect(planStageChange(m, [m], 'archived', T)).toEqual({ ok: false, refusal: { code: 'not-allowed', from: 'none', to: 'archived' } });
    const archived = evaluated('z', 'archived');
    expect(planStageChange(archived, [archived], 'staging', T)).toEqual({ ok: false, refusal: { code: 'not-allowed', from: 'archived', to: 'staging' } });
  });

  it('refuses a move to the stage the model is in', () => {
    const m = model('a', 'staging');
    expect(planStageChange(m, [m], 'staging', T)).toEqual({ ok: false, refusal: { code: 'same-stage', stage: 'staging' } });
  });

  it('archives a production model, and moves Staging and Archived back to None, without evidence', () => {
    for (const [from, to] of [
      ['production', 'archived'],
      ['staging', 'none'],
      ['archived', 'none'],
    ] as const) {
      const m = model('a', from);
      expect(planStageChange(m, [m], to, T + 5)).toEqual({ ok: true, model: { ...m, stage: to, stageHistory: [{ from, to, at: T + 5 }] }, archived: null });
    }
  });

  it('rolls back: re-promotes an archived model that was in production, on the evaluation of its last promotion, archiving the current one', () => {
    const history = [
      { from: 'none', to: 'staging', at: T + 1, evaluationId: 'old-e' },
      { from: 'staging', to: 'production', at: T + 2, evaluationId: 'old-e' },
      { from: 'production', to: 'archived', at: T + 3 },
    ] as const;
    const old = model('old', 'archived', { stageHistory: [...history] });
    const current = model('new', 'production');
    const plan = planStageChange(old, [old, current], 'production', T + 9);
    expect(plan).toMatchObject({ ok: true, model: { stage: 'production' }, archived: { id: 'new', stage: 'archived' } });
    expect(plan.ok && plan.model.stageHistory.at(-1)).toEqual({ from: 'archived', to: 'production', at: T + 9, evaluationId: 'old-e' });
  });

  it('refuses to roll back a model that was never in production', () => {
    const m = evaluated('a', 'archived', {}, { stageHistory: [{ from: 'none', to: 'staging', at: T }] });
    expect(planStageChange(m, [m], 'production', T)).toEqual({ ok: false, refusal: { code: 'never-in-production' } });
  });

  it('never changes the records it was given', () => {
    const prod = model('p', 'production');
    const m = evaluated('a', 'staging', { baselineModelId: 'p' });
    const before = structuredClone([m, prod]);
    planStageChange(m, [m, prod], 'production', T);
    expect([m, prod]).toEqual(before);
  });
});

describe('canChangeStage and the refusal messages', () => {
  it('gives a sentence for every refusal, naming what to do', () => {
    const m = model('a', 'none');
    const refusal = canChangeStage(m, [m], 'staging');
    expect(refusal).toEqual({ code: 'evidence', problem: 'no-evaluation' });
    expect(refusalText(refusal!)).toMatch(/Evaluate/);
    const texts = [
      refusalText({ code: 'missing' }),
      refusalText({ code: 'same-stage', stage: 'staging' }),
      refusalText({ code: 'not-allowed', from: 'none', to: 'production' }),
      refusalText({ code: 'not-allowed', from: 'production', to: 'none' }),
      refusalText({ code: 'never-in-production' }),
      ...(['no-evaluation', 'unknown-evaluation', 'failed', 'before-save', 'other-data', 'stale-baseline'] as const).map((problem) =>
        refusalText({ code: 'evidence', problem }),
      ),
    ];
    for (const text of texts) expect(text).toMatch(/^[A-Z].*\.$/);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('allows a move the rules allow', () => {
    const m = evaluated('a', 'none');
    expect(canChangeStage(m, [m], 'staging')).toBeNull();
  });
});
