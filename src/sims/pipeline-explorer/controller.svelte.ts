import { comparePipelines, FAULTS, type Catchers, type Comparison, type FaultId, type PipelineResult } from '../../engine/pipelines';
import { browserClock, type Clock } from '../../lib/clock';
import { contentHash } from '../../lib/hash';
import { runs, type NewRun } from '../../state/runs.svelte';
import { stepsAt, totalSteps, viewOf } from './playback';

export type Phase = 'idle' | 'playing' | 'done';

export interface ExplorerSettings {
  fault: FaultId;
}

export interface ExplorerDeps {
  clock?: Clock;
  record?: (run: NewRun) => Promise<unknown>;
}

/** Stage number (1-based) where a pipeline caught the fault, 0 if it did not. */
const catchStage = (r: PipelineResult) => r.caughtAt + 1;

/**
 * The Pipeline explorer: the learner picks a fault (scenario) and a prediction, then runs both pipelines;
 * the outcome is computed at once and replayed stage by stage (or shown at once under reduced motion or
 * after Skip). Each run is recorded once its replay ends.
 */
export class PipelineExplorerController {
  prediction = $state<Catchers | null>(null);
  /** Set when the learner tried to run without a prediction. */
  needPrediction = $state(false);
  result = $state.raw<Comparison | null>(null);
  ranPrediction = $state<Catchers | null>(null);
  phase = $state<Phase>('idle');
  steps = $state(0);

  readonly total = $derived(this.result ? totalSteps(this.result) : 0);
  readonly stale = $derived.by(() => this.result !== null && this.result.fault !== this.settings().fault);
  readonly devops = $derived(this.result ? viewOf(this.result.devops, this.steps, this.phase === 'done') : null);
  readonly mlops = $derived(this.result ? viewOf(this.result.mlops, this.steps, this.phase === 'done') : null);

  #clock: Clock;
  #record: (run: NewRun) => Promise<unknown>;
  #handle: number | null = null;
  #started = 0;
  #durationMs = 0;
  #recorded = true;
  /** Resolves when the last run has been written to the runs store. */
  saved: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly settings: () => ExplorerSettings,
    deps: ExplorerDeps = {},
  ) {
    this.#clock = deps.clock ?? browserClock;
    this.#record = deps.record ?? ((run) => runs.record(run));
  }

  predict(answer: Catchers): void {
    this.prediction = answer;
    this.needPrediction = false;
  }

  /** Runs both pipelines with the current fault; refuses (and says so) until the learner has predicted. */
  run(): void {
    if (this.prediction === null) {
      this.needPrediction = true;
      return;
    }
    if (this.phase === 'playing') this.skip();
    const fault = this.settings().fault;
    if (!FAULTS.includes(fault)) return;
    const t0 = this.#clock.now();
    this.result = comparePipelines(fault);
    this.#durationMs = this.#clock.now() - t0;
    this.ranPrediction = this.prediction;
    this.#recorded = false;
    if (this.#clock.reducedMotion()) {
      this.steps = this.total;
      this.#finish();
      return;
    }
    this.steps = 1;
    this.phase = 'playing';
    this.#started = this.#clock.now();
    this.#handle = this.#clock.frame(this.#tick);
  }

  /** Shows the whole outcome at once. */
  skip(): void {
    if (this.phase !== 'playing') return;
    this.steps = this.total;
    this.#finish();
  }

  /** Ends the replay when the lab leaves the page; a run in progress is recorded as finished. */
  dispose(): void {
    this.skip();
    this.#cancel();
  }

  #tick = (): void => {
    this.#handle = null;
    if (this.phase !== 'playing') return;
    const steps = stepsAt(this.#clock.now() - this.#started, this.total);
    if (steps !== this.steps) this.steps = steps;
    if (steps >= this.total) this.#finish();
    else this.#handle = this.#clock.frame(this.#tick);
  };

  #cancel(): void {
    if (this.#handle !== null) this.#clock.cancel(this.#handle);
    this.#handle = null;
  }

  #finish(): void {
    this.#cancel();
    this.phase = 'done';
    if (!this.#recorded && this.result) {
      this.#recorded = true;
      this.saved = this.#record(this.#runRecord(this.result));
    }
  }

  #runRecord(r: Comparison): NewRun {
    return {
      lab: 'pipeline-explorer',
      model: 'first-catch pipeline rules',
      params: { fault: r.fault, prediction: this.ranPrediction ?? '' },
      seed: 0,
      datasetVersion: contentHash([r.devops.stages, r.mlops.stages]),
      metrics: {
        caughtByDevOps: r.devops.caughtAt >= 0 ? 1 : 0,
        caughtByMLOps: r.mlops.caughtAt >= 0 ? 1 : 0,
        devOpsCatchStage: catchStage(r.devops),
        mlOpsCatchStage: catchStage(r.mlops),
        devOpsDaysUntilNoticed: r.devops.impact?.daysUntilNoticed ?? 0,
        mlOpsDaysUntilNoticed: r.mlops.impact?.daysUntilNoticed ?? 0,
        predictionCorrect: this.ranPrediction === r.catchers ? 1 : 0,
      },
      backend: 'js',
      durationMs: this.#durationMs,
    };
  }
}
