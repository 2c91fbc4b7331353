import type { BackendName, BackendTiming } from '../engine/training/backend-policy';
import type { LatencyResult, ModelArtifact, TrainHistory } from '../engine/training/types';
import type { YearSpec } from '../engine/drift-stream/config';
import {
  validateLogisticJob,
  validateTrainJob,
  validateYearSpec,
  type BackendRequest,
  type LatencySpec,
  type LogisticDone,
  type LogisticJob,
  type ModelInfo,
  type ProgressReply,
  type ResultMap,
  type TrainDone,
  type TrainJob,
  type Validation,
} from '../workers/protocol';
import { RequestError, WorkerChannel, type FinalReply, type OutgoingRequest, type WorkerLike } from './training/channel';
import { appendProgress, emptyHistory } from './training/history';

export { RequestError } from './training/channel';

/** Where the current (or last) training run is. */
export type TrainingStatus = 'idle' | 'loading' | 'warming-up' | 'training' | 'done' | 'cancelled' | 'error';

/** A failure shown to the learner: map `code` to a catalog message; offer `suggestBackend` when set. */
export interface TrainingFailure {
  code: string;
  message: string;
  recoverable: boolean;
  suggestBackend?: BackendName;
}

/** The last training asked for, so a recoverable failure can rerun it on another backend. */
type LastJob = { kind: 'train'; job: TrainJob } | { kind: 'train-logistic'; job: LogisticJob };

const defaultWorker = (): WorkerLike => new Worker(new URL('../workers/training.worker.ts', import.meta.url), { type: 'module' });

/**
 * Owns one training worker (created on first use) and mirrors it as runes state
 * for components: status, backend, live history and errors. In a component:
 *
 *   const training = new TrainingClient();
 *   $effect(() => () => training.dispose());
 *   … onclick={() => training.start(job)}  …  {training.history.loss} …
 *
 * `start` never rejects: it resolves with the run summary, or null when the run
 * was cancelled or failed (then `status` and `error` say which). The other
 * methods reject with a RequestError.
 */
export class TrainingClient {
  status = $state<TrainingStatus>('idle');
  backend = $state<BackendName | null>(null);
  renderer = $state<string | null>(null);
  /** The WebGL renderer is a CPU emulation: expect it to be slow. */
  software = $state(false);
  calibration = $state.raw<BackendTiming[] | null>(null);
  /** Epochs finished in the current run, and its (clamped) total. */
  epoch = $state(0);
  totalEpochs = $state(0);
  history = $state.raw<TrainHistory>(emptyHistory());
  result = $state.raw<TrainDone | null>(null);
  error = $state.raw<TrainingFailure | null>(null);
  /** Latency results of the last measureLatency call, filled in size by size. */
  latency = $state.raw<LatencyResult[]>([]);
  busy = $derived(this.status === 'loading' || this.status === 'warming-up' || this.status === 'training');
  /** Fraction of epochs done, in [0, 1]. */
  progress = $derived(this.totalEpochs ? this.epoch / this.totalEpochs : 0);
  /** Called with every progress reply of the current training or drift year, in order (the runs view follows re-runs with it). */
  onProgress: ((p: ProgressReply) => void) | null = null;

  #createWorker: () => WorkerLike;
  #preferred: BackendRequest;
  #channel: WorkerChannel | null = null;
  #ready: Promise<void> | null = null;
  #run = 0;
  #cancelRequested = false;
  #lastJob: LastJob | null = null;

  /** `backend` defaults to 'auto' (calibrate, never software WebGL); `createWorker` is for tests. */
  constructor(options: { backend?: BackendRequest; createWorker?: () => WorkerLike } = {}) {
    this.#preferred = options.backend ?? 'auto';
    this.#createWorker = options.createWorker ?? defaultWorker;
  }

  /** Starts the worker and its backend now (otherwise the first request does), filling backend/renderer. */
  init(): Promise<void> {
    if (!this.#ready) {
      // A worker lost later (crash, unreadable reply) is dropped: the next request starts and initialises a fresh one.
      this.#channel = new WorkerChannel(this.#createWorker, () => this.#reset());
      const ready = this.#channel.request({ type: 'init', backend: this.#preferred }).then((reply) => {
        if (reply.type !== 'ready') throw new RequestError({ code: 'internal', message: 'unexpected init reply', recoverable: false });
        this.backend = reply.backend;
        this.renderer = reply.renderer;
        this.software = reply.software;
        this.calibration = reply.calibration ?? null;
      });
      this.#ready = ready;
      ready.catch(() => this.#ready === ready && this.#reset());
    }
    return this.#ready;
  }

  /**
   * Trains a classifier in the worker. Invalid jobs fail at once (status 'error',
   * code 'invalid-job'); out-of-bound values are clamped and listed in result.clamped.
   * Starting while a run is busy cancels that run first.
   */
  start(job: TrainJob): Promise<TrainDone | null> {
    return this.#train('train', job, validateTrainJob(job));
  }

  /**
   * Fits a logistic regression in the worker, with the same status, progress,
   * cancel and error handling as `start`; resolves with its coefficients, or null.
   */
  startLogistic(job: LogisticJob): Promise<LogisticDone | null> {
    return this.#train('train-logistic', job, validateLogisticJob(job));
  }

  async #train<K extends 'train' | 'train-logistic'>(
    kind: K,
    job: K extends 'train' ? TrainJob : LogisticJob,
    v: Validation<unknown>,
  ): Promise<ResultMap[K] | null> {
    if (this.busy) this.cancel();
    const run = ++this.#run;
    this.#cancelRequested = false;
    this.#lastJob = { kind, job } as LastJob;
    this.history = emptyHistory();
    this.result = null;
    this.error = null;
    this.epoch = 0;
    if (!v.ok) return this.#fail(run, new RequestError({ code: 'invalid-job', message: v.error, recoverable: false }));
    this.totalEpochs = (v.value as { epochs: number }).epochs;
    this.status = 'loading';
    try {
      await this.init();
      if (run !== this.#run) return null;
      if (this.#cancelRequested) {
        this.status = 'cancelled';
        return null;
      }
      const request = { type: kind, job } as OutgoingRequest;
      const reply = await this.#channel!.request(request, (p) => run === this.#run && this.#onProgress(p));
      if (run !== this.#run) return null;
      if (reply.type === 'cancelled') {
        this.history = reply.history ?? this.history;
        this.status = 'cancelled';
        return null;
      }
      const done = (reply as Extract<FinalReply, { type: 'done' }>).result as ResultMap[K];
      if (kind === 'train') this.result = done as TrainDone;
      this.history = done.history;
      this.epoch = done.final.epoch;
      this.status = 'done';
      return done;
    } catch (e) {
      return this.#fail(run, e);
    }
  }

  /**
   * Runs the Drift lab's year in the worker (every retrain in TF.js), calling onDay(day, days) as days
   * complete. Resolves with the year, or null when cancelled or failed (then `status` and `error` say which).
   */
  async runDriftYear(spec: YearSpec, onDay?: (day: number, days: number) => void): Promise<ResultMap['drift-year'] | null> {
    if (this.busy) this.cancel();
    const run = ++this.#run;
    this.#cancelRequested = false;
    this.error = null;
    const v = validateYearSpec(spec);
    if (!v.ok) return this.#fail(run, new RequestError({ code: 'invalid-job', message: v.error, recoverable: false }));
    this.status = 'loading';
    try {
      await this.init();
      if (run !== this.#run) return null;
      if (this.#cancelRequested) {
        this.status = 'cancelled';
        return null;
      }
      const reply = await this.#channel!.request({ type: 'drift-year', spec: v.value }, (p) => {
        if (run !== this.#run) return;
        if (p.stage === 'warming-up' || p.stage === 'day') this.status = 'training';
        if (p.stage === 'day') onDay?.(p.day, p.days);
        this.onProgress?.(p);
      });
      if (run !== this.#run) return null;
      if (reply.type !== 'done' || reply.kind !== 'drift-year') {
        this.status = 'cancelled';
        return null;
      }
      this.status = 'done';
      return reply.result;
    } catch (e) {
      return this.#fail(run, e);
    }
  }

  /** Stops the running training (or latency measurement) at the next batch; status becomes 'cancelled'. */
  cancel(): void {
    this.#cancelRequested = true;
    this.#channel?.cancel();
  }

  /** Replaces the worker with a fresh one on `backend` (e.g. error.suggestBackend) and starts it. */
  async useBackend(backend: BackendRequest): Promise<void> {
    this.#preferred = backend;
    this.#reset();
    this.status = 'idle';
    this.error = null;
    await this.init();
  }

  /** After a recoverable error that suggests a backend: switch to it and rerun the last job. */
  async retryOnSuggestedBackend(): Promise<TrainDone | LogisticDone | null> {
    const to = this.error?.suggestBackend;
    const last = this.#lastJob;
    if (!to || !last) return null;
    await this.useBackend(to);
    return last.kind === 'train' ? this.start(last.job) : this.startLogistic(last.job);
  }

  /** Class probabilities (row-major rows × width) and predicted classes from the last trained or loaded model. */
  predict(x: Float32Array, rows: number, cols: number): Promise<ResultMap['predict']> {
    return this.#ask<'predict'>({ type: 'predict', x, rows, cols });
  }

  /** Measures small / medium / large inference latency on this device; fills `latency` size by size. */
  async measureLatency(spec: LatencySpec): Promise<ResultMap['latency'] | null> {
    this.latency = [];
    this.#cancelRequested = false;
    await this.init();
    // A cancel sent while the worker was starting reached no running request: honour it here.
    if (this.#cancelRequested) return null;
    const reply = await this.#channel!.request({ type: 'latency', spec }, (p) => {
      if (p.stage === 'latency') this.latency = [...this.latency, p.result];
    });
    return reply.type === 'done' && reply.kind === 'latency' ? reply.result : null;
  }

  /** The current model as a plain artifact, ready for IndexedDB. */
  async save(): Promise<ModelArtifact> {
    return (await this.#ask<'save'>({ type: 'save' })).artifact;
  }

  /** Makes a saved artifact the worker's current model. */
  load(artifact: ModelArtifact): Promise<ModelInfo> {
    return this.#ask<'load'>({ type: 'load', artifact });
  }

  /** Test hook (e2e): makes the worker lose its WebGL context now, as a GPU reset would. False when not on webgl. */
  async simulateContextLoss(): Promise<boolean> {
    return (await this.#ask<'lose-context'>({ type: 'lose-context' })).lost;
  }

  /** Terminates the worker (freeing every tensor and the GPU context). The client can be used again later. */
  dispose(): void {
    this.#run++;
    this.#reset();
    if (this.busy) this.status = 'idle';
  }

  async #ask<K extends keyof ResultMap>(message: OutgoingRequest): Promise<ResultMap[K]> {
    await this.init();
    const reply = await this.#channel!.request(message);
    if (reply.type !== 'done') throw new RequestError({ code: 'cancelled', message: 'The request was cancelled.', recoverable: true });
    return reply.result as ResultMap[K];
  }

  #onProgress(p: ProgressReply): void {
    if (p.stage === 'warming-up') this.status = 'warming-up';
    if (p.stage === 'batch' || p.stage === 'epoch') this.status = 'training';
    if (p.stage === 'epoch') this.epoch = p.epoch;
    this.history = appendProgress(this.history, p);
    this.onProgress?.(p);
  }

  #fail(run: number, e: unknown): null {
    if (run !== this.#run) return null;
    const err = e instanceof RequestError ? e : new RequestError({ code: 'internal', message: String(e), recoverable: false });
    this.error = { code: err.code, message: err.message, recoverable: err.recoverable, ...(err.suggestBackend ? { suggestBackend: err.suggestBackend } : {}) };
    this.status = 'error';
    return null;
  }

  #reset(): void {
    this.#channel?.close();
    this.#channel = null;
    this.#ready = null;
  }
}
