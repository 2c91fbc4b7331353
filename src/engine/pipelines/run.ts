import { MONITOR_WINDOW_DAYS, UNNOTICED_IMPACT, type FaultId, type ProductionImpact } from './faults';
import { PIPELINES, type PipelineId, type PipelineSpec, type StageId } from './pipelines';

/**
 * What happened at one stage:
 * - `passed`: the release went through it;
 * - `caught`: the stage stopped the fault (the first stage of the pipeline that catches it);
 * - `not-reached`: a stage after the catch, which the release never got to;
 * - `triggered`: the retraining trigger, fired because a monitor caught the fault in production.
 */
export type StageOutcome = 'passed' | 'caught' | 'not-reached' | 'triggered';

export interface StageResult {
  stage: StageId;
  outcome: StageOutcome;
}

export interface PipelineResult {
  pipeline: PipelineId;
  stages: StageResult[];
  /** Index (0-based) of the stage that caught the fault, or -1 if none did. */
  caughtAt: number;
  /** True if the fault reached users: nothing caught it, or only a production monitor did. */
  reachedUsers: boolean;
  /** What the fault cost in production (days until noticed, share of predictions affected), or null if it never reached users. */
  impact: ProductionImpact | null;
}

/**
 * Sends a release carrying `fault` through `pipeline`. Rule: the stages run in order; the first stage
 * whose `catches` list contains the fault is `caught`, every stage before it `passed`, every stage after
 * it `not-reached` — except the retraining trigger, which is `triggered` when a production monitor made
 * the catch. With no catch every stage passes.
 *
 * Impact: none if the fault is caught before deployment (or is `none`); if a production monitor catches
 * it, the fault served users for `MONITOR_WINDOW_DAYS` (7) days with the fault's usual share of predictions
 * affected; if nothing catches it, the illustrative `UNNOTICED_IMPACT` of the fault.
 */
export function runPipeline(pipeline: PipelineSpec, fault: FaultId): PipelineResult {
  const caughtAt = fault === 'none' ? -1 : pipeline.stages.findIndex((s) => s.catches.includes(fault));
  const caughtInProduction = caughtAt >= 0 && pipeline.stages[caughtAt].inProduction;
  const stages = pipeline.stages.map((s, i): StageResult => {
    let outcome: StageOutcome = 'passed';
    if (caughtAt >= 0 && i === caughtAt) outcome = 'caught';
    else if (caughtAt >= 0 && i > caughtAt) outcome = caughtInProduction && s.id === 'retraining-trigger' ? 'triggered' : 'not-reached';
    return { stage: s.id, outcome };
  });
  const reachedUsers = fault !== 'none' && fault !== 'failing-test' && (caughtAt < 0 || caughtInProduction);
  let impact: ProductionImpact | null = null;
  if (reachedUsers) {
    const unnoticed = UNNOTICED_IMPACT[fault];
    impact = caughtAt < 0 ? { ...unnoticed } : { daysUntilNoticed: MONITOR_WINDOW_DAYS, predictionsAffectedPercent: unnoticed.predictionsAffectedPercent };
  }
  return { pipeline: pipeline.id, stages, caughtAt, reachedUsers, impact };
}

/** Which pipelines catch a fault (anywhere, production monitors included). */
export type Catchers = 'devops' | 'mlops' | 'both' | 'neither';

/** Every answer to "which pipeline catches it?", in the order the lab offers them. */
export const CATCHERS: readonly Catchers[] = ['both', 'mlops', 'devops', 'neither'];

export interface Comparison {
  fault: FaultId;
  devops: PipelineResult;
  mlops: PipelineResult;
  /** Which pipelines catch the fault at some stage. */
  catchers: Catchers;
}

/** Runs the same fault through the DevOps and the MLOps pipeline. */
export function comparePipelines(fault: FaultId): Comparison {
  const [devops, mlops] = PIPELINES.map((p) => runPipeline(p, fault));
  return { fault, devops, mlops, catchers: catchersOf(devops, mlops) };
}

/** `both`, `devops`, `mlops` or `neither`, from whether each result has a catching stage. */
export function catchersOf(devops: PipelineResult, mlops: PipelineResult): Catchers {
  const d = devops.caughtAt >= 0;
  const m = mlops.caughtAt >= 0;
  return d && m ? 'both' : d ? 'devops' : m ? 'mlops' : 'neither';
}

/**
 * The last stage the release's token visits, 0-based: the last stage whose outcome is not `not-reached`
 * (the catching stage, a fired retraining trigger after it, or the final stage if nothing caught the fault).
 */
export function lastVisited(result: PipelineResult): number {
  for (let i = result.stages.length - 1; i >= 0; i--) if (result.stages[i].outcome !== 'not-reached') return i;
  return -1;
}
