import { changeCost, type ChangeRequestResult } from '../../engine/agile/change-requests';
import { changeRequestMessages as m, type CostVerdict } from '../../messages/change-request-simulator';
import { formatAmount } from './format';
import { breakEven, costVerdict, extremes } from './outcome';

/**
 * The cost takeaway, sentence by sentence, from the learner's own run: which build cost more and by
 * how much, whether the prediction held, when the contracts paid back, and which kinds of request made
 * the difference each way.
 */
export function costTakeaway(result: ChangeRequestResult, prediction: CostVerdict): string[] {
  const { modular, coupled } = result.total;
  const verdict = costVerdict(result.total);
  const sentences: string[] = [];
  if (verdict === 'same') sentences.push(m.takeaway.same(formatAmount(modular), formatAmount(coupled)));
  else {
    const [more, less] = verdict === 'modular' ? (['modular', 'coupled'] as const) : (['coupled', 'modular'] as const);
    const diff = result.total[more] - result.total[less];
    sentences.push(
      m.takeaway.outcome(
        m.buildPhrases[more],
        formatAmount(result.total[more]),
        m.buildPhrases[less],
        formatAmount(result.total[less]),
        formatAmount(diff),
        `${Math.round((diff / result.total[less]) * 100)}%`,
      ),
    );
  }
  const predicted = m.prediction.options[prediction];
  sentences.push(prediction === verdict ? m.takeaway.right(predicted) : m.takeaway.wrong(predicted));
  sentences.push(m.takeaway.contracts(formatAmount(result.build.modular - result.build.coupled), breakEven(result)));
  const { coupledWorst, modularWorst } = extremes(result);
  const costs = (kind: NonNullable<typeof coupledWorst>) =>
    [m.kindPhrases[kind], formatAmount(changeCost(kind, 'modular').days), formatAmount(changeCost(kind, 'coupled').days)] as const;
  if (coupledWorst) sentences.push(m.takeaway.costly(...costs(coupledWorst)));
  if (modularWorst) sentences.push(m.takeaway.modularCostly(...costs(modularWorst)));
  return sentences;
}

/** The delivery takeaway: value delivered by each plan, and when each learned that the goal moved. */
export function deliveryTakeaway(result: ChangeRequestResult, goal: number): string[] {
  const d = result.delivery;
  const last = d.sprints.at(-1)!;
  const t = m.delivery.takeaway;
  if (goal === 0) return [t.noGoalChange(formatAmount(last.cumulative.iterative), formatAmount(last.cumulative.bigBang))];
  const it = d.learnedAt.iterative;
  const stale = d.sprints.filter((s) => !s.aimsAtNew.bigBang).length;
  return [
    t.learned(goal, it === null ? t.never : t.atSprint(it), t.atRelease, stale),
    t.result(formatAmount(last.cumulative.iterative), formatAmount(last.cumulative.bigBang), formatAmount(last.value.iterative), formatAmount(last.value.bigBang)),
  ];
}
