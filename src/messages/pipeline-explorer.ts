import type { Catchers, FaultId, PipelineId, StageId, StageOutcome } from '../engine/pipelines';

const pct = (n: number) => `${n}%`;
const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

/** UI strings of the Pipeline explorer. Loaded with its chunk only. */
export const pipelineMessages = {
  intro:
    'Two pipelines take the same release to production: a DevOps CI/CD pipeline built for application code, and an MLOps CI/CD/CT pipeline that also validates data, trains, evaluates and watches the model. Slip a fault into the release and see which stage of which pipeline stops it.',
  faultLegend: 'Fault in the next release',
  faultParam: 'Fault',
  faults: {
    none: 'No fault (a clean release)',
    'failing-test': 'A failing unit test',
    'schema-change': 'A schema change in the input data',
    'drifted-data': 'Drifted input data',
    'worse-model': 'A silently worse model',
    'label-leak': 'A label leak',
  } satisfies Record<FaultId, string>,
  faultHints: {
    none: 'Nothing is wrong: both pipelines should ship it.',
    'failing-test': 'A code change breaks a function its unit test covers.',
    'schema-change': 'An upstream team renames a column; the feature code reads it as missing and fills a default.',
    'drifted-data': 'After release, a new group of users sends inputs unlike the training data.',
    'worse-model': 'The retrained model runs fine but is a few points less accurate than the one in production.',
    'label-leak': 'A feature filled in only after the outcome (for example “refund issued”) slipped into training.',
  } satisfies Record<FaultId, string>,
  predictLegend: 'Your prediction: which pipeline catches this fault?',
  predictions: {
    both: 'Both pipelines',
    mlops: 'Only the MLOps pipeline',
    devops: 'Only the DevOps pipeline',
    neither: 'Neither pipeline',
  } satisfies Record<Catchers, string>,
  run: 'Run both pipelines',
  skip: 'Skip animation',
  needPrediction: 'Choose your prediction first, then run.',
  idle: 'Pick a fault, commit to a prediction, then run both pipelines.',
  stale: 'The fault has changed since this run. Run again to see it.',
  progressLabel: 'Stages shown',
  announceStart: (fault: string) => `Running both pipelines with: ${fault}.`,
  announceDone: (summary: string) => `Both pipelines finished. ${summary}`,
  pipelines: {
    devops: 'DevOps CI/CD',
    mlops: 'MLOps CI/CD/CT',
  } satisfies Record<PipelineId, string>,
  stages: {
    commit: 'Commit',
    build: 'Build',
    'unit-tests': 'Unit tests',
    'data-validation': 'Data validation',
    training: 'Training',
    evaluation: 'Evaluation against the production model',
    registry: 'Model registry',
    shadow: 'Shadow test on live traffic',
    deploy: 'Deploy',
    'uptime-monitoring': 'Uptime monitoring',
    'drift-monitoring': 'Drift monitoring',
    'retraining-trigger': 'Retraining trigger',
  } satisfies Record<StageId, string>,
  outcomes: {
    passed: 'Passed',
    caught: 'Caught here',
    'not-reached': 'Not reached',
    triggered: 'Fired: retraining starts',
    pending: 'Waiting',
  } satisfies Record<StageOutcome | 'pending', string>,
  tokenLabel: 'The release is here',
  /** Why a stage caught a fault, keyed by the catching stage. */
  why: {
    'unit-tests': 'The broken function fails its test, so the build is rejected before anything ships.',
    'data-validation': 'The new data breaks its contract (an expected column is missing), so training never starts.',
    evaluation: 'On the frozen holdout the new model scores below the production model, so it is not promoted.',
    shadow: 'On live traffic the leaked feature is still empty when the prediction is made, so the challenger scores far below its offline result and below the champion. No user saw its answers.',
    'drift-monitoring': 'A week of live inputs differs from the training data (PSI and KS per feature), so the monitor fires and the retraining trigger starts a new training run.',
  } as Partial<Record<StageId, string>>,
  /** Why a fault slipped through a stage one would expect to stop it. */
  blindSpots: {
    'schema-change': {
      'unit-tests': 'Unit tests run on fixed fixtures with the old column name, so they pass.',
      'uptime-monitoring': 'The service answers every request with a default-filled input: it is up, so uptime is green.',
    },
    'drifted-data': {
      'data-validation': 'The training data predates the shift and matches its contract.',
      'uptime-monitoring': 'The service is up; uptime does not look at what the inputs are.',
    },
    'worse-model': {
      'unit-tests': 'Unit tests check that the model loads and returns a prediction of the right shape, not a good one.',
      'uptime-monitoring': 'A less accurate model answers just as fast: uptime is green.',
    },
    'label-leak': {
      'data-validation': 'The contract checks names, types, ranges and nulls; there is no leakage check, so a feature known only after the outcome passes.',
      evaluation: 'The leaked feature is in the holdout too, so the leaky model looks better than production offline and is promoted.',
      'uptime-monitoring': 'The service is up; uptime cannot see that its answers are poor.',
    },
  } as Partial<Record<FaultId, Partial<Record<StageId, string>>>>,
  tableToggle: { show: 'Show as table', hide: 'Hide table' },
  tableCaption: (fault: string) => `Stage-by-stage outcome of both pipelines for: ${fault}`,
  tableColumns: { pipeline: 'Pipeline', step: 'Step', stage: 'Stage', outcome: 'Outcome', note: 'Why' },
  result: {
    title: 'What happened',
    caughtAt: (pipeline: string, stage: string, step: number, of: number) => `${pipeline}: caught at ${stage} (stage ${step} of ${of}).`,
    missed: (pipeline: string) => `${pipeline}: nothing caught it; the release went all the way to users.`,
    clean: (pipeline: string) => `${pipeline}: every stage passed and the release shipped, as it should.`,
    inProduction: (d: string, share: string) => `That catch came after deployment: about ${d} of live predictions (${share} of them affected) before the monitor fired.`,
    beforeUsers: 'No user saw the fault.',
    cost: (pipeline: string, d: string, share: string) =>
      `Cost with ${pipeline}: about ${d} until someone notices, with ${share} of the predictions served in that time degraded.`,
    prediction: {
      right: (answer: string) => `Your prediction (“${answer}”) was right.`,
      wrong: (answer: string, truth: string) => `You predicted “${answer}”; the answer is “${truth}”.`,
    },
    lessons: {
      none: 'A clean release passes both pipelines. The MLOps pipeline takes longer (it trains, evaluates and shadows), which is the price of the checks the other faults need.',
      'failing-test': 'Code faults are what CI/CD was built for: both pipelines stop it at the same stage. MLOps keeps every DevOps check.',
      'schema-change': 'Data is an input to an ML system just as code is, and only a pipeline that tests data sees that it changed.',
      'drifted-data': 'Drift happens after release, so no test before deployment can catch it; only a monitor that watches live inputs does, and continuous training answers it.',
      'worse-model': 'A model can be valid software and still be worse. Only comparing it with the model in production stops it.',
      'label-leak': 'A leaky model looks better offline, so an offline comparison promotes it. Here the shadow stage caught it on live traffic; a leakage check in data validation (a feature that predicts the label too well, or is only known after the outcome) would have stopped it before training.',
    } satisfies Record<FaultId, string>,
  },
  tryTitle: 'What to try',
  tryList: [
    'Start with a failing unit test: where do the two pipelines differ?',
    'Inject a schema change: why do DevOps unit tests pass?',
    'Compare drifted data with a silently worse model: which one reaches users even in the MLOps pipeline, and why?',
    'Inject a label leak: which MLOps check lets it through, and which stage finally catches it?',
  ],
  limits:
    'Limits: the pipelines and their rules are a teaching model, and the days and shares are illustrative figures, not measurements from any company.',
  days,
  pct,
};
