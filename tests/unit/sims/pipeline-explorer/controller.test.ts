import { describe, expect, it } from 'vitest';
import type { FaultId } from '../../../../src/engine/pipelines';
import type { NewRun } from '../../../../src/state/runs.svelte';
import { manualClock } from '../../support/manualClock';
import { PipelineExplorerController } from '../../../../src/sims/pipeline-explorer/controller.svelte';
import { STAGE_MS, stepsAt, totalSteps, viewOf } from '../../../../src/sims/pipeline-explorer/playback';
import { takeaway } from '../../../../src/sims/pipeline-explorer/takeaway';
import { comparePipelines } from '../../../../src/engine/pipelines';

function setup(fault: FaultId, reducedMotion = false) {
  let settings = { fault };
  const recorded: NewRun[] = [];
  const time = manualClock(reducedMotion);
  const lab = new PipelineExplorerController(() => settings, {
    clock: time.clock,
    record: async (run) => {
      recorded.push(run);
    },
  });
  return { lab, recorded, time, set: (next: FaultId) => (settings = { fault: next }) };
}

describe('PipelineExplorerController', () => {
  it('will not run before the learner has made a prediction, and says so', () => {
    const { lab, recorded } = setup('schema-change');
    lab.run();
    expect(lab.phase).toBe('idle');
    expect(lab.needPrediction).toBe(true);
    expect(recorded).toHaveLength(0);
    lab.predict('mlops');
    expect(lab.needPrediction).toBe(false);
  });

  it('moves both tokens one stage per step, stops DevOps at its last stage, and records the run once', async () => {
    const { lab, recorded, time } = setup('schema-change');
    lab.predict('both');
    lab.run();
    expect(lab.phase).toBe('playing');
    // Schema change: DevOps passes all 5 stages; MLOps stops at data validation (stage 4): 5 steps in all.
    expect(lab.total).toBe(5);
    expect(lab.devops?.token).toBe(0);
    expect(lab.mlops?.stages).toEqual(['passed', 'pending', 'pending', 'pending', 'pending', 'pending', 'pending', 'pending', 'pending', 'pending', 'pending']);
    time.advance(STAGE_MS * 3);
    expect(lab.steps).toBe(4);
    expect(lab.mlops?.token).toBe(3);
    expect(lab.mlops?.stages.slice(0, 5)).toEqual(['passed', 'passed', 'passed', 'caught', 'pending']);
    expect(recorded).toHaveLength(0);
    time.advance(STAGE_MS);
    expect(lab.phase).toBe('done');
    expect(time.hasFrame()).toBe(false);
    expect(lab.mlops?.stages.slice(3)).toEqual(['caught', 'not-reached', 'not-reached', 'not-reached', 'not-reached', 'not-reached', 'not-reached', 'not-reached']);
    expect(lab.devops?.stages).toEqual(['passed', 'passed', 'passed', 'passed', 'passed']);
    await lab.saved;
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({
      lab: 'pipeline-explorer',
      backend: 'js',
      params: { fault: 'schema-change', prediction: 'both' },
      metrics: {
        caughtByDevOps: 0,
        caughtByMLOps: 1,
        devOpsCatchStage: 0,
        mlOpsCatchStage: 4,
        devOpsDaysUntilNoticed: 21,
        mlOpsDaysUntilNoticed: 0,
        predictionCorrect: 0,
      },
    });
  });

  it('shows the whole outcome at once under reduced motion', async () => {
    const { lab, recorded, time } = setup('drifted-data', true);
    lab.predict('mlops');
    lab.run();
    expect(lab.phase).toBe('done');
    expect(time.hasFrame()).toBe(false);
    expect(lab.mlops?.stages.slice(-2)).toEqual(['caught', 'triggered']);
    await lab.saved;
    expect(recorded[0].metrics).toMatchObject({ caughtByMLOps: 1, mlOpsCatchStage: 10, mlOpsDaysUntilNoticed: 7, predictionCorrect: 1 });
  });

  it('skips to the end on request, and marks the result stale when the fault changes', () => {
    const { lab, recorded, time, set } = setup('label-leak');
    lab.predict('neither');
    lab.run();
    time.advance(STAGE_MS);
    lab.skip();
    expect(lab.phase).toBe('done');
    expect(lab.steps).toBe(lab.total);
    expect(lab.mlops?.stages[7]).toBe('caught');
    expect(recorded).toHaveLength(1);
    expect(lab.stale).toBe(false);
    set('none');
    expect(lab.stale).toBe(true);
  });

  it('records a run still playing when the lab leaves the page', () => {
    const { lab, recorded, time } = setup('failing-test');
    lab.predict('both');
    lab.run();
    lab.dispose();
    expect(lab.phase).toBe('done');
    expect(time.hasFrame()).toBe(false);
    expect(recorded).toHaveLength(1);
    expect(recorded[0].metrics).toMatchObject({ devOpsCatchStage: 3, mlOpsCatchStage: 3, predictionCorrect: 1 });
  });
});

describe('playback', () => {
  it('reveals the first step at once and one more every STAGE_MS, up to the total', () => {
    expect([0, STAGE_MS - 1, STAGE_MS, 10 * STAGE_MS, 1e9].map((t) => stepsAt(t, 5))).toEqual([1, 1, 2, 5, 5]);
  });

  it('lasts as long as the longer walk: 11 steps for a clean release, 3 for a failing test', () => {
    expect(totalSteps(comparePipelines('none'))).toBe(11);
    expect(totalSteps(comparePipelines('failing-test'))).toBe(3);
  });

  it('keeps a caught pipeline’s token on its catching stage while the other walks on', () => {
    const r = comparePipelines('label-leak');
    expect(viewOf(r.devops, 4, false).token).toBe(3);
    expect(viewOf(r.mlops, 11, false).token).toBe(7);
  });
});

describe('takeaway', () => {
  it('is written from the outcome: prediction, catching stage, and the cost of what slipped through', () => {
    const t = takeaway(comparePipelines('drifted-data'), 'neither');
    expect(t.prediction).toBe('You predicted “Neither pipeline”; the answer is “Only the MLOps pipeline”.');
    expect(t.devops.join(' ')).toBe(
      'DevOps CI/CD: nothing caught it; the release went all the way to users. Cost with DevOps CI/CD: about 60 days until someone notices, with 35% of the predictions served in that time degraded.',
    );
    expect(t.mlops.join(' ')).toBe(
      'MLOps CI/CD/CT: caught at Drift monitoring (stage 10 of 11). That catch came after deployment: about 7 days of live predictions (35% of them affected) before the monitor fired.',
    );
  });
});

describe('the scenario', () => {
  it('reads a fault from the link and replaces an unknown one by the default with a notice', async () => {
    const { readScenario } = await import('../../../../src/lib/scenario');
    const { scenario } = await import('../../../../src/sims/pipeline-explorer/index');
    expect(readScenario(scenario, new URLSearchParams('pe.fault=label-leak')).values.fault).toBe('label-leak');
    const bad = readScenario(scenario, new URLSearchParams('pe.fault=%3Cscript%3E'));
    expect(bad.values.fault).toBe('failing-test');
    expect(bad.notices).toHaveLength(1);
    expect(bad.notices[0].message).toMatch(/^Fault: "<script>" is not one of none, failing-test/);
  });
});
