import { lastVisited, type Comparison, type PipelineResult, type StageOutcome } from '../../engine/pipelines';

/** Milliseconds the release's token spends on each stage during the animation. */
export const STAGE_MS = 600;

/**
 * Animation steps of a comparison: both tokens move one stage per step, in parallel; the animation
 * lasts until the longer walk ends, i.e. max(last visited stage of each pipeline) + 1 steps.
 */
export function totalSteps(result: Comparison): number {
  return Math.max(lastVisited(result.devops), lastVisited(result.mlops)) + 1;
}

/** Steps on screen `elapsedMs` after the animation started: the first at once, one more every `STAGE_MS`. */
export function stepsAt(elapsedMs: number, total: number): number {
  return Math.min(total, 1 + Math.floor(Math.max(0, elapsedMs) / STAGE_MS));
}

/** What a stage shows: its outcome once revealed, `pending` before. */
export type StageView = StageOutcome | 'pending';

/**
 * The stages of one pipeline after `steps` animation steps: stages the token has visited show their
 * outcome; when `done`, every stage shows it (including those not reached). `token` is the stage the
 * token is on (-1 when there is none to show).
 */
export function viewOf(result: PipelineResult, steps: number, done: boolean): { stages: StageView[]; token: number } {
  const last = lastVisited(result);
  const revealed = done ? result.stages.length : Math.min(steps, last + 1);
  const stages = result.stages.map((s, i): StageView => (i < revealed ? s.outcome : 'pending'));
  const token = done ? last : Math.min(steps, last + 1) - 1;
  return { stages, token };
}
