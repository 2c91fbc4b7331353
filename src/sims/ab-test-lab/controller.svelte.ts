import { simulateExperiment, type DayResult } from '../../engine/experiments';
import { createRng } from '../../engine/random/rng';
import { browserClock, type Clock } from '../../lib/clock';
import { contentHash } from '../../lib/hash';
import { abMessages as m } from '../../messages/ab-test-lab';
import { runs, type NewRun } from '../../state/runs.svelte';
import { decide, type Decision } from './decision';
import { plannedPower, readKpi, trueDifference, type KpiReading } from './kpi';
import { daysShownAt } from './playback';
import { ALPHA, dataKey, toExperimentConfig, type AbSettings } from './settings';

export type Phase = 'idle' | 'playing' | 'done';

/** Stored runs accept finite numbers only (a NaN p-value means "not enough data": leave it out). */
export function finiteOnly(metrics: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(metrics).filter(([, v]) => Number.isFinite(v)));
}

export interface AbLabDeps {
  clock?: Clock;
  record?: (run: NewRun) => Promise<unknown>;
}

/**
 * The A/B test lab: simulates the whole test at once (the engine is O(days)), then replays it day by
 * day; the learner may skip to the end or stop early. Each run is recorded once it ends.
 */
export class AbLabController {
  /** Every simulated day of the last run, and the settings it ran with. */
  results = $state.raw<DayResult[]>([]);
  ran = $state.raw<AbSettings | null>(null);
  shownDays = $state(0);
  phase = $state<Phase>('idle');
  /** The day the test ended: the last day, or the day the learner stopped it. */
  decisionDay = $state(0);

  /** The KPI switch re-reads the same run. */
  readonly kpi = $derived.by(() => this.settings().kpi);
  readonly stale = $derived.by(() => this.ran !== null && dataKey(this.ran) !== dataKey(this.settings()));
  readonly power = $derived(this.ran ? plannedPower(this.kpi, this.ran) : []);
  readonly current = $derived<DayResult | null>(this.results[this.shownDays - 1] ?? null);
  readonly reading = $derived<KpiReading | null>(this.current ? readKpi(this.current, this.kpi) : null);
  readonly decision = $derived.by<Decision | null>(() => this.#decide());
  readonly truth = $derived(this.ran ? trueDifference(this.kpi, this.ran) : NaN);

  #clock: Clock;
  #record: (run: NewRun) => Promise<unknown>;
  #handle: number | null = null;
  #started = 0;
  #durationMs = 0;
  #recorded = true;
  /** Resolves when the last run has been written to the runs store (for tests and callers). */
  saved: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly settings: () => AbSettings,
    deps: AbLabDeps = {},
  ) {
    this.#clock = deps.clock ?? browserClock;
    this.#record = deps.record ?? ((run) => runs.record(run));
  }

  /** Simulates the test with the current settings and starts the replay (or shows it all at once). */
  run(): void {
    if (this.phase === 'playing') this.skip();
    const settings = { ...this.settings() };
    const t0 = this.#clock.now();
    this.results = simulateExperiment(toExperimentConfig(settings), createRng(settings.seed));
    this.#durationMs = this.#clock.now() - t0;
    this.ran = settings;
    this.#recorded = false;
    if (this.#clock.reducedMotion()) {
      this.shownDays = settings.days;
      this.#finish(settings.days);
      return;
    }
    this.shownDays = 1;
    this.phase = 'playing';
    this.#started = this.#clock.now();
    this.#handle = this.#clock.frame(this.#tick);
  }

  /** Shows every planned day and decides on the full test. */
  skip(): void {
    if (this.phase !== 'playing' || !this.ran) return;
    this.shownDays = this.ran.days;
    this.#finish(this.ran.days);
  }

  /** Ends the test on the day on screen (an early stop: the result panel warns about peeking). */
  stop(): void {
    if (this.phase !== 'playing') return;
    this.#finish(this.shownDays);
  }

  /** Stops the replay when the lab leaves the page; a run in progress is recorded as completed. */
  dispose(): void {
    this.skip();
    this.#cancel();
  }

  #tick = (): void => {
    this.#handle = null;
    if (this.phase !== 'playing' || !this.ran) return;
    const shown = daysShownAt(this.#clock.now() - this.#started, this.ran.days);
    if (shown !== this.shownDays) this.shownDays = shown;
    if (shown >= this.ran.days) this.#finish(this.ran.days);
    else this.#handle = this.#clock.frame(this.#tick);
  };

  #cancel(): void {
    if (this.#handle !== null) this.#clock.cancel(this.#handle);
    this.#handle = null;
  }

  #finish(day: number): void {
    this.#cancel();
    this.decisionDay = day;
    this.phase = 'done';
    if (!this.#recorded) {
      this.#recorded = true;
      this.saved = this.#record(this.#runRecord(day));
    }
  }

  #decide(): Decision | null {
    const s = this.ran;
    const day = this.current;
    if (this.phase !== 'done' || !s || !day || !this.reading) return null;
    return decide({
      reading: this.reading,
      alpha: ALPHA,
      decisionDay: this.decisionDay,
      plannedDays: s.days,
      power: this.power[this.decisionDay - 1] ?? NaN,
      effect: s.effect / 100,
      trueDifference: this.truth,
      novelty: s.novelty,
      srmPValue: day.srm.pValue,
    });
  }

  #runRecord(day: number): NewRun {
    const s = this.ran!;
    const kpi = this.kpi;
    const result = this.results[day - 1];
    const r = readKpi(result, kpi);
    const scale = kpi === 'conversion' ? 100 : 1;
    const unit = { conversion: 'pp', sales: '€', duration: 's' }[kpi];
    return {
      lab: 'ab-test-lab',
      model: m.kpiModels[kpi],
      params: {
        kpi,
        baselinePercent: s.baseline,
        effectPercent: s.effect,
        splitToBPercent: s.split,
        visitorsPerDay: s.visitors,
        plannedDays: s.days,
        novelty: s.novelty,
      },
      seed: s.seed,
      datasetVersion: contentHash(this.results.map((d) => [d.a, d.b])),
      metrics: finiteOnly({
        decisionDay: day,
        visitorsA: result.a.visitors,
        visitorsB: result.b.visitors,
        [`difference (${unit})`]: r.estimate * scale,
        [`ciLower (${unit})`]: r.ci[0] * scale,
        [`ciUpper (${unit})`]: r.ci[1] * scale,
        liftPercent: r.lift * 100,
        pValue: r.pValue,
        powerPercent: (plannedPower(kpi, s)[day - 1] ?? NaN) * 100,
        srmPValue: result.srm.pValue,
      }),
      backend: 'js',
      durationMs: this.#durationMs,
    };
  }
}
