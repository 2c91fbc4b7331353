import type { ModelMeta, RunRecord } from '../../persistence/schema';

/** Where a model came from: model → run → dataset version → seed. */
export interface ResolvedLineage {
  runId: string | null;
  /** True when the run record is still stored (the learner can open it). */
  runAvailable: boolean;
  datasetVersion: string | null;
  seed: number | null;
  params: Record<string, number | string | boolean>;
  backend: string | null;
  /** Which record speaks: the model's own copy, the run (a model saved without a copy), or nobody. */
  source: 'model' | 'run' | 'unknown';
}

/**
 * Resolves a model's lineage. The model's own copy (made when it was saved) speaks
 * first, so a model outlives its run; a model without one (saved by version 1 and
 * upgraded after its run was deleted) falls back to the run if it is still there.
 * `run` is the stored run of `model.runId`, or undefined when it is gone.
 */
export function resolveLineage(model: ModelMeta, run: RunRecord | undefined): ResolvedLineage {
  const runId = model.runId ? model.runId : null;
  const runAvailable = run !== undefined && run.id === model.runId;
  if (model.lineage) {
    const { datasetVersion, seed, params, backend } = model.lineage;
    return { runId, runAvailable, datasetVersion, seed, params, backend, source: 'model' };
  }
  if (runAvailable) {
    return { runId, runAvailable, datasetVersion: run.datasetVersion, seed: run.seed, params: run.params, backend: run.backend, source: 'run' };
  }
  return { runId, runAvailable: false, datasetVersion: null, seed: null, params: {}, backend: null, source: 'unknown' };
}
