import type { RunRecord } from '../../persistence/schema';
import { fieldLabel, formatField } from '../../messages/run-fields';

/** `date`, `duration`, or `metric:<key>` for one recorded metric. */
export type RunSort = 'date' | 'duration' | `metric:${string}`;

/** What the list shows: one lab or all, runs whose parameters mention `text`, demo runs or not. */
export interface RunQuery {
  lab: string;
  text: string;
  showDemo: boolean;
  sort: RunSort;
  descending: boolean;
}

export const ALL_LABS = 'all';

export const DEFAULT_QUERY: RunQuery = { lab: ALL_LABS, text: '', showDemo: true, sort: 'date', descending: true };

/** True when a parameter (its key, its name or its value as shown), the model or the seed contains the text, case-insensitively. */
export function matchesText(run: RunRecord, text: string): boolean {
  const needle = text.trim().toLowerCase();
  if (!needle) return true;
  const haystack = [run.model ?? '', `seed ${run.seed}`];
  for (const [key, value] of Object.entries(run.params)) {
    haystack.push(key, fieldLabel(key), String(value), formatField(key, value));
  }
  return haystack.some((s) => s.toLowerCase().includes(needle));
}

/** The runs the query keeps, in its order (a metric sort puts runs without that metric last). */
export function queryRuns(list: readonly RunRecord[], q: RunQuery): RunRecord[] {
  const kept = list.filter((r) => (q.lab === ALL_LABS || r.lab === q.lab) && (q.showDemo || !r.demo) && matchesText(r, q.text));
  const value = sortValue(q.sort);
  const sign = q.descending ? -1 : 1;
  return kept
    .map((run, i) => ({ run, i, v: value(run) }))
    .sort((a, b) => {
      const aMissing = !Number.isFinite(a.v);
      const bMissing = !Number.isFinite(b.v);
      if (aMissing || bMissing) return aMissing === bMissing ? a.i - b.i : aMissing ? 1 : -1;
      return a.v === b.v ? a.i - b.i : sign * (a.v - b.v);
    })
    .map((x) => x.run);
}

function sortValue(sort: RunSort): (r: RunRecord) => number {
  if (sort === 'date') return (r) => r.createdAt;
  if (sort === 'duration') return (r) => r.durationMs;
  const key = sort.slice('metric:'.length);
  return (r) => (Object.hasOwn(r.metrics, key) ? r.metrics[key] : NaN);
}

/** The labs that recorded at least one of these runs, in first-seen order. */
export function labsOf(list: readonly RunRecord[]): string[] {
  return [...new Set(list.map((r) => r.lab))];
}

/** Every metric key of these runs (for the sort menu), in first-seen order. */
export function metricKeysOf(list: readonly RunRecord[]): string[] {
  const keys = new Set<string>();
  for (const r of list) for (const k of Object.keys(r.metrics)) keys.add(k);
  return [...keys];
}
