import { GUARDRAILS, type ReplayResult, type RolloutResult } from '../../engine/rollout';
import { rolloutMessages as m } from '../../messages/regional-rollout';
import { formatCount } from './format';
import type { RolloutSettings } from './settings';

export type Prediction = 'fewer' | 'same' | 'more';
export const PREDICTIONS: readonly Prediction[] = ['fewer', 'same', 'more'];

/** One finished run of the lab. */
export interface LabRun {
  settings: RolloutSettings;
  result: RolloutResult;
  replays: ReplayResult;
}

const guardrailName = (g: string) => (m.guardrails[g] ?? g).toLowerCase();

/** What happened in one run, in one or two sentences from its own numbers. */
export function outcomeSentence(run: LabRun): string {
  const { result, settings } = run;
  const bad = result.badRegion === null ? null : result.regions[result.badRegion];
  const rollback = result.rollback;
  const exposed = formatCount(result.ridersExposed);
  if (rollback && bad && rollback.region === result.badRegion) {
    return m.takeaway.caught(bad.name, guardrailName(rollback.guardrail), result.daysToDetection ?? 0, exposed, formatCount(result.ridersReached));
  }
  if (rollback && bad) return m.takeaway.elsewhere(result.regions[rollback.region].name, guardrailName(rollback.guardrail), bad.name);
  if (rollback) return m.takeaway.falseAlarm(result.regions[rollback.region].name, guardrailName(rollback.guardrail));
  if (bad && bad.start >= result.horizon) return m.takeaway.notReached(bad.name);
  if (bad) return m.takeaway.missed(bad.name, settings.days, exposed);
  return m.takeaway.harmless(formatCount(result.ridersReached));
}

/**
 * What the truth is for the prediction question, from a faster and a slower run with a bad region:
 * r = exposed(faster)/max(1, exposed(slower)); r ≥ 2 ⇒ 'more', r ≤ 0.5 ⇒ 'fewer', otherwise 'same'.
 * Null unless both runs had a bad region and watched for different numbers of days.
 */
export function observedAnswer(a: LabRun, b: LabRun): Prediction | null {
  if (!a.settings.bad || !b.settings.bad || a.settings.days === b.settings.days) return null;
  const [fast, slow] = a.settings.days < b.settings.days ? [a, b] : [b, a];
  const r = fast.result.ridersExposed / Math.max(1, slow.result.ridersExposed);
  return r >= 2 ? 'more' : r <= 0.5 ? 'fewer' : 'same';
}

/**
 * The takeaway paragraphs: what this run did, how often the plan rolls back a harmless model, and,
 * when the previous run watched regions for a different number of days, the comparison and the
 * verdict on the learner's prediction.
 */
export function takeaway(current: LabRun, previous: LabRun | null, prediction: Prediction | null): string[] {
  const out = [outcomeSentence(current), m.takeaway.falseRate(current.replays.rollbacks, current.replays.runs)];
  const answer = previous ? observedAnswer(current, previous) : null;
  if (previous && answer) {
    out.push(m.takeaway.compare(previous.settings.days, formatCount(previous.result.ridersExposed), current.settings.days, formatCount(current.result.ridersExposed)));
    if (prediction === answer) out.push(m.takeaway.prediction.right);
    else if (prediction) {
      const p = m.takeaway.prediction;
      out.push(p.wrong(answer === 'more' ? p.fastMore : answer === 'fewer' ? p.fastFewer : p.fastSame));
    }
  } else if (prediction) {
    out.push(m.takeaway.prediction.open);
  }
  return out;
}

/** The guardrail that fired, else the first guardrail: what the chart shows first. */
export function defaultGuardrail(result: RolloutResult): (typeof GUARDRAILS)[number] {
  return result.rollback?.guardrail ?? 'fairness';
}

/** The region the chart shows first: where the rollback fired, else the bad region, else the first region. */
export function defaultRegion(result: RolloutResult): number {
  return result.rollback?.region ?? result.badRegion ?? 0;
}
