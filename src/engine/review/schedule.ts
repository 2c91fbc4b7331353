import { daysUntilRecall, halfLife, MS_PER_DAY, recall, type HlrWeights } from './hlr';
import type { ItemHistory } from './history';

/**
 * A question is due once its predicted recall falls below this: with the default weights,
 * an item answered right once (h ≈ 1.54 days) comes back after about 12 hours, one
 * answered right eight times (h = 8 days) after about 2.6 days.
 */
export const TARGET_RECALL = 0.8;

/** What the model says about one practiced item at one moment. */
export interface ItemStatus extends ItemHistory {
  /** Predicted half-life, days. */
  halfLife: number;
  /** Days since the latest practice. */
  daysSince: number;
  /** Predicted recall now, in (0, 1]. */
  recall: number;
  /** Epoch ms at which predicted recall falls to the target. */
  dueAt: number;
  /** Epoch ms at which predicted recall falls to ½ (one half-life after the latest practice). */
  halfAt: number;
  due: boolean;
}

/**
 * The status of `item` at `now` (epoch ms): h = 2^(θ·x) days from its counts, Δ = (now − lastAt)
 * / MS_PER_DAY days, p = 2^(−Δ/h), due when p < target, due time lastAt + h·log2(1/target) days.
 */
export function itemStatus(item: ItemHistory, weights: HlrWeights, now: number, target = TARGET_RECALL): ItemStatus {
  const h = halfLife(weights, item, item.lessonSlug);
  const daysSince = Math.max(0, (now - item.lastAt) / MS_PER_DAY);
  const p = recall(daysSince, h);
  return {
    ...item,
    halfLife: h,
    daysSince,
    recall: p,
    dueAt: item.lastAt + daysUntilRecall(h, target) * MS_PER_DAY,
    halfAt: item.lastAt + h * MS_PER_DAY,
    due: p < target,
  };
}

/**
 * Every item's status at `now`, lowest predicted recall first (ties by check id), so the
 * items closest to being forgotten come first; the due ones are those with `due`.
 */
export function schedule(items: readonly ItemHistory[], weights: HlrWeights, now: number, target = TARGET_RECALL): ItemStatus[] {
  return items
    .map((item) => itemStatus(item, weights, now, target))
    .sort((a, b) => a.recall - b.recall || (a.checkId < b.checkId ? -1 : a.checkId > b.checkId ? 1 : 0));
}

/** The earliest due time (epoch ms) among items not yet due, or null when there are none. */
export function nextDueAt(statuses: readonly ItemStatus[]): number | null {
  const waiting = statuses.filter((s) => !s.due).map((s) => s.dueAt);
  return waiting.length ? Math.min(...waiting) : null;
}

/** Predicted recall of one lesson's items over the coming days. */
export interface LessonCurve {
  lesson: string;
  /** Day offsets from now (0 = now) with the mean predicted recall of the lesson's practiced items, in [0, 1]. */
  points: { day: number; recall: number }[];
}

/**
 * For every lesson in `lessonOrder` with at least one practiced item: the mean over its
 * items of p = 2^(−(Δ + d)/h) at d = 0, step, 2·step … `days` days from `now`, if the
 * learner practiced nothing more.
 */
export function recallCurves(items: readonly ItemHistory[], weights: HlrWeights, now: number, lessonOrder: readonly string[], days = 14, step = 0.5): LessonCurve[] {
  const steps = Math.floor(days / step + 1e-9);
  const curves: LessonCurve[] = [];
  for (const lesson of lessonOrder) {
    const mine = items.filter((item) => item.lessonSlug === lesson).map((item) => itemStatus(item, weights, now));
    if (mine.length === 0) continue;
    const points = Array.from({ length: steps + 1 }, (_, k) => {
      const day = k * step;
      return { day, recall: mine.reduce((acc, s) => acc + recall(s.daysSince + day, s.halfLife), 0) / mine.length };
    });
    curves.push({ lesson, points });
  }
  return curves;
}
