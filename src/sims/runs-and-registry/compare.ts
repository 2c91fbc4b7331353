import type { RunRecord } from '../../persistence/schema';

type Value = number | string | boolean | undefined;

/** One field across the compared runs. */
export interface CompareRow {
  key: string;
  values: Value[];
  /**
   * For two runs, the second minus the first; for more, the largest minus the smallest.
   * Null when a value is missing or not a number.
   */
  difference: number | null;
  /** Some run has another value (or none) for this field. */
  changed: boolean;
}

/** Side-by-side metrics, parameters and run settings of two or more runs, in the order they were selected. */
export interface Comparison {
  runs: RunRecord[];
  metrics: CompareRow[];
  params: CompareRow[];
  /** Seed, dataset version, backend and model: what else makes runs differ. */
  setup: CompareRow[];
}

function row(key: string, values: Value[]): CompareRow {
  const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const allNumbers = numbers.length === values.length && values.length >= 2;
  let difference: number | null = null;
  if (allNumbers) difference = values.length === 2 ? numbers[1] - numbers[0] : Math.max(...numbers) - Math.min(...numbers);
  const changed = values.some((v) => v !== values[0]);
  return { key, values, difference, changed };
}

function keysOf(records: Record<string, unknown>[]): string[] {
  const keys = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) keys.add(k);
  return [...keys];
}

/** Lines up the fields of the runs: every key any run has, the value each run has for it (or undefined). */
export function compareRuns(runs: readonly RunRecord[]): Comparison {
  const list = [...runs];
  const pick = (get: (r: RunRecord) => Record<string, Value>) => (key: string) => row(key, list.map((r) => get(r)[key]));
  return {
    runs: list,
    metrics: keysOf(list.map((r) => r.metrics)).map(pick((r) => r.metrics)),
    params: keysOf(list.map((r) => r.params)).map(pick((r) => r.params)),
    setup: [
      row('seed', list.map((r) => r.seed)),
      row('datasetVersion', list.map((r) => r.datasetVersion)),
      row('backend', list.map((r) => r.backend)),
      row('model', list.map((r) => r.model)),
    ],
  };
}

/** One curve (e.g. `loss`) of each compared run that has it, as line-chart points (x = epoch from 1). */
export interface CurveGroup {
  name: string;
  series: { run: number; points: { x: number; y: number }[] }[];
}

/** The per-epoch curves of the runs grouped by name, so each chart overlays one quantity across runs. */
export function curveGroups(runs: readonly RunRecord[]): CurveGroup[] {
  const names = keysOf(runs.map((r) => r.curves ?? {}));
  return names
    .map((name) => ({
      name,
      series: runs.flatMap((r, run) => {
        const ys = r.curves?.[name];
        return ys && ys.length > 0 ? [{ run, points: ys.map((y, i) => ({ x: i + 1, y })) }] : [];
      }),
    }))
    .filter((g) => g.series.length > 0);
}
