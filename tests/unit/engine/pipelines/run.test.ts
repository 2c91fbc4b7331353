import { describe, expect, it } from 'vitest';
import {
  comparePipelines,
  DEVOPS,
  FAULTS,
  lastVisited,
  MLOPS,
  runPipeline,
  type Catchers,
  type FaultId,
  type PipelineSpec,
  type StageId,
} from '../../../../src/engine/pipelines';

/**
 * Hand-checked expectations, one row per fault: the stage of each pipeline that catches it (null: none),
 * whether it reaches users, and its illustrative cost there (days until noticed, % of predictions affected).
 */
const CASES: {
  fault: FaultId;
  devops: StageId | null;
  mlops: StageId | null;
  catchers: Catchers;
  devopsImpact: [number, number] | null;
  mlopsImpact: [number, number] | null;
}[] = [
  { fault: 'none', devops: null, mlops: null, catchers: 'neither', devopsImpact: null, mlopsImpact: null },
  { fault: 'failing-test', devops: 'unit-tests', mlops: 'unit-tests', catchers: 'both', devopsImpact: null, mlopsImpact: null },
  { fault: 'schema-change', devops: null, mlops: 'data-validation', catchers: 'mlops', devopsImpact: [21, 100], mlopsImpact: null },
  // Caught only after deployment, by the weekly drift monitor: a week of drifted predictions.
  { fault: 'drifted-data', devops: null, mlops: 'drift-monitoring', catchers: 'mlops', devopsImpact: [60, 35], mlopsImpact: [7, 35] },
  { fault: 'worse-model', devops: null, mlops: 'evaluation', catchers: 'mlops', devopsImpact: [45, 100], mlopsImpact: null },
  // Evaluation against production passes a leaky model (it looks better offline); shadow on live traffic catches it.
  { fault: 'label-leak', devops: null, mlops: 'shadow', catchers: 'mlops', devopsImpact: [30, 100], mlopsImpact: null },
];

const indexOf = (pipeline: PipelineSpec, stage: StageId | null) => (stage === null ? -1 : pipeline.stages.findIndex((s) => s.id === stage));
const impact = (v: [number, number] | null) => (v === null ? null : { daysUntilNoticed: v[0], predictionsAffectedPercent: v[1] });

describe('the two pipelines', () => {
  it('have the stages of a CI/CD and a CI/CD/CT pipeline, in order', () => {
    expect(DEVOPS.stages.map((s) => s.id)).toEqual(['commit', 'build', 'unit-tests', 'deploy', 'uptime-monitoring']);
    expect(MLOPS.stages.map((s) => s.id)).toEqual([
      'commit',
      'build',
      'unit-tests',
      'data-validation',
      'training',
      'evaluation',
      'registry',
      'shadow',
      'deploy',
      'drift-monitoring',
      'retraining-trigger',
    ]);
  });

  it('cover every fault the lab offers', () => {
    expect(CASES.map((c) => c.fault)).toEqual(FAULTS);
  });
});

describe.each(CASES)('a release with fault "$fault"', ({ fault, devops, mlops, catchers, devopsImpact, mlopsImpact }) => {
  it(`is caught by DevOps at ${devops ?? 'no stage'} and by MLOps at ${mlops ?? 'no stage'}`, () => {
    const result = comparePipelines(fault);
    expect(result.devops.caughtAt).toBe(indexOf(DEVOPS, devops));
    expect(result.mlops.caughtAt).toBe(indexOf(MLOPS, mlops));
    expect(result.catchers).toBe(catchers);
  });

  it('costs what the illustrative table says once it reaches users, and nothing otherwise', () => {
    const result = comparePipelines(fault);
    expect(result.devops.impact).toEqual(impact(devopsImpact));
    expect(result.mlops.impact).toEqual(impact(mlopsImpact));
    expect(result.devops.reachedUsers).toBe(devopsImpact !== null);
    expect(result.mlops.reachedUsers).toBe(mlopsImpact !== null);
  });

  it('passes every stage before the catch and reaches none after it', () => {
    for (const [spec, stage] of [
      [DEVOPS, devops],
      [MLOPS, mlops],
    ] as const) {
      const at = indexOf(spec, stage);
      const outcomes = runPipeline(spec, fault).stages.map((s) => s.outcome);
      const before = at < 0 ? outcomes : outcomes.slice(0, at);
      expect(before.every((o) => o === 'passed')).toBe(true);
      if (at >= 0) {
        expect(outcomes[at]).toBe('caught');
        expect(outcomes.slice(at + 1).every((o) => o === 'not-reached' || o === 'triggered')).toBe(true);
      }
    }
  });
});

describe('runPipeline', () => {
  it('fires the retraining trigger when drift monitoring catches drift in production', () => {
    const result = runPipeline(MLOPS, 'drifted-data');
    expect(result.stages.slice(-2)).toEqual([
      { stage: 'drift-monitoring', outcome: 'caught' },
      { stage: 'retraining-trigger', outcome: 'triggered' },
    ]);
    expect(lastVisited(result)).toBe(10);
  });

  it('leaves shadow, deploy and the monitors unreached when evaluation blocks a worse model', () => {
    const outcomes = runPipeline(MLOPS, 'worse-model').stages.map((s) => s.outcome);
    expect(outcomes).toEqual(['passed', 'passed', 'passed', 'passed', 'passed', 'caught', 'not-reached', 'not-reached', 'not-reached', 'not-reached', 'not-reached']);
  });

  it('lets a label leak through evaluation against production, which it passes by looking better offline', () => {
    const stages = runPipeline(MLOPS, 'label-leak').stages;
    expect(stages.find((s) => s.stage === 'data-validation')?.outcome).toBe('passed');
    expect(stages.find((s) => s.stage === 'evaluation')?.outcome).toBe('passed');
    expect(stages.find((s) => s.stage === 'shadow')?.outcome).toBe('caught');
  });

  it('sends a clean release through every stage of both pipelines', () => {
    for (const spec of [DEVOPS, MLOPS]) {
      const result = runPipeline(spec, 'none');
      expect(result.stages.every((s) => s.outcome === 'passed')).toBe(true);
      expect(lastVisited(result)).toBe(spec.stages.length - 1);
    }
  });

  it('visits up to the catching stage only when a stage before deployment catches the fault', () => {
    expect(lastVisited(runPipeline(DEVOPS, 'failing-test'))).toBe(2);
    expect(lastVisited(runPipeline(MLOPS, 'schema-change'))).toBe(3);
    expect(lastVisited(runPipeline(MLOPS, 'label-leak'))).toBe(7);
  });
});
