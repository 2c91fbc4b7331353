import type { PeekingResult } from '../../engine/experiments';
import { contentHash } from '../../lib/hash';
import { peekingMessages as m } from '../../messages/peeking-trap';
import { runs, type NewRun } from '../../state/runs.svelte';
import { CancelledError, workerRunner, type PeekingRunner } from './runner';
import { BASELINE, settingsKey, toPeekingConfig, type PeekingSettings } from './settings';
import { wilsonInterval } from '../../engine/stats/wilson';

export type PeekingStatus = 'idle' | 'running' | 'done' | 'error';

/** A final false-positive rate with its Wilson 95 % interval over the simulated tests. */
export interface RateWithInterval {
  rate: number;
  interval: [number, number];
  /** Whether the interval contains the nominal α. */
  coversAlpha: boolean;
}

export interface FinalRates {
  peeking: RateWithInterval;
  fixedHorizon: RateWithInterval;
  sequential: RateWithInterval;
}

/** Final rates of a result with their intervals; rates are exact multiples of 1/n, so counts are recovered. */
export function finalRates(result: PeekingResult, experiments: number, alpha: number): FinalRates {
  const one = (rate: number): RateWithInterval => {
    const interval = wilsonInterval(Math.round(rate * experiments), experiments);
    return { rate, interval, coversAlpha: interval[0] <= alpha && alpha <= interval[1] };
  };
  return { peeking: one(result.final.peeking), fixedHorizon: one(result.final.fixedHorizon), sequential: one(result.final.sequential) };
}

/** The Peeking trap: runs the A/A simulation (in a worker), keeps the last result and records each run. */
export class PeekingController {
  result = $state.raw<PeekingResult | null>(null);
  ran = $state.raw<PeekingSettings | null>(null);
  status = $state<PeekingStatus>('idle');
  error = $state('');
  readonly stale = $derived.by(() => this.ran !== null && settingsKey(this.ran) !== settingsKey(this.settings()));
  readonly final = $derived.by(() => (this.result && this.ran ? finalRates(this.result, this.ran.experiments, this.ran.alpha / 100) : null));

  #runner: PeekingRunner;
  #record: (run: NewRun) => Promise<unknown>;
  #seq = 0;

  constructor(
    private readonly settings: () => PeekingSettings,
    deps: { runner?: PeekingRunner; record?: (run: NewRun) => Promise<unknown> } = {},
  ) {
    this.#runner = deps.runner ?? workerRunner();
    this.#record = deps.record ?? ((run) => runs.record(run));
  }

  /** Simulates with the current settings; a newer run or a cancel supersedes one in flight. */
  async run(): Promise<void> {
    const settings = { ...this.settings() };
    const seq = ++this.#seq;
    this.status = 'running';
    this.error = '';
    try {
      const out = await this.#runner.run(toPeekingConfig(settings));
      if (seq !== this.#seq) return;
      this.result = out.result;
      this.ran = settings;
      this.status = 'done';
      await this.#record(this.#runRecord(settings, out.result, out.durationMs));
    } catch (error) {
      if (seq !== this.#seq || error instanceof CancelledError) return;
      this.status = 'error';
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  cancel(): void {
    if (this.status !== 'running') return;
    this.#seq++;
    this.#runner.cancel();
    this.status = this.result ? 'done' : 'idle';
  }

  dispose(): void {
    this.#seq++;
    this.#runner.dispose();
  }

  #runRecord(s: PeekingSettings, result: PeekingResult, durationMs: number): NewRun {
    const rates = finalRates(result, s.experiments, s.alpha / 100);
    return {
      lab: 'peeking-trap',
      model: m.model,
      params: { experiments: s.experiments, looks: s.looks, visitorsPerArmPerLook: s.visitors, alphaPercent: s.alpha, baselinePercent: BASELINE * 100 },
      seed: s.seed,
      datasetVersion: contentHash({ peeking: result.peeking, fixedHorizon: result.fixedHorizon, sequential: result.sequential }),
      metrics: Object.fromEntries(
        Object.entries({
        peekingPercent: rates.peeking.rate * 100,
        peekingLowerPercent: rates.peeking.interval[0] * 100,
        peekingUpperPercent: rates.peeking.interval[1] * 100,
        fixedHorizonPercent: rates.fixedHorizon.rate * 100,
        sequentialPercent: rates.sequential.rate * 100,
        lastBoundaryZ: result.boundaries[result.boundaries.length - 1],
        }).filter(([, v]) => Number.isFinite(v)),
      ),
      backend: 'js',
      durationMs,
    };
  }
}
