import { simulateChangeRequests, type ChangeRequestResult } from '../../engine/agile/change-requests';
import { contentHash } from '../../lib/hash';
import { changeRequestMessages as m, type CostVerdict } from '../../messages/change-request-simulator';
import { runs, type NewRun } from '../../state/runs.svelte';
import { costVerdict } from './outcome';
import { settingsKey, toConfig, type CrSettings } from './settings';

/** One run: the settings and prediction it ran with, and the engine's result. */
export interface CrRun {
  settings: CrSettings;
  prediction: CostVerdict;
  result: ChangeRequestResult;
}

/**
 * The Change-request simulator: holds the learner's prediction, runs the engine once the prediction is
 * made (a run takes well under a millisecond), records each run, and keeps which change request is on the
 * graphs.
 */
export class ChangeRequestController {
  prediction = $state<CostVerdict | null>(null);
  /** Set when Run was pressed with no prediction; cleared by choosing one. */
  needsPrediction = $state(false);
  ran = $state.raw<CrRun | null>(null);
  /** 1-based index of the change request drawn on the graphs. */
  selected = $state(1);

  readonly stale = $derived.by(() => this.ran !== null && settingsKey(this.ran.settings) !== settingsKey(this.settings()));
  readonly current = $derived(this.ran?.result.stream[this.selected - 1] ?? null);

  #record: (run: NewRun) => Promise<unknown>;
  saved: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly settings: () => CrSettings,
    deps: { record?: (run: NewRun) => Promise<unknown> } = {},
  ) {
    this.#record = deps.record ?? ((run) => runs.record(run));
  }

  predict(choice: CostVerdict): void {
    this.prediction = choice;
    this.needsPrediction = false;
  }

  /** Runs the stream for the current settings, if a prediction has been made; returns the run or null. */
  run(): CrRun | null {
    if (this.prediction === null) {
      this.needsPrediction = true;
      return null;
    }
    const settings = { ...this.settings() };
    const started = performance.now();
    const result = simulateChangeRequests(toConfig(settings));
    const durationMs = performance.now() - started;
    const run: CrRun = { settings, prediction: this.prediction, result };
    this.ran = run;
    this.selected = 1;
    this.saved = this.#record(this.#runRecord(run, durationMs));
    return run;
  }

  /** Shows another change request on the graphs, clamped to the stream. */
  select(index: number): void {
    const n = this.ran?.result.stream.length ?? 1;
    this.selected = Math.min(n, Math.max(1, Math.trunc(index)));
  }

  #runRecord({ settings: s, prediction, result }: CrRun, durationMs: number): NewRun {
    const last = result.delivery.sprints.at(-1)!;
    const verdict = costVerdict(result.total);
    return {
      lab: 'change-request-simulator',
      model: m.model,
      params: {
        changes: s.changes,
        contractDays: s.contract,
        feedbackEverySprints: s.feedback,
        goalMovesAtSprint: s.goal,
        oldGoalWorthPercent: s.worth,
        releaseOverheadPercent: s.overhead,
        prediction,
      },
      seed: s.seed,
      datasetVersion: contentHash(result.stream.map((c) => c.kind)),
      metrics: {
        modularTotalDays: result.total.modular,
        coupledTotalDays: result.total.coupled,
        modularBuildDays: result.build.modular,
        coupledBuildDays: result.build.coupled,
        iterativeValueDelivered: last.cumulative.iterative,
        bigBangValueDelivered: last.cumulative.bigBang,
        iterativeValueInUse: last.value.iterative,
        bigBangValueInUse: last.value.bigBang,
        predictionRight: prediction === verdict ? 1 : 0,
      },
      backend: 'js',
      durationMs,
    };
  }
}
