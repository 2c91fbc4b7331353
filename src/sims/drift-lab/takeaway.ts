import type { Policy, YearSpec } from '../../engine/drift-stream/config';
import type { YearSummary } from '../../engine/drift-stream/year';
import { formatAccuracy } from './format';

const days = (k: number) => `${k} incident day${k === 1 ? '' : 's'}`;
const models = (k: number) => `${k} model${k === 1 ? '' : 's'}`;

/**
 * The takeaway written from the learner's own years (the policies run with the current settings):
 * accuracy, incidents and retrains per policy, then what the shadow test did with the broken exports.
 * Empty until a year has run.
 */
export function takeaway(group: Partial<Record<Policy, { year: { summary: YearSummary } }>>, spec: YearSpec): string {
  const s = (p: Policy) => group[p]?.year.summary;
  const never = s('never');
  const daily = s('daily');
  const drift = s('drift');
  const parts: string[] = [];
  if (never) parts.push(`Never retraining: mean accuracy ${formatAccuracy(never.meanAccuracy)}, ${days(never.incidentDays)}.`);
  if (daily) parts.push(`Retraining every day: ${formatAccuracy(daily.meanAccuracy)}, ${days(daily.incidentDays)}, for ${daily.retrains} retrains.`);
  if (drift) parts.push(`Retraining on drift: ${formatAccuracy(drift.meanAccuracy)}, ${days(drift.incidentDays)}, for ${drift.retrains} retrains.`);
  if (parts.length === 0) return '';
  if (daily && drift) {
    const share = Math.round((100 * drift.retrains) / Math.max(1, daily.retrains));
    const gap = (daily.meanAccuracy - drift.meanAccuracy) * 100;
    parts.push(
      Math.abs(gap) < 0.5
        ? `Drift triggers matched the daily schedule within half a point for ${share}% of its compute.`
        : gap > 0
          ? `The daily schedule bought ${gap.toFixed(1)} points of mean accuracy with ${100 - share}% more retrains than the triggers needed.`
          : `Drift triggers beat the daily schedule by ${(-gap).toFixed(1)} points with ${share}% of its compute.`,
    );
  }
  const ran = [never, daily, drift].filter((x): x is YearSummary => x !== undefined);
  const caught = ran.reduce((k, x) => k + x.badCaught, 0);
  const shipped = ran.reduce((k, x) => k + x.badShipped, 0);
  if (shipped > 0) parts.push(`${models(shipped)} trained on a broken export went into service${spec.shadowDays === 0 ? ', because nothing scored them on live traffic first' : ''}.`);
  if (caught > 0) parts.push(`The shadow test kept out ${models(caught)} trained on a broken export.`);
  if (!never || !daily || !drift) parts.push('Run the other policies to compare them on the same stream.');
  return parts.join(' ');
}
