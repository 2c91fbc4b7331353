import type { RunRecord } from '../../persistence/schema';
import { INTERACTIVE_NAMES, isInteractiveId } from '../../content/interactiveIds';
import { fieldInfo } from '../../messages/run-fields';
import { formatTime } from '../../lib/format';

/** A lab's name as the course shows it ("A/B test lab"); an id the course does not know (an imported file's) as it is. */
export const labName = (lab: string): string => (isInteractiveId(lab) ? INTERACTIVE_NAMES[lab] : lab);

/** A run as people refer to it: lab and time ("A/B test lab, 30 Nov 2026, 08:12"). */
export const runTitle = (run: RunRecord): string => `${labName(run.lab)}, ${formatTime(run.createdAt)}`;

/** The anchor of a run's row in the list. */
export const runAnchor = (id: string): string => `run-${id}`;

/** The first `n` metrics of a run that are results rather than timings, for its summary line. */
export function headlineMetrics(run: RunRecord, n = 3): [string, number][] {
  return Object.entries(run.metrics)
    .filter(([key]) => fieldInfo(key).format !== 'ms')
    .slice(0, n);
}
