import { manySmallWins, type ManySmallWinsResult } from '../../engine/experiments';
import { contentHash } from '../../lib/hash';
import { smallWinsMessages as m } from '../../messages/many-small-wins';
import { runs, type NewRun } from '../../state/runs.svelte';
import { programSummary, type ProgramSummary } from './summary';
import { ideasKey, testTraffic, toSmallWinsConfig, type SmallWinsSettings } from './settings';

/** One simulated year and the settings it ran with. */
export interface Year {
  settings: SmallWinsSettings;
  result: ManySmallWinsResult;
  summary: ProgramSummary;
}

/**
 * Many small wins: simulates a year of tested changes (cheap: ≤ 500 tests), keeps the last year of each
 * traffic level so the same ideas can be compared at full and under-powered traffic, and records each year.
 */
export class SmallWinsController {
  /** The last year run at full traffic and the last one under-powered. */
  years = $state.raw<{ full: Year | null; under: Year | null }>({ full: null, under: null });
  last = $state.raw<Year | null>(null);

  /** The year to show: the current mode's, if it matches the settings; otherwise the last one (stale). */
  readonly shown = $derived.by(() => {
    const s = this.settings();
    const own = s.underpowered ? this.years.under : this.years.full;
    return own && ideasKey(own.settings) === ideasKey(s) ? own : this.last;
  });
  readonly stale = $derived.by(() => {
    const shown = this.shown;
    const s = this.settings();
    return shown !== null && (ideasKey(shown.settings) !== ideasKey(s) || shown.settings.underpowered !== s.underpowered);
  });
  /** Both traffic levels of the current ideas, when both have been run. */
  readonly comparison = $derived.by(() => {
    const { full, under } = this.years;
    const key = ideasKey(this.settings());
    return full && under && ideasKey(full.settings) === key && ideasKey(under.settings) === key ? { full, under } : null;
  });

  #record: (run: NewRun) => Promise<unknown>;
  saved: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly settings: () => SmallWinsSettings,
    deps: { record?: (run: NewRun) => Promise<unknown> } = {},
  ) {
    this.#record = deps.record ?? ((run) => runs.record(run));
  }

  /** Simulates the year for the current settings and records it. */
  run(): Year {
    const settings = { ...this.settings() };
    const started = performance.now();
    const result = manySmallWins(toSmallWinsConfig(settings));
    const durationMs = performance.now() - started;
    const year: Year = { settings, result, summary: programSummary(result) };
    this.years = settings.underpowered ? { ...this.years, under: year } : { ...this.years, full: year };
    this.last = year;
    this.saved = this.#record(this.#runRecord(year, durationMs));
    return year;
  }

  #runRecord({ settings: s, result, summary }: Year, durationMs: number): NewRun {
    const metrics: Record<string, number> = {
      trueWins: result.counts['true-win'],
      falseWins: result.counts['false-win'],
      missedWins: result.counts['missed-win'],
      correctlyNotShipped: result.counts['correct-rejection'],
      falseSharePercent: summary.falseShare * 100,
      claimedPercent: summary.claimed * 100,
      realizedPercent: summary.realized * 100,
      oraclePercent: summary.oracle * 100,
      mdeRelativePercent: result.mdeRelative * 100,
      realPowerPercent: result.meanPowerOfWins * 100,
    };
    return {
      lab: 'many-small-wins',
      model: m.model,
      params: {
        changes: s.changes,
        noEffectPercent: s.nullShare,
        meanEffectPercent: s.mean,
        sdEffectPercent: s.sd,
        visitorsPerArm: testTraffic(s),
        alphaPercent: s.alpha,
        plannedPowerPercent: s.power,
        underpowered: s.underpowered,
      },
      seed: s.seed,
      datasetVersion: contentHash(result.changes.map((c) => [c.trueLift, c.observedLift, c.shipped])),
      metrics: Object.fromEntries(Object.entries(metrics).filter(([, v]) => Number.isFinite(v))),
      backend: 'js',
      durationMs,
    };
  }
}
