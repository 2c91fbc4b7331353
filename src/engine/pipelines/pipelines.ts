import type { FaultId } from './faults';

/** A stage of a delivery pipeline. */
export type StageId =
  | 'commit'
  | 'build'
  | 'unit-tests'
  | 'data-validation'
  | 'training'
  | 'evaluation'
  | 'registry'
  | 'shadow'
  | 'deploy'
  | 'uptime-monitoring'
  | 'drift-monitoring'
  | 'retraining-trigger';

export type PipelineId = 'devops' | 'mlops';

export interface StageSpec {
  id: StageId;
  /** Faults this stage stops: the first such stage in a pipeline is where the fault is caught. */
  catches: readonly FaultId[];
  /** True for stages that run after deployment: a fault caught there has already reached users. */
  inProduction: boolean;
}

export interface PipelineSpec {
  id: PipelineId;
  stages: readonly StageSpec[];
}

const stage = (id: StageId, catches: readonly FaultId[] = [], inProduction = false): StageSpec => ({ id, catches, inProduction });

/**
 * A DevOps CI/CD pipeline that ships an application with a model file trained elsewhere.
 * - commit, build: the code compiles whatever the data or the model are.
 * - unit tests: catch a failing unit test; they run on fixed fixtures, so they never see live data,
 *   and they check that the model loads and returns a prediction of the right shape, not a good one.
 * - deploy.
 * - uptime monitoring: catches crashes and timeouts only. Every data or model fault here is silent (the
 *   service stays up and answers), so it catches none of the lab's faults.
 */
export const DEVOPS: PipelineSpec = {
  id: 'devops',
  stages: [stage('commit'), stage('build'), stage('unit-tests', ['failing-test']), stage('deploy'), stage('uptime-monitoring', [], true)],
};

/**
 * An MLOps CI/CD/CT pipeline: the DevOps stages plus continuous training.
 * - unit tests: as in DevOps, catch a failing unit test.
 * - data validation: checks the new training data against its data contract (column names, types, ranges,
 *   null rates), so it catches a schema change. It has no leakage check, so a label leak passes; and the
 *   training data predates a shift in live inputs, so drifted data passes too.
 * - training: trains on whatever it is given; catches nothing.
 * - evaluation: compares the new model with the production model on a frozen holdout and blocks a worse
 *   one, so it catches a silently worse model. A label-leaking model passes: the leaked feature is present
 *   in the holdout too, so the model looks *better* offline.
 * - registry: records the model with its lineage; catches nothing.
 * - shadow: the challenger scores live traffic beside the champion, unseen by users, for
 *   `SHADOW_WINDOW_DAYS`. On live traffic the leaked feature is still empty when the prediction is made, so
 *   the leaky model's live accuracy falls far below its offline score and below the champion's: the shadow
 *   stage catches the label leak. No user sees its predictions. It would also catch a worse model, but
 *   evaluation stops that one first.
 * - deploy.
 * - drift monitoring: compares live inputs with the training data each week; catches drifted data, after
 *   `MONITOR_WINDOW_DAYS` in production. It would also see a schema change (the renamed column collapses to
 *   its default value), but data validation stops that one first.
 * - retraining trigger: catches nothing itself; it fires when drift monitoring catches drift.
 */
export const MLOPS: PipelineSpec = {
  id: 'mlops',
  stages: [
    stage('commit'),
    stage('build'),
    stage('unit-tests', ['failing-test']),
    stage('data-validation', ['schema-change']),
    stage('training'),
    stage('evaluation', ['worse-model']),
    stage('registry'),
    stage('shadow', ['label-leak', 'worse-model']),
    stage('deploy'),
    stage('drift-monitoring', ['drifted-data', 'schema-change'], true),
    stage('retraining-trigger', [], true),
  ],
};

/** Both pipelines, DevOps first. */
export const PIPELINES: readonly PipelineSpec[] = [DEVOPS, MLOPS];
