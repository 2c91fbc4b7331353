import { beforeEach, describe, expect, it } from 'vitest';
import { createDemoRepository } from '../../../src/persistence/demoRepository';
import { createIdbRepository } from '../../../src/persistence/idbRepository';
import type { Repository } from '../../../src/persistence/repository';
import { freshIndexedDb, makeModel, makeRun, openConnection, sampleData, snapshot, steppingClock } from './helpers';

describe('the demo repository', () => {
  let base: Repository;
  let demo: Repository;

  beforeEach(async () => {
    freshIndexedDb();
    base = createIdbRepository(await openConnection(), { now: steppingClock() });
    await base.importAll(sampleData());
    await base.putModel(makeModel());
    demo = createDemoRepository(base, { now: steppingClock(1_800_000_000_000) });
  });

  it('changes nothing stored on the device but runs, which it marks as demo runs', async () => {
    const before = await snapshot(base);
    await demo.markSectionDone('experiments', 'peeking');
    await demo.setLastPosition('roles', 'sorter');
    await demo.putProgress({ slug: 'agile', completedSections: ['intro'], lastSection: 'intro', updatedAt: 1 });
    await demo.recordAnswer({ checkId: 'roles-q1', lessonSlug: 'roles', choice: 0, correct: true, answeredAt: 2 });
    await demo.putInteractiveState('role-sorter', { placed: {} });
    await demo.putSetting('learner.seed', 7);
    await demo.putModel(makeModel({ id: 'model-demo' }));
    await demo.updateModelCard('model-1', { intendedUse: 'A demo.', data: '', limits: '' });
    await demo.deleteModel('model-demo');
    await demo.addRun(makeRun({ id: 'run-demo', createdAt: 1_700_000_001_000 }));
    await demo.addReview({ id: 'r-demo', checkId: 'roles-q1', lessonSlug: 'roles', correct: true, at: 5, source: 'review' });
    await demo.putAssessment({ id: 'roles:pre', lessonSlug: 'roles', phase: 'pre', answers: [], score: 0, total: 3, at: 6 });

    const after = await snapshot(base);
    const demoRun = { ...makeRun({ id: 'run-demo', createdAt: 1_700_000_001_000 }), demo: true };
    expect(after.data.runs).toEqual([...before.data.runs, demoRun]);
    expect({ ...after, data: { ...after.data, runs: before.data.runs } }).toEqual(before);
  });

  it('reads its own writes over the stored records for as long as the demonstration lasts', async () => {
    await demo.markSectionDone('experiments', 'peeking');
    await demo.recordAnswer({ checkId: 'roles-q1', lessonSlug: 'roles', choice: 1, correct: false, answeredAt: 3 });
    await demo.putSetting('theme', 'light');
    await demo.putInteractiveState('role-sorter', { placed: { a: 'both' } });
    await demo.updateModelCard('model-1', { intendedUse: 'Shown to the room.', data: '', limits: '' });

    expect((await demo.getProgress('experiments'))?.completedSections).toEqual(['intro', 'power', 'peeking']);
    expect((await demo.listProgress()).map((p) => p.slug)).toEqual(['experiments', 'monitoring']);
    expect((await demo.listAnswers()).map((a) => a.checkId)).toEqual(['experiments-q1', 'roles-q1']);
    expect(await demo.getSetting('theme')).toBe('light');
    expect(await demo.getSetting('reducedMotion')).toBe(true);
    expect((await demo.getInteractiveState('role-sorter'))?.state).toEqual({ placed: { a: 'both' } });
    expect((await demo.listModels()).map((m) => [m.id, m.card.intendedUse])).toEqual([['model-1', 'Shown to the room.']]);
    expect((await base.getModel('model-1'))?.card.intendedUse).toBe('Teaching.');
  });

  it('reads the stored practices and pre/post checks with its own over them', async () => {
    await demo.addReview({ id: 'r-demo', checkId: 'experiments-q1', lessonSlug: 'experiments', correct: true, at: 1_700_000_000_200, source: 'review' });
    await demo.putAssessment({ ...sampleData().assessments[0], score: 1, at: 9 });
    expect((await demo.listReviews('experiments-q1')).map((r) => r.id)).toEqual(['r-demo', 'experiments-q1@1700000000300', 'r-2']);
    expect((await demo.listAssessments('experiments')).map((a) => a.score)).toEqual([1]);
    expect((await base.listAssessments('experiments')).map((a) => a.score)).toEqual([0]);
  });

  it('promotes a model in the demonstration only, with its evaluation', async () => {
    const evaluation = {
      id: 'eval-demo',
      at: 1_700_000_000_500,
      datasetVersion: '0123456789abcdef',
      metrics: { accuracy: 0.9, macroF1: 0.88 },
      passed: true,
      summary: 'Holdout.',
    };
    await demo.recordEvaluation('model-1', evaluation);
    const moved = await demo.changeModelStage('model-1', 'staging', 'eval-demo');
    expect(moved.ok && moved.model.stage).toBe('staging');
    expect((await demo.getModel('model-1'))?.stage).toBe('staging');
    const stored = await base.getModel('model-1');
    expect([stored?.stage, stored?.evaluations]).toEqual(['none', []]);
  });

  it('never shows a lab the state the learner saved, so a demonstration starts from the link', async () => {
    expect((await base.getInteractiveState('role-sorter'))?.state).toEqual(sampleData().interactives[0].state);
    expect(await demo.getInteractiveState('role-sorter')).toBeUndefined();
  });

  it('reads runs, the stored ones and its own, from the device', async () => {
    await demo.addRun(makeRun({ id: 'run-3', createdAt: 1_700_000_009_000 }));
    expect((await demo.listRuns()).map((r) => [r.id, r.demo ?? false])).toEqual([
      ['run-3', true],
      ['run-2', false],
      ['run-1', false],
    ]);
    expect((await demo.getRun('run-3'))?.demo).toBe(true);
  });
});
