import { canonicalJson } from '../../lib/hash';
import { salesForecastMessages as m } from '../../messages/sales-forecast-lab';
import type { NewRun } from '../../state/runs.svelte';
import type { SalesDataResult, SalesDataSpec, SalesFitResult, SalesJob, SalesModel } from '../../workers/modelsProtocol';
import { formatMape, formatMs } from './format';
import { CancelledError, ModelsClient, type WorkerLike } from '../../state/models-client';
import { runParams } from './settings';
import { takeaway } from './takeaway';

export interface SalesLabOptions {
  /** Starts a models worker (default: the real one); tests pass an in-process fake. */
  createWorker?: () => WorkerLike;
  /** Records a finished fit in the runs store (the component passes runs.record). */
  record?: (run: NewRun) => Promise<unknown>;
  /** A wait longer than this shows a progress indicator; default 300 ms. */
  slowAfterMs?: number;
}

type Fits = Record<SalesModel, SalesFitResult | null>;
const NO_FITS: Fits = { 'linear-regression': null, 'gradient-boosting': null };

/**
 * The Sales forecast lab's state: the generated series, the last fit of each
 * model on it, which fit is running, and the sentence to announce. All work
 * happens in the models worker; cancel() terminates it. Fits belong to one
 * dataset: new data clears them (and stops a running fit).
 */
export class SalesForecastController {
  data = $state.raw<SalesDataResult | null>(null);
  fits = $state.raw<Fits>(NO_FITS);
  /** The model being fitted, or null. */
  running = $state<SalesModel | null>(null);
  loadingData = $state(false);
  /** A wait has lasted longer than slowAfterMs: show progress. */
  slow = $state(false);
  /** The latest status sentence, for the live region. */
  message = $state('');
  error = $state<string | null>(null);

  readonly linear = $derived(this.#current('linear-regression'));
  readonly ensemble = $derived(this.#current('gradient-boosting'));
  readonly takeaway = $derived(takeaway(this.linear?.metrics ?? null, this.ensemble?.metrics ?? null));

  #client: ModelsClient;
  #record: (run: NewRun) => Promise<unknown>;
  #slowAfterMs: number;
  #slowTimer: ReturnType<typeof setTimeout> | null = null;
  #waits = 0;
  #dataSeq = 0;
  #lastSpec: SalesDataSpec | null = null;
  #stoppedForData = false;

  constructor(options: SalesLabOptions = {}) {
    this.#client = new ModelsClient(options.createWorker);
    this.#record = options.record ?? (() => Promise.resolve());
    this.#slowAfterMs = options.slowAfterMs ?? 300;
  }

  /**
   * Shows the series for `spec`: generates it in the worker (unless it is the one
   * already shown or loading), stopping a running fit and dropping old fits.
   */
  setData(spec: SalesDataSpec): Promise<void> {
    const key = canonicalJson(spec);
    const loading = this.loadingData && this.#lastSpec && canonicalJson(this.#lastSpec) === key;
    const shown = !this.loadingData && this.data && canonicalJson(this.data.data) === key;
    return loading || shown ? Promise.resolve() : this.#load(spec);
  }

  async #load(spec: SalesDataSpec): Promise<void> {
    const seq = ++this.#dataSeq;
    this.#lastSpec = spec;
    if (this.running) {
      this.#stoppedForData = true;
      this.#client.cancel();
    }
    this.loadingData = true;
    this.#beginWait();
    try {
      const result = await this.#client.request({ type: 'sales-data', data: spec });
      if (seq !== this.#dataSeq) return;
      if (result.datasetVersion !== this.data?.datasetVersion) this.fits = NO_FITS;
      this.data = result;
      this.error = null;
    } catch (e) {
      if (seq === this.#dataSeq && !(e instanceof CancelledError)) this.#fail(e);
    } finally {
      if (seq === this.#dataSeq) this.loadingData = false;
      this.#endWait();
    }
  }

  /** Fits one model in the worker and records the run. Resolves null if cancelled, failed, or another fit runs. */
  async train(job: SalesJob): Promise<SalesFitResult | null> {
    if (this.running) return null;
    const model = job.model;
    this.running = model;
    this.error = null;
    this.#stoppedForData = false;
    this.message = m.status.fitting(model);
    this.#beginWait();
    const started = performance.now();
    try {
      const result = await this.#client.request({ type: 'fit-sales', job });
      this.fits = { ...this.fits, [model]: result };
      this.message = m.status.done(model, formatMape(result.metrics.mape), formatMs(result.metrics.trainMs));
      this.#saveRun(result, performance.now() - started);
      return result;
    } catch (e) {
      if (e instanceof CancelledError) this.message = this.#stoppedForData ? m.status.stoppedForData : m.status.cancelled(model);
      else this.#fail(e);
      return null;
    } finally {
      this.running = null;
      this.#endWait();
    }
  }

  /** Stops the running fit at once (the worker is terminated; the next request starts a new one). */
  cancel(): void {
    const reloadData = this.loadingData;
    this.#client.cancel();
    // A data request queued behind the fit went down with the worker: ask again.
    if (reloadData && this.#lastSpec) void this.#load(this.#lastSpec);
  }

  dispose(): void {
    this.#client.dispose();
    if (this.#slowTimer) clearTimeout(this.#slowTimer);
  }

  /** The last fit of `model` if it belongs to the data on screen. */
  #current(model: SalesModel): SalesFitResult | null {
    const fit = this.fits[model];
    return fit && fit.datasetVersion === this.data?.datasetVersion ? fit : null;
  }

  #saveRun(result: SalesFitResult, durationMs: number): void {
    const { mape, mae, knobs, parameters, sizeBytes, trainMs } = result.metrics;
    const holdoutWeeks = result.forecast.length;
    this.#record({
      lab: 'sales-forecast-lab',
      model: result.model,
      params: runParams(result.job, holdoutWeeks),
      seed: result.job.data.seed,
      datasetVersion: result.datasetVersion,
      metrics: { mape, mae, knobs, parameters, sizeBytes, trainMs },
      backend: 'js',
      durationMs,
    }).catch(() => {
      // Storage problems (full disk, guest mode) are reported by the app's banners.
    });
  }

  #fail(e: unknown): void {
    this.error = m.status.failed(e instanceof Error ? e.message : String(e));
    this.message = this.error;
  }

  #beginWait(): void {
    if (this.#waits++ === 0) this.#slowTimer = setTimeout(() => (this.slow = true), this.#slowAfterMs);
  }

  #endWait(): void {
    if (--this.#waits > 0) return;
    if (this.#slowTimer) clearTimeout(this.#slowTimer);
    this.#slowTimer = null;
    this.slow = false;
  }
}
