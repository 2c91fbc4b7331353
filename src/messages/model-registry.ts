/** UI strings of the model registry (saved models, stages, evaluations, lineage, cards). */
import type { EvidenceProblem, Verdict } from '../engine/registry/evaluation';
import type { StageRefusal } from '../engine/registry/stages';
import type { ModelStage } from '../persistence/schema';

const STAGE_NAMES: Record<ModelStage, string> = { none: 'None', staging: 'Staging', production: 'Production', archived: 'Archived' };

const EVIDENCE: Record<EvidenceProblem, string> = {
  'no-evaluation': 'Evaluate this model first: a promotion needs a recorded evaluation that passed.',
  'unknown-evaluation': 'That evaluation is not recorded for this model. Evaluate it again.',
  failed: 'Its latest evaluation did not pass. Train a better model, or evaluate again once the data is fixed.',
  'before-save': 'Its evaluation is older than the model itself, so it cannot be about this model. Evaluate it again.',
  'other-data': 'Its evaluation was made on other data than the model’s own holdout. Evaluate it again.',
  'stale-baseline': 'The production model changed since this model was evaluated. Evaluate it again against the current production model.',
};

export const registryMessages = {
  title: 'Saved models',
  intro:
    'Networks you saved in the labs, with the stage each one is in. A model moves None → Staging → Production only on a recorded evaluation that passed; promoting a model to Production archives the one it replaces, and an archived model can be rolled back.',
  empty: 'No saved models yet. Train a network in the Complaint classifier lab and press “Save to this device”.',
  loading: 'Loading saved models…',
  caption: 'Saved models, newest first',
  stageNames: STAGE_NAMES,
  stageLabel: (stage: ModelStage) => `Stage: ${STAGE_NAMES[stage]}`,
  filterStage: 'Show stage',
  filterAll: 'All stages',
  filterText: 'Name contains',
  sortBy: 'Sort by',
  sortKeys: { createdAt: 'Newest first', name: 'Name', stage: 'Stage', metric: 'Macro-F1 (best first)' },
  countShown: (shown: number, total: number) => `${shown} of ${total} ${total === 1 ? 'model' : 'models'} shown.`,
  saved: (when: string) => `Saved ${when}`,
  size: (kb: string) => `${kb} kB of weights`,
  evaluate: 'Evaluate',
  evaluating: 'Evaluating on the holdout…',
  evaluateUnsupported: 'Only networks of the Complaint classifier lab can be evaluated here.',
  evaluateNoLineage: 'This model does not know the data it was trained on, so it cannot be scored on its holdout.',
  evaluationsTitle: 'Evaluations',
  noEvaluations: 'Not evaluated yet.',
  evaluationLine: (when: string, verdict: string) => `${when}: ${verdict}`,
  verdict: (v: Verdict, metric: (x: number) => string) => {
    const c = Number.isFinite(v.candidate) ? metric(v.candidate) : 'unknown';
    const vs = v.baseline === null ? 'no production model to compare with' : `production model ${metric(v.baseline)}`;
    if (v.passed) return `passed — macro-F1 ${c} on the holdout (${vs}).`;
    if (v.reason === 'below-minimum') return `failed — macro-F1 ${c} is below the 50 % floor (${vs}).`;
    if (v.reason === 'worse-than-production') return `failed — macro-F1 ${c} is more than 1 point below the ${vs}.`;
    return 'failed — the holdout score could not be computed.';
  },
  versus: (candidate: string, baseline: string | null) =>
    baseline === null ? `Macro-F1 ${candidate}; no production model to compare with.` : `Macro-F1 ${candidate} against ${baseline} for the production model.`,
  baselineRecorded: 'The production model was trained on other data, so its own latest evaluation is the comparison.',
  actions: {
    staging: 'Promote to Staging',
    production: 'Promote to Production',
    archive: 'Archive',
    rollback: 'Roll back',
    none: 'Move back to None',
  },
  useRollback: 'An archived model returns to Production with Roll back.',
  onlyArchived: 'Only an archived model can be rolled back to.',
  moved: (name: string, stage: ModelStage, archived: string | null) =>
    `${name} is now in ${STAGE_NAMES[stage]}.${archived ? ` ${archived} was archived.` : ''}`,
  lineageTitle: 'Lineage',
  lineage: {
    model: 'Model',
    run: 'Run',
    runLink: (shortId: string) => `run ${shortId} (in the runs list)`,
    runGone: 'deleted (the model keeps its own copy of where it came from)',
    runUnknown: 'none recorded',
    dataset: 'Dataset version',
    seed: 'Seed',
    backend: 'Backend',
    params: 'Settings',
    unknown: 'Unknown: this model was saved before models kept their lineage, and its run is gone.',
    fromRun: 'Read from its run (the model has no copy of its own).',
  },
  cardTitle: 'Model card',
  card: {
    intendedUse: 'Intended use',
    data: 'Data',
    metrics: 'Metrics (from its training run)',
    limits: 'Limits',
    empty: 'Not written yet.',
    noMetrics: 'None recorded.',
    edit: 'Edit card',
    save: 'Save card',
    cancel: 'Cancel',
    saved: 'Model card saved.',
  },
  historyTitle: 'Stage history',
  historySummary: 'Evaluations and stage history',
  noHistory: 'Never moved: it is in None since it was saved.',
  latestEvaluation: (when: string, passed: boolean, f1: string, baseline: string | null) =>
    `Evaluated ${when}: ${passed ? 'passed' : 'did not pass'}, macro-F1 ${f1}${baseline === null ? '' : ` against ${baseline} for the production model`}.`,
  historyLine: (when: string, from: ModelStage, to: ModelStage, evaluation: string | null) =>
    `${when}: ${STAGE_NAMES[from]} → ${STAGE_NAMES[to]}${evaluation ? ` (on evaluation ${evaluation})` : ''}`,
  exportModel: 'Export model',
  importLabel: 'Import a model file',
  importReading: 'Reading the model file…',
  importHint: 'A file made with “Export model”. It is checked before anything is saved.',
  importDuplicate: (name: string) => `${name} is already in the registry, so the file was not imported again.`,
  unavailable: 'storage is not available right now. Reload the page and try again.',
  imported: (name: string) => `${name} was imported into the registry.`,
  storageFull:
    'The model was not saved: this browser has no storage space left for ML That Works. The registry is as it was. Delete some saved runs or models, or export your progress, then try again.',
  failed: (why: string) => `That did not work: ${why}`,
  metricNames: { accuracy: 'Accuracy', macroF1: 'Macro-F1', trainMs: 'Training time', parameters: 'Parameters', sizeBytes: 'Size' } as Record<string, string>,
};

/** The learner-facing sentence for a refused stage change. */
export function refusalText(refusal: StageRefusal): string {
  switch (refusal.code) {
    case 'missing':
      return 'This model is no longer saved on this device.';
    case 'same-stage':
      return `It is already in ${STAGE_NAMES[refusal.stage]}.`;
    case 'never-in-production':
      return 'Only a model that was in Production before can be rolled back to.';
    case 'evidence':
      return EVIDENCE[refusal.problem];
    case 'not-allowed':
      if (refusal.from === 'none') return refusal.to === 'production' ? 'Promote it to Staging first.' : 'A model that was never promoted has nothing to archive.';
      if (refusal.from === 'production') return 'A production model leaves Production only by being archived (or replaced).';
      if (refusal.from === 'archived') return 'Move it back to None first, then promote it again.';
      return `It cannot move from ${STAGE_NAMES[refusal.from]} to ${STAGE_NAMES[refusal.to]}.`;
  }
}
