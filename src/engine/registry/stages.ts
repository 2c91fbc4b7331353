import type { ModelMeta, ModelStage, StageChange } from '../../persistence/schema';
import { findEvidence, type EvidenceProblem } from './evaluation';

/**
 * The stage moves the registry allows, and what each needs:
 *
 * | from       | to         | needs                                                        |
 * |------------|------------|--------------------------------------------------------------|
 * | none       | staging    | a passing evaluation that counts (`findEvidence`)            |
 * | staging    | production | a passing evaluation that counts; archives the lab's current production model |
 * | staging    | none       | nothing (taken out of staging)                               |
 * | production | archived   | nothing (retired; the lab may be left without production)    |
 * | archived   | production | rollback: the model was in production before; rests on the evaluation of its last promotion; archives the current production model |
 * | archived   | none       | nothing                                                      |
 *
 * Every other move is refused: a model reaches production only through staging (or
 * as a rollback), and leaves production only by being archived.
 */
export const STAGE_MOVES: Readonly<Record<ModelStage, readonly ModelStage[]>> = Object.freeze({
  none: ['staging'],
  staging: ['production', 'none'],
  production: ['archived'],
  archived: ['production', 'none'],
});

/** Why a stage change was refused (the UI turns each into a sentence). */
export type StageRefusal =
  | { code: 'missing' }
  | { code: 'same-stage'; stage: ModelStage }
  | { code: 'not-allowed'; from: ModelStage; to: ModelStage }
  | { code: 'never-in-production' }
  | { code: 'evidence'; problem: EvidenceProblem };

/** A planned stage change: the records to write (the model, and the production model it archives). */
export type StagePlan = { ok: true; model: ModelMeta; archived: ModelMeta | null } | { ok: false; refusal: StageRefusal };

/** The lab's production model other than `model`, if any (the newest, should there be two). */
export function productionOf(model: ModelMeta, labModels: readonly ModelMeta[]): ModelMeta | null {
  const others = labModels.filter((m) => m.lab === model.lab && m.id !== model.id && m.stage === 'production');
  return others.sort((a, b) => b.createdAt - a.createdAt)[0] ?? null;
}

/** The evaluation id of the model's last move into production, or null if it never was there. */
export function lastPromotion(model: ModelMeta): StageChange | null {
  for (let i = model.stageHistory.length - 1; i >= 0; i--) if (model.stageHistory[i].to === 'production') return model.stageHistory[i];
  return null;
}

/**
 * Plans moving `model` to `to` at time `at` (epoch ms), given the other models of its
 * lab (`labModels`, may include `model`). Pure: returns the updated records (each with
 * the change appended to its `stageHistory`, with the evaluation it rests on) or the
 * reason for refusing. See `STAGE_MOVES` for the rules.
 */
export function planStageChange(model: ModelMeta, labModels: readonly ModelMeta[], to: ModelStage, at: number, evaluationId?: string): StagePlan {
  const from = model.stage;
  if (from === to) return { ok: false, refusal: { code: 'same-stage', stage: to } };
  if (!STAGE_MOVES[from].includes(to)) return { ok: false, refusal: { code: 'not-allowed', from, to } };
  const production = productionOf(model, labModels);
  let evidenceId: string | undefined;
  if (from === 'archived' && to === 'production') {
    const previous = lastPromotion(model);
    if (!previous) return { ok: false, refusal: { code: 'never-in-production' } };
    evidenceId = previous.evaluationId;
  } else if (to === 'staging' || to === 'production') {
    const evidence = findEvidence(model, production, evaluationId);
    if (!evidence.ok) return { ok: false, refusal: { code: 'evidence', problem: evidence.problem } };
    evidenceId = evidence.evaluation.id;
  }
  const change: StageChange = evidenceId === undefined ? { from, to, at } : { from, to, at, evaluationId: evidenceId };
  const next: ModelMeta = { ...model, stage: to, stageHistory: [...model.stageHistory, change] };
  const archived: ModelMeta | null =
    to === 'production' && production
      ? { ...production, stage: 'archived', stageHistory: [...production.stageHistory, { from: 'production', to: 'archived', at }] }
      : null;
  return { ok: true, model: next, archived };
}

/** Whether `to` is allowed for `model` now, with the refusal when not (for enabling buttons). */
export function canChangeStage(model: ModelMeta, labModels: readonly ModelMeta[], to: ModelStage): StageRefusal | null {
  const plan = planStageChange(model, labModels, to, model.createdAt);
  return plan.ok ? null : plan.refusal;
}
