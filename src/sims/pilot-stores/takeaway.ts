import type { ProposalId } from '../../engine/pilot-stores/proposals';
import { STORE_COUNT } from '../../engine/pilot-stores/rule';
import { pilotStoresMessages as m } from '../../messages/pilot-stores';
import { formatChange, formatMape, formatMoney, formatShare, formatThreshold } from './format';

/** The learner's prediction: the share of the basic forecast's pilot error the proposals remove. */
export type Prediction = 'little' | 'some' | 'most';
export const PREDICTIONS: readonly Prediction[] = ['little', 'some', 'most'];

/** The band a removed share s (a fraction of the basic forecast's mean pilot MAPE) falls in: s < ¼ little, ¼ ≤ s ≤ ⅔ some, s > ⅔ most. */
export function bandOf(share: number): Prediction {
  if (share < 0.25) return 'little';
  return share <= 2 / 3 ? 'some' : 'most';
}

/** What the takeaway reads: the learner's prediction and numbers (MAPEs in percent, costs in dollars). */
export interface TakeawayInput {
  prediction: Prediction | null;
  /** Mean pilot MAPE of the basic forecast; null before the pilot ran. */
  basicMape: number | null;
  /** Mean pilot MAPE of the forecast with the accepted proposals. */
  currentMape: number | null;
  /** Accepted proposals with the mean pilot MAPE before and after each. */
  accepted: { id: ProposalId; before: number; after: number }[];
  /** All proposals decided. */
  decided: boolean;
  /** Rollout waves run, in order. */
  waves: { reach: number; mape: number; total: number; halted: boolean }[];
  threshold: number;
}

/**
 * The takeaway, sentence by sentence, written from the learner's own numbers:
 * the share of the pilot error the accepted proposals removed (1 − current/basic),
 * the biggest single cut, whether the prediction's band held, and how the
 * rollout ended (halted at which wave and what that wave's errors cost, or
 * complete and what all waves' errors cost).
 */
export function takeaway(t: TakeawayInput): string[] {
  if (t.basicMape === null || t.currentMape === null) return [m.takeaway.none];
  const out: string[] = [];
  if (!t.decided && t.accepted.length === 0) return [m.takeaway.pilotOnly(formatMape(t.basicMape))];
  if (t.accepted.length === 0) out.push(m.takeaway.noneAccepted(formatMape(t.basicMape)));
  else {
    const share = 1 - t.currentMape / t.basicMape;
    out.push(m.takeaway.removed(t.accepted.length, formatMape(t.basicMape), formatMape(t.currentMape), formatShare(share)));
    const biggest = t.accepted.reduce((a, b) => (b.before - b.after > a.before - a.after ? b : a));
    if (t.accepted.length > 1) out.push(m.takeaway.biggest(m.proposal.names[biggest.id], formatChange(biggest.after - biggest.before)));
  }
  if (t.prediction && t.decided) {
    const actual = bandOf(1 - t.currentMape / t.basicMape);
    out.push(actual === t.prediction ? m.takeaway.predictionRight(m.bands[t.prediction]) : m.takeaway.predictionWrong(m.bands[t.prediction], m.bands[actual]));
  }
  const last = t.waves.at(-1);
  if (!t.decided) return out;
  if (!last) out.push(m.takeaway.notRolled);
  else if (last.halted) {
    const live = t.waves.length > 1 ? t.waves[t.waves.length - 2].reach : 0;
    out.push(m.takeaway.halted(last.reach, formatMape(last.mape), formatThreshold(t.threshold), formatMoney(last.total), live));
  } else if (last.reach === STORE_COUNT) out.push(m.takeaway.complete(formatMape(last.mape), formatMoney(t.waves.reduce((s, w) => s + w.total, 0))));
  else out.push(m.takeaway.partial(last.reach));
  return out;
}
