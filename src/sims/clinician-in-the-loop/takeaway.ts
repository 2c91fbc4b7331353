import type { Evaluation } from '../../engine/clinical/lab';
import { SPURIOUS_FEATURE, type FeatureKey } from '../../engine/clinical/features';
import { clinicianMessages as m } from '../../messages/clinician-in-the-loop';
import { featureLabel, formatPoints, formatScore } from './format';

/** The learner's answer to "which model will do better at the second hospital?". */
export type Prediction = 'all' | 'without' | 'same';

/** AUC and Brier differences below these count as "about the same". */
export const SAME_AUC = 0.01;
export const SAME_BRIER = 0.005;

/**
 * Which model did better at the second hospital: 'without' when it has the lower
 * Brier score by at least SAME_BRIER, 'all' when the model with every input does,
 * 'same' when |ΔBrier| < SAME_BRIER and |ΔAUC| < SAME_AUC; otherwise the lower Brier wins.
 */
export function winner(all: Evaluation, without: Evaluation): Prediction {
  const dBrier = without.second.brier - all.second.brier;
  const dAuc = without.second.auc - all.second.auc;
  if (Math.abs(dBrier) < SAME_BRIER && Math.abs(dAuc) < SAME_AUC) return 'same';
  return dBrier < 0 ? 'without' : 'all';
}

const gap = (v: number) => `${v < 0 ? '−' : '+'}${formatPoints(v)} points`;

/**
 * The takeaway from the learner's own numbers: the leak story when the flagged
 * input is the spurious one and the models differ, the "no leak" story when they
 * do not, and the "that was a real signal" story when a clinical input was flagged;
 * then whether the prediction was right.
 */
export function takeaway(all: Evaluation, without: Evaluation, dropped: FeatureKey, prediction: Prediction): string {
  const label = featureLabel(dropped);
  const won = winner(all, without);
  let text: string;
  if (dropped !== SPURIOUS_FEATURE) {
    text = m.takeaway.realInput(label, formatScore(all.second.auc), formatScore(without.second.auc), formatScore(all.second.brier), formatScore(without.second.brier));
  } else if (won === 'same') {
    text = m.takeaway.noLeak(formatScore(all.second.auc), formatScore(without.second.auc));
  } else {
    text = m.takeaway.leak({
      label,
      aucHoldoutAll: formatScore(all.holdout.auc),
      aucHoldoutWithout: formatScore(without.holdout.auc),
      aucSecondAll: formatScore(all.second.auc),
      aucSecondWithout: formatScore(without.second.auc),
      brierSecondAll: formatScore(all.second.brier),
      brierSecondWithout: formatScore(without.second.brier),
      gapAll: gap(all.second.older.gap),
      gapWithout: gap(without.second.older.gap),
    });
  }
  const answer = prediction === 'all' ? m.predict.all : prediction === 'same' ? m.predict.same : m.predict.without(label);
  return `${text} ${prediction === won ? m.takeaway.right : m.takeaway.wrong(answer)}`;
}
