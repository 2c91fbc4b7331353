/**
 * Half-life regression (Settles and Meeder, "A Trainable Spaced Repetition Model for
 * Language Learning", ACL 2016), exactly in the paper's form:
 *
 *   predicted recall   p̂ = 2^(−Δ/ĥ)          Δ = days since the last practice
 *   predicted half-life ĥ = 2^(θ·x)           in days
 *   features            x = [1, √(1+right), √(1+wrong), one-hot(lesson)]
 *
 * Pure functions, no clock: every time is passed in (epoch milliseconds or days).
 */

/** Milliseconds in a day: Δ and h are measured in days. */
export const MS_PER_DAY = 86_400_000;

/** Shortest half-life the model predicts or learns from (15 minutes, as in the paper's code), in days. */
export const MIN_HALF_LIFE = 15 / (24 * 60);
/** Longest half-life the model predicts or learns from (274 days, as in the paper's code), in days. */
export const MAX_HALF_LIFE = 274;

/**
 * The weights θ of one model. `lessons` holds one weight per lesson slug (the one-hot
 * lesson feature); a lesson missing from it has weight 0.
 */
export interface HlrWeights {
  bias: number;
  right: number;
  wrong: number;
  lessons: Readonly<Record<string, number>>;
}

/** A learner's history with one item before a practice: counts of right and wrong answers. */
export interface ItemCounts {
  right: number;
  wrong: number;
}

/**
 * The review's default weights, used until the learner's own history is large enough
 * to fit (see `MIN_FIT_INSTANCES`). They are the values lesson 6 works through by hand:
 *
 * - bias −1, right +1.5, wrong −0.5 make θ·x = −1 + 1.5 − 0.5 = 0 for an item with no
 *   answers, a half-life of 2^0 = 1 day: without practice a new fact is half gone in a day,
 *   the steep start of Ebbinghaus's curve;
 * - right +1.5: the first right answer multiplies h by 2^(1.5(√2−1)) ≈ 1.54, the fourth by
 *   2^(1.5(√5−2)) ≈ 1.28, so every right answer lengthens h, each a little less;
 * - wrong −0.5: a smaller, negative weight, so a wrong answer shortens h (the first by
 *   2^(−0.5(√2−1)) ≈ 0.87) without wiping out what right answers built;
 * - lessons 0: no lesson is assumed harder than another until the data says so.
 */
export const DEFAULT_WEIGHTS: HlrWeights = Object.freeze({ bias: -1, right: 1.5, wrong: -0.5, lessons: Object.freeze({}) });

/** Clamps a half-life (days) to [MIN_HALF_LIFE, MAX_HALF_LIFE]. */
export function clampHalfLife(h: number): number {
  return Math.min(MAX_HALF_LIFE, Math.max(MIN_HALF_LIFE, h));
}

/**
 * The feature vector x for an item of `lesson` with `counts`, in the order
 * [bias 1, √(1+right), √(1+wrong), one-hot over `lessonOrder`]. Unit-free.
 */
export function features(counts: ItemCounts, lesson: string, lessonOrder: readonly string[]): number[] {
  return [1, Math.sqrt(1 + counts.right), Math.sqrt(1 + counts.wrong), ...lessonOrder.map((slug) => (slug === lesson ? 1 : 0))];
}

/** θ as a vector in the order of `features`. */
export function weightVector(weights: HlrWeights, lessonOrder: readonly string[]): number[] {
  return [weights.bias, weights.right, weights.wrong, ...lessonOrder.map((slug) => weights.lessons[slug] ?? 0)];
}

/** The weights named by a vector in the order of `features`. */
export function weightsFromVector(theta: readonly number[], lessonOrder: readonly string[]): HlrWeights {
  return { bias: theta[0], right: theta[1], wrong: theta[2], lessons: Object.fromEntries(lessonOrder.map((slug, i) => [slug, theta[3 + i]])) };
}

/**
 * The exponent θ·x = bias + right·√(1+right) + wrong·√(1+wrong) + lessons[lesson];
 * the half-life is 2 to this power, in days.
 */
export function exponent(weights: HlrWeights, counts: ItemCounts, lesson: string): number {
  return weights.bias + weights.right * Math.sqrt(1 + counts.right) + weights.wrong * Math.sqrt(1 + counts.wrong) + (weights.lessons[lesson] ?? 0);
}

/** The predicted half-life ĥ = 2^(θ·x) in days, clamped to [MIN_HALF_LIFE, MAX_HALF_LIFE]. */
export function halfLife(weights: HlrWeights, counts: ItemCounts, lesson: string): number {
  return clampHalfLife(2 ** exponent(weights, counts, lesson));
}

/** Predicted recall p̂ = 2^(−Δ/h) for Δ ≥ 0 days since the last practice and half-life h days; in (0, 1]. */
export function recall(deltaDays: number, h: number): number {
  return 2 ** (-Math.max(0, deltaDays) / h);
}

/**
 * Days after the last practice at which predicted recall falls to `target` (0 < target < 1):
 * solving 2^(−Δ/h) = target gives Δ = h · log2(1/target). At target ½ this is h itself.
 */
export function daysUntilRecall(h: number, target: number): number {
  return h * Math.log2(1 / target);
}
