import type { RunRecord } from '../../persistence/schema';
import type { NewRun } from '../../state/runs.svelte';
import { fieldInfo } from '../../messages/run-fields';

/** One metric of the original run beside the reproduction's. */
export interface MetricCheck {
  key: string;
  original: number | undefined;
  reproduced: number | undefined;
  /** Identical to the last bit (timings are measured, not reproduced: `timing` marks them). */
  same: boolean;
  timing: boolean;
}

/** The outcome of a reproduction, metric by metric. */
export interface ReproductionCheck {
  checks: MetricCheck[];
  /** Every metric that is not a timing came out identical. */
  identical: boolean;
  sameBackend: boolean;
  /** Same params and seed as the original (a reproducer must not change them). */
  sameSettings: boolean;
  /** The re-run saw the same data (its content hash is the record's dataset version). */
  sameDataset: boolean;
}

const sameValue = (a: unknown, b: unknown) => Object.is(a, b);

/** Compares a reproduction with the run it reproduced: metrics, backend, settings and data. */
export function checkReproduction(original: RunRecord, again: NewRun): ReproductionCheck {
  const keys = [...new Set([...Object.keys(original.metrics), ...Object.keys(again.metrics)])];
  const checks = keys.map((key) => {
    const a = Object.hasOwn(original.metrics, key) ? original.metrics[key] : undefined;
    const b = Object.hasOwn(again.metrics, key) ? again.metrics[key] : undefined;
    return { key, original: a, reproduced: b, same: sameValue(a, b), timing: fieldInfo(key).format === 'ms' };
  });
  const paramKeys = new Set([...Object.keys(original.params), ...Object.keys(again.params)].filter((k) => k !== 'reproducedFrom'));
  const sameSettings = again.seed === original.seed && [...paramKeys].every((k) => sameValue(original.params[k], again.params[k]));
  return {
    checks,
    identical: checks.every((c) => c.same || c.timing),
    sameBackend: again.backend === original.backend,
    sameSettings,
    sameDataset: again.datasetVersion === original.datasetVersion,
  };
}

/** The reproduction as it is recorded: the lab's record, linked to its source run by `reproducedFrom`. */
export function reproducedRecord(original: RunRecord, again: NewRun): NewRun {
  return { ...again, params: { ...again.params, reproducedFrom: original.id }, ...(original.demo ? { demo: true } : {}) };
}
