import type { RunRecord } from '../../persistence/schema';
import type { NewRun } from '../../state/runs.svelte';

/**
 * Re-runs a recorded run from its params and seed and returns the run the lab records for it.
 * Each lab's own controller does the work (with its record step captured), so a reproduction
 * follows exactly the path the learner's run took.
 */
export type Reproducer = (run: RunRecord, options?: ReproduceOptions) => Promise<NewRun>;

/**
 * How the runs view follows a re-run: `signal` stops it (the reproducer rejects with ReproduceCancelled
 * and returns nothing to record); `onProgress` reports work done of a total (days of a year, epochs),
 * in order, from labs whose controllers report it. Quick labs report nothing and just finish.
 */
export interface ReproduceOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, text?: string) => void;
}

/** Why a record cannot be re-run (its parameters are incomplete or outside the lab's bounds, the lab has changed since, or its backend cannot run here). */
export class ReproduceError extends Error {}

/** The re-run was cancelled from the runs view: nothing was made, nothing is recorded. */
export class ReproduceCancelled extends Error {
  constructor() {
    super('The re-run was cancelled.');
  }
}

/** Throws ReproduceCancelled once `signal` has been aborted. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ReproduceCancelled();
}

/** Calls `cancel` when `signal` aborts (at once if it already has); returns what stops listening. */
export function onAbort(signal: AbortSignal | undefined, cancel: () => void): () => void {
  if (!signal) return () => {};
  if (signal.aborted) {
    cancel();
    return () => {};
  }
  signal.addEventListener('abort', cancel, { once: true });
  return () => signal.removeEventListener('abort', cancel);
}

export type Params = RunRecord['params'];

export const num = (p: Params, key: string): number => {
  const v = p[key];
  if (typeof v !== 'number') throw new ReproduceError(`The record has no number for “${key}”.`);
  return v;
};
export const bool = (p: Params, key: string): boolean => {
  const v = p[key];
  if (typeof v !== 'boolean') throw new ReproduceError(`The record has no yes/no value for “${key}”.`);
  return v;
};
export const oneOf = <T extends string>(p: Params, key: string, values: readonly T[]): T => {
  const v = p[key];
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) throw new ReproduceError(`The record's “${key}” is not one the lab knows.`);
  return v as T;
};

/** Captures the run a controller records. */
export function capture(): { record: (run: NewRun) => Promise<void>; take: () => NewRun } {
  let got: NewRun | null = null;
  return {
    record: async (run) => void (got = run),
    take: () => {
      if (!got) throw new ReproduceError('The lab finished without recording a run.');
      return got;
    },
  };
}

/** A reproducer of reproduceQuick.ts, loaded with that module on the first re-run. */
const quick =
  (name: keyof typeof import('./reproduceQuick')): Reproducer =>
  (run, options) =>
    import('./reproduceQuick').then((labs) => labs[name](run, options));

/**
 * The labs whose runs can be re-run from their record, by lab id. Each lab's reproducer (and the
 * lab it drives) is loaded on its first re-run, so the runs view does not wait for any of them.
 */
export const REPRODUCERS: Readonly<Record<string, Reproducer>> = {
  'ab-test-lab': quick('abTestLab'),
  'peeking-trap': quick('peekingTrap'),
  'many-small-wins': quick('manySmallWins'),
  'regional-rollout': quick('regionalRollout'),
  'change-request-simulator': quick('changeRequests'),
  'pipeline-explorer': quick('pipelineExplorer'),
  'complaint-classifier-lab': (run, options) => import('./reproduceComplaint').then(({ complaintReproducer }) => complaintReproducer()(run, options)),
  'drift-lab': (run, options) => import('./reproduceDrift').then(({ driftReproducer }) => driftReproducer()(run, options)),
  'sales-forecast-lab': (run, options) => import('./reproduceSales').then(({ salesReproducer }) => salesReproducer()(run, options)),
  'pilot-stores': (run, options) => import('./reproducePilot').then(({ pilotReproducer }) => pilotReproducer()(run, options)),
  'clinician-in-the-loop': (run, options) => import('./reproduceClinician').then(({ clinicianReproducer }) => clinicianReproducer()(run, options)),
};

export const canReproduce = (lab: string): boolean => Object.hasOwn(REPRODUCERS, lab);

/** Labs whose runs measure this device (latencies, timings): their numbers are not re-run from a record, by design. */
const MEASURING_LABS: ReadonlySet<string> = new Set(['notebook-to-production']);

export const measuresDevice = (lab: string): boolean => MEASURING_LABS.has(lab);
