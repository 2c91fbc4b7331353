import type { ModelEvaluation, ModelMeta } from '../../persistence/schema';

/**
 * When an evaluation passes. The candidate's `metric` (a fraction in [0, 1], larger is
 * better, e.g. macro-F1 on the holdout) must reach `minimum`, and, when there is a
 * production model to compare with, must not fall more than `tolerance` below the
 * production model's value on the same data: pass ⇔ c ≥ minimum ∧ (b = none ∨ c ≥ b − tolerance).
 */
export interface EvaluationPolicy {
  metric: string;
  minimum: number;
  tolerance: number;
}

/** The policy of the course's labs: macro-F1 of at least 0.5, at most 1 point below production. */
export const DEFAULT_POLICY: EvaluationPolicy = Object.freeze({ metric: 'macroF1', minimum: 0.5, tolerance: 0.01 });

/** Why an evaluation passed or failed, for the summary sentence. */
export type Verdict =
  | { passed: true; reason: 'above-minimum' | 'not-worse'; candidate: number; baseline: number | null }
  | { passed: false; reason: 'metric-missing' | 'below-minimum' | 'worse-than-production'; candidate: number; baseline: number | null };

/**
 * Judges a candidate's holdout metrics against the policy and (optionally) the
 * production model's metrics on the same holdout. A metric that is missing or not
 * finite fails. See `EvaluationPolicy` for the rule.
 */
export function judge(candidate: Record<string, number>, baseline: Record<string, number> | null, policy: EvaluationPolicy = DEFAULT_POLICY): Verdict {
  const c = candidate[policy.metric];
  const b = baseline ? baseline[policy.metric] : undefined;
  const base = typeof b === 'number' && Number.isFinite(b) ? b : null;
  if (typeof c !== 'number' || !Number.isFinite(c)) return { passed: false, reason: 'metric-missing', candidate: NaN, baseline: base };
  if (c < policy.minimum) return { passed: false, reason: 'below-minimum', candidate: c, baseline: base };
  if (base === null) return { passed: true, reason: 'above-minimum', candidate: c, baseline: null };
  if (c < base - policy.tolerance) return { passed: false, reason: 'worse-than-production', candidate: c, baseline: base };
  return { passed: true, reason: 'not-worse', candidate: c, baseline: base };
}

/** Why a recorded evaluation cannot back a promotion. */
export type EvidenceProblem =
  | 'no-evaluation' // nothing recorded
  | 'unknown-evaluation' // the id named is not among the model's evaluations
  | 'failed' // it was recorded as failing
  | 'before-save' // made before the model was saved (cannot be about this model)
  | 'other-data' // made on another dataset version than the model's holdout
  | 'stale-baseline'; // compared with a model that is not the lab's production model now

/** Result of looking for the evaluation a promotion can rest on. */
export type Evidence = { ok: true; evaluation: ModelEvaluation } | { ok: false; problem: EvidenceProblem };

/**
 * Checks one evaluation of `model` as evidence for a promotion. It counts when it
 * passed, was made at or after the model was saved (`at ≥ createdAt`, epoch ms), on
 * the model's own holdout (its lineage's dataset version, when the lineage is known),
 * and against the lab's current production model: `baselineModelId` must be the id of
 * `production` when there is one (another model of the lab); with no production model
 * any baseline (or none) is fine.
 */
export function checkEvaluation(model: ModelMeta, evaluation: ModelEvaluation, production: ModelMeta | null): EvidenceProblem | null {
  if (!evaluation.passed) return 'failed';
  if (evaluation.at < model.createdAt) return 'before-save';
  if (model.lineage && evaluation.datasetVersion !== model.lineage.datasetVersion) return 'other-data';
  const current = production && production.id !== model.id ? production.id : undefined;
  if (current !== undefined && evaluation.baselineModelId !== current) return 'stale-baseline';
  return null;
}

/**
 * The evaluation a promotion of `model` rests on: the one named by `evaluationId`, or
 * else the newest that counts (see `checkEvaluation`). When none counts, the problem of
 * the newest evaluation (or of the one named) is returned, so the learner hears the
 * most relevant reason.
 */
export function findEvidence(model: ModelMeta, production: ModelMeta | null, evaluationId?: string): Evidence {
  if (evaluationId !== undefined) {
    const named = model.evaluations.find((e) => e.id === evaluationId);
    if (!named) return { ok: false, problem: 'unknown-evaluation' };
    const problem = checkEvaluation(model, named, production);
    return problem ? { ok: false, problem } : { ok: true, evaluation: named };
  }
  if (model.evaluations.length === 0) return { ok: false, problem: 'no-evaluation' };
  const newestFirst = [...model.evaluations].sort((a, b) => b.at - a.at);
  for (const evaluation of newestFirst) {
    if (checkEvaluation(model, evaluation, production) === null) return { ok: true, evaluation };
  }
  return { ok: false, problem: checkEvaluation(model, newestFirst[0], production) ?? 'failed' };
}
