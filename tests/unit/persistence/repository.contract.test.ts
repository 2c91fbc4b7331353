import { beforeEach, describe, expect, it } from 'vitest';
import { createIdbRepository } from '../../../src/persistence/idbRepository';
import { createMemoryRepository } from '../../../src/persistence/memoryRepository';
import type { Repository } from '../../../src/persistence/repository';
import type { ModelEvaluation } from '../../../src/persistence/schema';
import { freshIndexedDb, makeModel, makeRun, openConnection, populate, sampleData, snapshot, steppingClock } from './helpers';

const backends: Array<{ name: string; create: (now: () => number) => Promise<Repository> }> = [
  { name: 'the IndexedDB repository', create: async (now) => createIdbRepository(await openConnection(), { now }) },
  { name: 'the memory repository', create: async (now) => createMemoryRepository({ now }) },
];

describe.each(backends)('$name', ({ create }) => {
  let repo: Repository;
  const T0 = 1_700_000_000_000;

  beforeEach(async () => {
    freshIndexedDb();
    repo = await create(steppingClock(T0));
  });

  describe('progress', () => {
    it('returns undefined for a lesson never opened', async () => {
      expect(await repo.getProgress('experiments')).toBeUndefined();
    });

    it('returns what was put', async () => {
      const record = { slug: 'experiments', completedSections: ['intro'], lastSection: 'intro', updatedAt: 5 };
      await repo.putProgress(record);
      expect(await repo.getProgress('experiments')).toEqual(record);
    });

    it('marks a section done once, in completion order, creating the record if needed', async () => {
      await repo.markSectionDone('experiments', 'intro');
      await repo.markSectionDone('experiments', 'power');
      const record = await repo.markSectionDone('experiments', 'intro');
      expect(record).toEqual({ slug: 'experiments', completedSections: ['intro', 'power'], lastSection: null, updatedAt: T0 + 2 });
      expect(await repo.getProgress('experiments')).toEqual(record);
    });

    it('sets the last position without touching completed sections', async () => {
      await repo.markSectionDone('experiments', 'intro');
      const record = await repo.setLastPosition('experiments', 'power');
      expect(record).toMatchObject({ completedSections: ['intro'], lastSection: 'power', updatedAt: T0 + 1 });
      expect((await repo.setLastPosition('experiments', null)).lastSection).toBeNull();
    });

    it('lists every lesson sorted by slug', async () => {
      await repo.markSectionDone('monitoring', 'a');
      await repo.markSectionDone('experiments', 'b');
      expect((await repo.listProgress()).map((p) => p.slug)).toEqual(['experiments', 'monitoring']);
    });

    it('hands out copies, so mutating a result changes nothing stored', async () => {
      const record = await repo.markSectionDone('experiments', 'intro');
      record.completedSections.push('mutated');
      (await repo.getProgress('experiments'))!.completedSections.push('mutated too');
      expect((await repo.getProgress('experiments'))?.completedSections).toEqual(['intro']);
    });
  });

  describe('answers', () => {
    it('keeps the latest answer per check and filters by lesson', async () => {
      await repo.recordAnswer({ checkId: 'e-q1', lessonSlug: 'experiments', choice: 0, correct: false, answeredAt: 1 });
      await repo.recordAnswer({ checkId: 'e-q1', lessonSlug: 'experiments', choice: 2, correct: true, answeredAt: 2 });
      await repo.recordAnswer({ checkId: 'm-q1', lessonSlug: 'monitoring', choice: 1, correct: true, answeredAt: 3 });
      expect(await repo.listAnswers('experiments')).toEqual([{ checkId: 'e-q1', lessonSlug: 'experiments', choice: 2, correct: true, answeredAt: 2 }]);
      expect((await repo.listAnswers()).map((a) => a.checkId)).toEqual(['e-q1', 'm-q1']);
    });
  });

  describe('interactives and settings', () => {
    it('saves interactive state with its time and returns it', async () => {
      await repo.putInteractiveState('role-sorter', { placed: { a: 'ds' } });
      expect(await repo.getInteractiveState('role-sorter')).toEqual({ id: 'role-sorter', state: { placed: { a: 'ds' } }, updatedAt: T0 });
      expect(await repo.getInteractiveState('missing')).toBeUndefined();
    });

    it('returns a setting value, or undefined when unset', async () => {
      await repo.putSetting('theme', 'dark');
      await repo.putSetting('theme', 'light');
      expect(await repo.getSetting('theme')).toBe('light');
      expect(await repo.getSetting('missing')).toBeUndefined();
    });
  });

  describe('runs', () => {
    beforeEach(async () => {
      await repo.addRun(makeRun({ id: 'a', lab: 'ab-test-lab', createdAt: 10 }));
      await repo.addRun(makeRun({ id: 'b', lab: 'training-lab', createdAt: 30 }));
      await repo.addRun(makeRun({ id: 'c', lab: 'ab-test-lab', createdAt: 20 }));
      await repo.addRun(makeRun({ id: 'd', lab: 'ab-test-lab', createdAt: 20 }));
    });

    it('lists runs newest first, equal times by id descending', async () => {
      expect((await repo.listRuns()).map((r) => r.id)).toEqual(['b', 'd', 'c', 'a']);
    });

    it('lists only one lab, and at most `limit` runs', async () => {
      expect((await repo.listRuns({ lab: 'ab-test-lab' })).map((r) => r.id)).toEqual(['d', 'c', 'a']);
      expect((await repo.listRuns({ lab: 'ab-test-lab', limit: 2 })).map((r) => r.id)).toEqual(['d', 'c']);
      expect(await repo.listRuns({ lab: 'nobody' })).toEqual([]);
    });

    it('gets and deletes a run, and deleting a missing run is fine', async () => {
      expect(await repo.getRun('a')).toEqual(makeRun({ id: 'a', lab: 'ab-test-lab', createdAt: 10 }));
      await repo.deleteRun('a');
      await repo.deleteRun('never-existed');
      expect(await repo.getRun('a')).toBeUndefined();
      expect((await repo.listRuns()).map((r) => r.id)).toEqual(['b', 'd', 'c']);
    });
  });

  describe('models', () => {
    it('stores a model with its weight bytes', async () => {
      await repo.putModel(makeModel());
      const model = await repo.getModel('model-1');
      expect(model).toMatchObject({ name: 'churn tree', stage: 'none', topology: { layers: [{ units: 2 }] } });
      expect(Array.from(new Uint8Array(model!.weightData))).toEqual([1, 2, 3, 4]);
    });

    it('lists summaries without artifacts, newest first, filtered by stage and lab', async () => {
      await repo.putModel(makeModel({ id: 'm1', createdAt: 1 }));
      await repo.putModel(makeModel({ id: 'm2', createdAt: 2, stage: 'staging' }));
      await repo.putModel(makeModel({ id: 'm3', createdAt: 3, stage: 'staging', lab: 'other-lab' }));
      const all = await repo.listModels();
      expect(all.map((m) => m.id)).toEqual(['m3', 'm2', 'm1']);
      expect(all[0]).not.toHaveProperty('weightData');
      expect(all[0]).not.toHaveProperty('topology');
      expect((await repo.listModels({ stage: 'staging' })).map((m) => m.id)).toEqual(['m3', 'm2']);
      expect((await repo.listModels({ stage: 'staging', lab: 'training-lab' })).map((m) => m.id)).toEqual(['m2']);
    });

    it('deletes a model with its artifacts', async () => {
      await repo.putModel(makeModel());
      await repo.deleteModel('model-1');
      expect(await repo.getModel('model-1')).toBeUndefined();
      expect(await repo.listModels()).toEqual([]);
      expect((await repo.exportAll()).models).toEqual([]);
    });

    it('lists models of one lab', async () => {
      await repo.putModel(makeModel({ id: 'm1', lab: 'a-lab' }));
      await repo.putModel(makeModel({ id: 'm2', lab: 'b-lab' }));
      expect((await repo.listModels({ lab: 'b-lab' })).map((m) => m.id)).toEqual(['m2']);
    });
  });

  describe('registry', () => {
    const evaluation = (id: string, overrides: Partial<ModelEvaluation> = {}): ModelEvaluation => ({
      id,
      at: T0 + 100,
      datasetVersion: '0123456789abcdef',
      metrics: { macroF1: 0.8 },
      passed: true,
      summary: 'passed',
      ...overrides,
    });

    it('records evaluations oldest first, and reports a missing model as undefined', async () => {
      await repo.putModel(makeModel());
      await repo.recordEvaluation('model-1', evaluation('e1'));
      const updated = await repo.recordEvaluation('model-1', evaluation('e2', { passed: false }));
      expect(updated?.evaluations.map((e) => e.id)).toEqual(['e1', 'e2']);
      expect(updated).not.toHaveProperty('weightData');
      expect((await repo.getModel('model-1'))?.evaluations).toEqual([evaluation('e1'), evaluation('e2', { passed: false })]);
      expect(Array.from(new Uint8Array((await repo.getModel('model-1'))!.weightData))).toEqual([1, 2, 3, 4]);
      expect(await repo.recordEvaluation('missing', evaluation('e3'))).toBeUndefined();
    });

    it('walks None → Staging → Production on evaluations, appending each change with its evaluation id', async () => {
      await repo.putModel(makeModel());
      await repo.recordEvaluation('model-1', evaluation('e1'));
      expect(await repo.changeModelStage('model-1', 'staging')).toMatchObject({ ok: true, model: { stage: 'staging' }, archived: null });
      const result = await repo.changeModelStage('model-1', 'production', 'e1');
      expect(result).toMatchObject({ ok: true, model: { stage: 'production' } });
      expect((await repo.getModel('model-1'))?.stageHistory).toEqual([
        { from: 'none', to: 'staging', at: T0, evaluationId: 'e1' },
        { from: 'staging', to: 'production', at: T0 + 1, evaluationId: 'e1' },
      ]);
    });

    it('refuses a promotion without an evaluation and changes nothing', async () => {
      await repo.putModel(makeModel());
      const before = await snapshot(repo);
      expect(await repo.changeModelStage('model-1', 'staging')).toEqual({ ok: false, refusal: { code: 'evidence', problem: 'no-evaluation' } });
      expect(await repo.changeModelStage('model-1', 'production')).toEqual({ ok: false, refusal: { code: 'not-allowed', from: 'none', to: 'production' } });
      expect(await repo.changeModelStage('missing', 'staging')).toEqual({ ok: false, refusal: { code: 'missing' } });
      expect(await snapshot(repo)).toEqual(before);
    });

    it('archives the lab’s previous production model when another is promoted, and rolls back to it', async () => {
      await repo.putModel(makeModel({ id: 'old' }));
      await repo.recordEvaluation('old', evaluation('e-old'));
      await repo.changeModelStage('old', 'staging');
      await repo.changeModelStage('old', 'production');
      await repo.putModel(makeModel({ id: 'new', createdAt: T0 + 50 }));
      await repo.putModel(makeModel({ id: 'elsewhere', lab: 'other-lab', stage: 'production' }));
      await repo.recordEvaluation('new', evaluation('e-new', { baselineModelId: 'old' }));
      await repo.changeModelStage('new', 'staging');
      const promoted = await repo.changeModelStage('new', 'production');
      expect(promoted).toMatchObject({ ok: true, model: { id: 'new', stage: 'production' }, archived: { id: 'old', stage: 'archived' } });
      expect((await repo.listModels({ stage: 'production' })).map((m) => m.id).sort()).toEqual(['elsewhere', 'new']);
      expect((await repo.getModel('old'))?.stageHistory.at(-1)).toMatchObject({ from: 'production', to: 'archived' });

      const rolledBack = await repo.changeModelStage('old', 'production');
      expect(rolledBack).toMatchObject({ ok: true, model: { id: 'old', stage: 'production' }, archived: { id: 'new', stage: 'archived' } });
      expect((await repo.getModel('old'))?.stageHistory.at(-1)).toMatchObject({ from: 'archived', to: 'production', evaluationId: 'e-old' });
      expect((await repo.listModels({ lab: 'training-lab', stage: 'production' })).map((m) => m.id)).toEqual(['old']);
    });

    it('replaces the model card, trimmed, keeping everything else', async () => {
      await repo.putModel(makeModel());
      const card = { intendedUse: '  Routing complaints in class. ', data: 'Generated.', limits: 'Toy vocabulary.' };
      const updated = await repo.updateModelCard('model-1', card);
      expect(updated?.card).toEqual({ intendedUse: 'Routing complaints in class.', data: 'Generated.', limits: 'Toy vocabulary.' });
      expect(await repo.getModel('model-1')).toEqual({ ...makeModel(), card: updated!.card });
      expect(await repo.updateModelCard('missing', card)).toBeUndefined();
    });
  });

  describe('reviews and assessments', () => {
    const review = (id: string, checkId: string, at: number, correct = true) =>
      ({ id, checkId, lessonSlug: checkId.split('-')[0], correct, at, source: 'review' }) as const;

    it('lists practices oldest first (equal times by id), all or of one check', async () => {
      await repo.addReview(review('c', 'agile-q1', 300));
      await repo.addReview(review('a', 'roles-q2', 100, false));
      await repo.addReview(review('b', 'agile-q1', 100));
      expect((await repo.listReviews()).map((r) => r.id)).toEqual(['a', 'b', 'c']);
      expect((await repo.listReviews('agile-q1')).map((r) => r.id)).toEqual(['b', 'c']);
      expect(await repo.listReviews('missing')).toEqual([]);
    });

    it('keeps one pre and one post check per lesson, the latest', async () => {
      const base = { lessonSlug: 'agile', answers: [{ questionId: 'agile-pre-1', choice: 0, correct: true }], total: 1 };
      await repo.putAssessment({ ...base, id: 'agile:pre', phase: 'pre', score: 0, at: 1 });
      await repo.putAssessment({ ...base, id: 'agile:pre', phase: 'pre', score: 1, at: 2 });
      await repo.putAssessment({ ...base, id: 'agile:post', phase: 'post', score: 1, at: 3 });
      await repo.putAssessment({ ...base, lessonSlug: 'roles', id: 'roles:pre', phase: 'pre', score: 1, at: 4 });
      const agile = await repo.listAssessments('agile');
      expect(agile.map((a) => [a.id, a.score])).toEqual([
        ['agile:post', 1],
        ['agile:pre', 1],
      ]);
      expect(await repo.listAssessments()).toHaveLength(3);
    });
  });

  describe('export, import and reset', () => {
    it('exports every store sorted by key', async () => {
      await repo.importAll(sampleData());
      const exported = await repo.exportAll();
      expect(exported.progress.map((p) => p.slug)).toEqual(['experiments', 'monitoring']);
      expect(exported.settings.map((s) => s.key)).toEqual(['reducedMotion', 'theme']);
      expect(exported.runs.map((r) => r.id)).toEqual(['run-1', 'run-2']);
    });

    it('restores equal data after export, reset and import', async () => {
      await populate(repo);
      await repo.markSectionDone('experiments', 'summary');
      const exported = await repo.exportAll();
      await repo.resetAll();
      expect(await repo.exportAll()).toEqual({ progress: [], answers: [], interactives: [], settings: [], runs: [], reviews: [], assessments: [], models: [] });
      await repo.importAll(exported);
      expect(await repo.exportAll()).toEqual(exported);
      expect(exported.models?.map((m) => m.id)).toEqual(['model-1']);
    });

    it('exports models with their artifacts and imports them back byte for byte', async () => {
      await populate(repo);
      const before = await snapshot(repo);
      const exported = await repo.exportAll();
      await repo.resetAll();
      await repo.importAll(exported);
      expect(await snapshot(repo)).toEqual(before);
    });

    it('replaces the models when the data carries models, even none', async () => {
      await populate(repo);
      await repo.importAll({ ...sampleData(), models: [makeModel({ id: 'imported' })] });
      expect((await repo.listModels()).map((m) => m.id)).toEqual(['imported']);
      await repo.importAll({ ...sampleData(), models: [] });
      expect(await repo.listModels()).toEqual([]);
    });

    it('replaces the exported stores on import and keeps the models when the data has none (an older file)', async () => {
      await populate(repo);
      const only = { progress: [], answers: [], interactives: [], settings: [{ key: 'theme', value: 'light' }], runs: [], reviews: [], assessments: [] };
      await repo.importAll(only);
      expect(await repo.exportAll()).toEqual({ ...only, models: [makeModel()] });
      expect(await repo.getModel('model-1')).toBeDefined();
    });

    it('changes nothing when an imported record cannot be stored', async () => {
      await populate(repo);
      const before = await snapshot(repo);
      const bad = sampleData();
      bad.interactives.push({ id: 'broken', state: { fn: () => 1 }, updatedAt: 1 }); // not cloneable
      await expect(repo.importAll(bad)).rejects.toThrow();
      expect(await snapshot(repo)).toEqual(before);
    });

    it('deletes everything on reset, models included', async () => {
      await populate(repo);
      await repo.resetAll();
      expect(await snapshot(repo)).toEqual({
        data: { progress: [], answers: [], interactives: [], settings: [], runs: [], reviews: [], assessments: [], models: [] },
        models: [],
      });
    });
  });
});
