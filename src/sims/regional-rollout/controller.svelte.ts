import { contentHash } from '../../lib/hash';
import { rolloutMessages as m } from '../../messages/regional-rollout';
import { runs, type NewRun } from '../../state/runs.svelte';
import { CancelledError, workerRunner, type RolloutRunner } from './runner';
import { REPLAYS, settingsKey, toRolloutConfig, type RolloutSettings } from './settings';
import { outcomeSentence, takeaway, type LabRun, type Prediction } from './takeaway';

export type RolloutStatus = 'idle' | 'running' | 'done' | 'error';

export interface RolloutControllerDeps {
  runner?: RolloutRunner;
  record?: (run: NewRun) => Promise<unknown>;
  /** A wait longer than this shows progress; default 300 ms. */
  slowAfterMs?: number;
}

/**
 * The Regional rollout: keeps the learner's prediction, runs the rollout and its harmless replays in a
 * worker, keeps the last two runs (for the comparison in the takeaway) and records each run.
 */
export class RolloutController {
  prediction = $state<Prediction | null>(null);
  current = $state.raw<LabRun | null>(null);
  previous = $state.raw<LabRun | null>(null);
  status = $state<RolloutStatus>('idle');
  /** The run has taken longer than slowAfterMs: show progress. */
  slow = $state(false);
  error = $state('');
  readonly stale = $derived.by(() => this.current !== null && settingsKey(this.current.settings) !== settingsKey(this.settings()));
  readonly takeaway = $derived.by(() => (this.current ? takeaway(this.current, this.previous, this.prediction) : []));
  readonly announcement = $derived.by(() => (this.status === 'done' && this.current ? m.done(outcomeSentence(this.current)) : ''));

  #runner: RolloutRunner;
  #record: (run: NewRun) => Promise<unknown>;
  #slowAfterMs: number;
  #slowTimer: ReturnType<typeof setTimeout> | null = null;
  #seq = 0;
  saved: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly settings: () => RolloutSettings,
    deps: RolloutControllerDeps = {},
  ) {
    this.#runner = deps.runner ?? workerRunner();
    this.#record = deps.record ?? ((run) => runs.record(run));
    this.#slowAfterMs = deps.slowAfterMs ?? 300;
  }

  /** Simulates with the current settings; a newer run or a cancel supersedes one in flight. */
  async run(): Promise<void> {
    if (!this.prediction) return;
    const settings = { ...this.settings() };
    const seq = ++this.#seq;
    this.status = 'running';
    this.error = '';
    this.#startSlowTimer();
    try {
      const out = await this.#runner.run({ config: toRolloutConfig(settings), replays: REPLAYS });
      if (seq !== this.#seq) return;
      const run: LabRun = { settings, result: out.result, replays: out.replays };
      if (this.current) this.previous = this.current;
      this.current = run;
      this.status = 'done';
      this.saved = this.#record(runRecord(run, out.durationMs)).catch(() => {
        // Storage problems (full disk, guest mode) are reported by the app's banners.
      });
    } catch (error) {
      if (seq !== this.#seq || error instanceof CancelledError) return;
      this.status = 'error';
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      if (seq === this.#seq) this.#stopSlowTimer();
    }
  }

  cancel(): void {
    if (this.status !== 'running') return;
    this.#seq++;
    this.#runner.cancel();
    this.#stopSlowTimer();
    this.status = this.current ? 'done' : 'idle';
  }

  dispose(): void {
    this.#seq++;
    this.#stopSlowTimer();
    this.#runner.dispose();
  }

  #startSlowTimer(): void {
    this.#stopSlowTimer();
    this.#slowTimer = setTimeout(() => (this.slow = true), this.#slowAfterMs);
  }

  #stopSlowTimer(): void {
    if (this.#slowTimer) clearTimeout(this.#slowTimer);
    this.#slowTimer = null;
    this.slow = false;
  }
}

/** The run record of one lab run: the plan, the seed, and what it did (riders, detection, false rollbacks). */
export function runRecord({ settings: s, result, replays }: LabRun, durationMs: number): NewRun {
  const metrics: Record<string, number> = {
    ridersReached: result.ridersReached,
    ridersExposed: result.ridersExposed,
    rolledBack: result.rollback ? 1 : 0,
    falseRollbackPercent: (replays.rollbacks / replays.runs) * 100,
  };
  if (result.daysToDetection !== null) metrics.daysToDetection = result.daysToDetection;
  if (result.rollback) metrics.rollbackDay = result.rollback.day + 1;
  return {
    lab: 'regional-rollout',
    model: m.model,
    params: {
      watchDays: s.days,
      sharePercent: s.share,
      waitLimitPercent: s.wait,
      supplyLimitPercent: s.supply,
      tripsLimitPercent: s.trips,
      fairnessLimit: s.fair,
      badRegion: s.bad,
      replays: replays.runs,
    },
    seed: s.seed,
    datasetVersion: contentHash({ reached: result.reachedByDay, exposed: result.exposedByDay, rollback: result.rollback }),
    metrics,
    backend: 'js',
    durationMs,
  };
}
