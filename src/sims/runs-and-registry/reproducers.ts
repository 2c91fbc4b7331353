import type { RunRecord } from '../../persistence/schema';
import type { NewRun } from '../../state/runs.svelte';
import { clampScenario, type ParamSpecs, type ScenarioSpec, type ScenarioValues } from '../../lib/scenario';
import type { Clock } from '../../lib/clock';
import type { Catchers } from '../../engine/pipelines';
import type { CostVerdict } from '../../messages/change-request-simulator';

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

/** The lab's settings for these raw values, refusing (rather than clamping) any that are out of bounds. */
export function bounded<S extends ParamSpecs>(spec: ScenarioSpec<S>, raw: Record<string, unknown>): ScenarioValues<S> {
  const { values, notices } = clampScenario(spec, raw);
  if (notices.length > 0) throw new ReproduceError(`The record's settings are outside the lab's bounds: ${notices[0].message}`);
  return values;
}

/** A clock whose replay never advances on its own: the reproducer ends it on the recorded day. */
const heldClock = (reducedMotion: boolean): Clock => ({ now: () => performance.now(), frame: () => 1, cancel: () => {}, reducedMotion: () => reducedMotion });

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

const abTestLab: Reproducer = async (run) => {
  const [{ scenario }, { AbLabController }, { KPIS }] = await Promise.all([import('../ab-test-lab/index'), import('../ab-test-lab/controller.svelte'), import('../ab-test-lab/settings')]);
  const p = run.params;
  const values = bounded(scenario, {
    seed: run.seed,
    baseline: num(p, 'baselinePercent'),
    effect: num(p, 'effectPercent'),
    split: num(p, 'splitToBPercent'),
    visitors: num(p, 'visitorsPerDay'),
    days: num(p, 'plannedDays'),
    novelty: bool(p, 'novelty'),
    kpi: oneOf(p, 'kpi', KPIS),
  });
  const out = capture();
  const lab = new AbLabController(() => values, { clock: heldClock(false), record: out.record });
  lab.run();
  // The learner may have stopped early: end on the recorded decision day.
  const day = run.metrics.decisionDay;
  lab.shownDays = Number.isInteger(day) && day >= 1 && day <= values.days ? day : values.days;
  lab.stop();
  await lab.saved;
  return out.take();
};

const peekingTrap: Reproducer = async (run, options = {}) => {
  const [{ scenario }, { PeekingController }] = await Promise.all([import('../peeking-trap/index'), import('../peeking-trap/controller.svelte')]);
  const p = run.params;
  const values = bounded(scenario, { seed: run.seed, experiments: num(p, 'experiments'), looks: num(p, 'looks'), visitors: num(p, 'visitorsPerArmPerLook'), alpha: num(p, 'alphaPercent') });
  const out = capture();
  throwIfCancelled(options.signal);
  const lab = new PeekingController(() => values, { record: out.record });
  const stopListening = onAbort(options.signal, () => lab.cancel());
  try {
    await lab.run();
    throwIfCancelled(options.signal);
    if (lab.status === 'error') throw new ReproduceError(lab.error);
    return out.take();
  } finally {
    stopListening();
    lab.dispose();
  }
};

const manySmallWins: Reproducer = async (run) => {
  const [{ scenario }, { SmallWinsController }, { UNDERPOWERED_FACTOR }] = await Promise.all([
    import('../many-small-wins/index'),
    import('../many-small-wins/controller.svelte'),
    import('../many-small-wins/settings'),
  ]);
  const p = run.params;
  const underpowered = bool(p, 'underpowered');
  // The record keeps the traffic a test got; the lab's full traffic is that times the under-powered factor.
  const traffic = num(p, 'visitorsPerArm') * (underpowered ? UNDERPOWERED_FACTOR : 1);
  const values = bounded(scenario, {
    seed: run.seed,
    changes: num(p, 'changes'),
    nullShare: num(p, 'noEffectPercent'),
    mean: num(p, 'meanEffectPercent'),
    sd: num(p, 'sdEffectPercent'),
    traffic,
    alpha: num(p, 'alphaPercent'),
    power: num(p, 'plannedPowerPercent'),
    underpowered,
  });
  const out = capture();
  const lab = new SmallWinsController(() => values, { record: out.record });
  lab.run();
  await lab.saved;
  return out.take();
};

const regionalRollout: Reproducer = async (run, options = {}) => {
  const [{ scenario }, { RolloutController }, { REPLAYS }] = await Promise.all([
    import('../regional-rollout/index'),
    import('../regional-rollout/controller.svelte'),
    import('../regional-rollout/settings'),
  ]);
  const p = run.params;
  if (num(p, 'replays') !== REPLAYS) throw new ReproduceError(`The lab now runs ${REPLAYS} replays; this run had ${p.replays}.`);
  const values = bounded(scenario, {
    seed: run.seed,
    days: num(p, 'watchDays'),
    share: num(p, 'sharePercent'),
    wait: num(p, 'waitLimitPercent'),
    supply: num(p, 'supplyLimitPercent'),
    trips: num(p, 'tripsLimitPercent'),
    fair: num(p, 'fairnessLimit'),
    bad: bool(p, 'badRegion'),
  });
  const out = capture();
  const lab = new RolloutController(() => values, { record: out.record });
  // The prediction is not part of the record and does not change the simulation.
  lab.prediction = 'same';
  throwIfCancelled(options.signal);
  const stopListening = onAbort(options.signal, () => lab.cancel());
  try {
    await lab.run();
    throwIfCancelled(options.signal);
    if (lab.status === 'error') throw new ReproduceError(lab.error);
    await lab.saved;
    return out.take();
  } finally {
    stopListening();
    lab.dispose();
  }
};

const VERDICTS: readonly CostVerdict[] = ['modular', 'coupled', 'same'];

const changeRequests: Reproducer = async (run) => {
  const [{ scenario }, { ChangeRequestController }] = await Promise.all([import('../change-request-simulator/index'), import('../change-request-simulator/controller.svelte')]);
  const p = run.params;
  const values = bounded(scenario, {
    seed: run.seed,
    changes: num(p, 'changes'),
    contract: num(p, 'contractDays'),
    feedback: num(p, 'feedbackEverySprints'),
    goal: num(p, 'goalMovesAtSprint'),
    worth: num(p, 'oldGoalWorthPercent'),
    overhead: num(p, 'releaseOverheadPercent'),
  });
  const out = capture();
  const lab = new ChangeRequestController(() => values, { record: out.record });
  lab.predict(oneOf(p, 'prediction', VERDICTS));
  lab.run();
  await lab.saved;
  return out.take();
};

const pipelineExplorer: Reproducer = async (run) => {
  const [{ scenario }, { PipelineExplorerController }, { CATCHERS, FAULTS }] = await Promise.all([
    import('../pipeline-explorer/index'),
    import('../pipeline-explorer/controller.svelte'),
    import('../../engine/pipelines'),
  ]);
  const p = run.params;
  const values = bounded(scenario, { fault: oneOf(p, 'fault', FAULTS) });
  const out = capture();
  const lab = new PipelineExplorerController(() => values, { clock: heldClock(true), record: out.record });
  lab.predict(oneOf<Catchers>(p, 'prediction', CATCHERS));
  lab.run();
  await lab.saved;
  return out.take();
};

/** The labs whose runs can be re-run from their record, by lab id. */
export const REPRODUCERS: Readonly<Record<string, Reproducer>> = {
  'ab-test-lab': abTestLab,
  'peeking-trap': peekingTrap,
  'many-small-wins': manySmallWins,
  'regional-rollout': regionalRollout,
  'change-request-simulator': changeRequests,
  'pipeline-explorer': pipelineExplorer,
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
