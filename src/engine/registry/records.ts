import type { ModelCard, ModelEvaluation, ModelMeta } from '../../persistence/schema';

/** Longest text of one model card field, in UTF-16 code units. */
export const CARD_FIELD_MAX = 2_000;

/** Most evaluations kept per model; the oldest are dropped beyond it (stage history keeps their ids). */
export const EVALUATIONS_MAX = 50;

/** `model` with `evaluation` appended (oldest first, at most `EVALUATIONS_MAX`, the newest kept). */
export function withEvaluation<T extends ModelMeta>(model: T, evaluation: ModelEvaluation): T {
  return { ...model, evaluations: [...model.evaluations, evaluation].slice(-EVALUATIONS_MAX) };
}

/** `model` with its card replaced; each field trimmed at both ends and cut to `CARD_FIELD_MAX`. */
export function withCard<T extends ModelMeta>(model: T, card: ModelCard): T {
  const clean = (s: string) => s.trim().slice(0, CARD_FIELD_MAX);
  return { ...model, card: { intendedUse: clean(card.intendedUse), data: clean(card.data), limits: clean(card.limits) } };
}
