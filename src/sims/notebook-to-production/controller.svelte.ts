import type { BackendName, BackendTiming } from '../../engine/training/backend-policy';
import type { LatencyResult } from '../../engine/training/types';
import { contentHash } from '../../lib/hash';
import type { NewRun } from '../../state/runs.svelte';
import { RequestError, TrainingClient } from '../../state/training.svelte';
import type { WorkerLike } from '../../state/training/channel';
import type { BackendRequest, LatencySpec } from '../../workers/protocol';
import { FAMILY, SIZES } from './family';

/** Where the lab is: nothing yet, starting the worker, timing models, or finished one way or another. */
export type LabPhase = 'idle' | 'starting' | 'measuring' | 'done' | 'cancelled' | 'error';

/** Which backend the learner asked for: their training setting, or one named. */
export type BackendChoice = 'default' | BackendName;

/** Seeds the measured networks' weights and the random inputs: same seed, same work. */
export const LATENCY_SEED = 7;
/** Rows per batched call when measuring throughput. */
export const THROUGHPUT_BATCH = 64;

export interface LatencyLabOptions {
  /** Starts a training worker (default: the real one); tests pass an in-process one. */
  createWorker?: () => WorkerLike;
  /** The backend for the 'default' choice: the learner's training-backend setting (default 'auto'). */
  defaultBackend?: () => Promise<BackendRequest>;
  /** Called with the timings when the worker calibrated (its backend was 'auto'), to cache them. */
  onCalibration?: (timings: BackendTiming[]) => void;
  /** Records a finished measurement in the runs store (the component passes runs.record). */
  record?: (run: NewRun) => Promise<unknown>;
}

/** Where a finished measurement ran. */
export interface MeasuredOn {
  backend: BackendName;
  renderer: string | null;
  software: boolean;
  calls: number;
  durationMs: number;
}

/**
 * The Notebook-to-production lab's state: measures the family's inference latency
 * and throughput in a TrainingClient worker, on the backend the learner chose,
 * size by size, and records each finished measurement as a run. One worker per
 * backend choice; cancel() stops at the next prediction (or ends a slow start at once).
 */
export class LatencyLabController {
  phase = $state<LabPhase>('idle');
  error = $state<string | null>(null);
  /** A backend the worker suggests after a failure (e.g. cpu after a lost WebGL context). */
  suggestBackend = $state<BackendName | null>(null);
  measuredOn = $state.raw<MeasuredOn | null>(null);
  busy = $derived(this.phase === 'starting' || this.phase === 'measuring');

  #client = $state.raw<TrainingClient | null>(null);
  #clientBackend: BackendRequest | null = null;
  #kept = $state.raw<LatencyResult[]>([]);
  #cancelRequested = false;
  #calls = 0;
  #options: LatencyLabOptions;

  constructor(options: LatencyLabOptions = {}) {
    this.#options = options;
  }

  /** Results so far: live while measuring (size by size), else those of the last measurement. */
  get results(): LatencyResult[] {
    return this.phase === 'measuring' ? (this.#client?.latency ?? []) : this.#kept;
  }

  /** Fraction of sizes measured in the current (or last) measurement, in [0, 1]. */
  get progress(): number {
    return this.results.length / SIZES.length;
  }

  /** The backend the worker runs on once started (null before). */
  get backend(): BackendName | null {
    return this.#client?.backend ?? null;
  }

  /**
   * Measures every size with `calls` timed single-sample predictions each (plus
   * batched ones for throughput) and records the run. Resolves when finished,
   * cancelled or failed (then `phase` and `error` say which); ignored while busy.
   */
  async measure(choice: BackendChoice, calls: number, budgetMs: number): Promise<void> {
    if (this.busy) return;
    this.#cancelRequested = false;
    this.#calls = calls;
    this.error = null;
    this.suggestBackend = null;
    this.phase = 'starting';
    const started = performance.now();
    try {
      const client = await this.#clientFor(choice);
      const fresh = client.backend === null;
      await client.init();
      if (fresh && client.calibration) this.#options.onCalibration?.(client.calibration);
      if (this.#cancelRequested) return this.#cancelled();
      this.phase = 'measuring';
      const spec: LatencySpec = { ...FAMILY, seed: LATENCY_SEED, sizes: [...SIZES], calls, throughputBatch: THROUGHPUT_BATCH };
      const reply = await client.measureLatency(spec);
      if (!reply) return this.#cancelled();
      const durationMs = performance.now() - started;
      this.#kept = reply.results;
      this.measuredOn = { backend: reply.backend, renderer: client.renderer, software: client.software, calls, durationMs };
      this.phase = 'done';
      this.#record(spec, reply.results, reply.backend, budgetMs, durationMs);
    } catch (e) {
      if (this.#cancelRequested) return this.#cancelled();
      const err = e instanceof RequestError ? e : null;
      this.error = err?.message ?? String(e);
      this.suggestBackend = err?.suggestBackend ?? null;
      this.phase = 'error';
      this.#dropClient(); // a failed worker may be in any state: start afresh next time
    }
  }

  /** Stops the measurement: at the next prediction, or at once while TF.js is still starting. */
  cancel(): void {
    if (!this.busy) return;
    this.#cancelRequested = true;
    if (this.phase === 'starting') this.#dropClient();
    else this.#client?.cancel();
  }

  /** Terminates the worker (and every tensor in it). */
  dispose(): void {
    this.#cancelRequested = this.busy;
    this.#dropClient();
  }

  async #clientFor(choice: BackendChoice): Promise<TrainingClient> {
    let backend: BackendRequest = 'auto';
    if (choice !== 'default') backend = choice;
    else if (this.#options.defaultBackend) backend = await this.#options.defaultBackend().catch(() => 'auto' as const);
    if (!this.#client || this.#clientBackend !== backend) {
      this.#dropClient();
      this.#client = new TrainingClient({ backend, createWorker: this.#options.createWorker });
      this.#clientBackend = backend;
    }
    return this.#client;
  }

  #dropClient(): void {
    this.#client?.dispose();
    this.#client = null;
    this.#clientBackend = null;
  }

  #cancelled(): void {
    // Keep what finished: the sizes measured before the cancel, and where.
    const client = this.#client;
    if (client?.backend && client.latency.length > 0) {
      this.#kept = client.latency;
      this.measuredOn = { backend: client.backend, renderer: client.renderer, software: client.software, calls: this.#calls, durationMs: NaN };
    }
    this.phase = 'cancelled';
  }

  #record(spec: LatencySpec, results: LatencyResult[], backend: BackendName, budgetMs: number, durationMs: number): void {
    const metrics: Record<string, number> = {};
    for (const r of results) {
      metrics[`${r.size}P50Ms`] = r.latency.p50;
      metrics[`${r.size}P95Ms`] = r.latency.p95;
      metrics[`${r.size}SamplesPerS`] = r.throughput;
    }
    const run: NewRun = {
      lab: 'notebook-to-production',
      model: 'mlp',
      params: { inputDim: spec.inputDim, classes: spec.classes, sizes: SIZES.join(','), calls: spec.calls!, throughputBatch: spec.throughputBatch!, budgetMs },
      seed: spec.seed,
      datasetVersion: contentHash({ inputDim: spec.inputDim, seed: spec.seed, rows: spec.throughputBatch }),
      metrics,
      backend,
      durationMs,
    };
    this.#options.record?.(run).catch(() => {
      // Storage problems (full disk, guest mode) are reported by the app's banners.
    });
  }
}

