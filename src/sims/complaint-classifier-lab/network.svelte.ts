import type { BackendName, BackendTiming } from '../../engine/training/backend-policy';
import { accuracy, macroF1 } from '../../engine/metrics/classification';
import { complaintLabMessages as m } from '../../messages/complaint-classifier-lab';
import type { ModelArtifact } from '../../engine/training/types';
import { formatPercent, formatTime } from '../../lib/format';
import { randomId } from '../../lib/id';
import type { ModelRecord, RunRecord } from '../../persistence/schema';
import type { ModelSummary } from '../../persistence/repository';
import type { NewRun } from '../../state/runs.svelte';
import type { TrainingClient } from '../../state/training.svelte';
import { LabTrainingClient, type LabTrainingOptions } from '../../state/labTrainingClient.svelte';
import { runCurves } from '../../state/training/curves';
import type { BackendRequest, TrainJob } from '../../workers/protocol';
import type { CorpusResult, CorpusSpec } from '../../workers/treeProtocol';
import type { ModelScores } from './comparison';
import { networkRunParams, specFromRun } from './settings';

export const LAB_ID = 'complaint-classifier-lab';

/** A network the lab can score and explain with: trained here, or loaded from the device. */
export interface NetworkResult {
  datasetVersion: string;
  scores: ModelScores;
  backend: BackendName;
  hidden: number[];
  epochs: number;
  source: 'trained' | 'loaded';
  runId: string | null;
}

/** Where saved networks and their runs live (the app's repository; a fake in tests). */
export interface ModelStore {
  /** Saves a model: 'saved', 'full' when the storage quota refused it (nothing was kept), 'failed' otherwise. */
  put(record: ModelRecord): Promise<SaveOutcome>;
  /** The newest saved model of this lab. */
  latest(): Promise<ModelSummary | undefined>;
  get(id: string): Promise<ModelRecord | undefined>;
  run(id: string): Promise<RunRecord | undefined>;
}

/** What became of a save. */
export type SaveOutcome = 'saved' | 'full' | 'failed';

export interface NetworkOptions extends LabTrainingOptions {
  /** Called with a calibration the worker ran because the backend was 'auto'. */
  onCalibration?: (timings: BackendTiming[]) => void;
  record?: (run: NewRun) => Promise<RunRecord | undefined>;
  store?: ModelStore;
}

type Phase = 'idle' | 'training' | 'scoring' | 'saving' | 'loading' | 'recovering';

/**
 * The lab's neural network: trains it in the TF.js worker, scores it on the
 * holdout, records the run, saves it to and loads it from the device, and
 * recovers from a failed backend by switching to the one the worker suggests.
 * The worker is made on first use, on the backend the settings ask for.
 */
export class NetworkController {
  result = $state.raw<NetworkResult | null>(null);
  phase = $state<Phase>('idle');
  saved = $state.raw<ModelSummary | null>(null);
  /** The last save/load outcome, for the status line. */
  notice = $state<string | null>(null);
  busy = $derived(this.phase !== 'idle' || (this.client?.busy ?? false));

  #options: NetworkOptions;
  #last: { job: TrainJob; corpus: CorpusResult } | null = null;
  #calibrationSeen: BackendTiming[] | null = null;
  readonly #training: LabTrainingClient;

  constructor(options: NetworkOptions = {}) {
    this.#options = options;
    this.#training = new LabTrainingClient(options);
  }

  /** The training client, made on first use. */
  get client(): TrainingClient | null {
    return this.#training.client;
  }

  /** The backend the current client was asked for ('auto' calibrates first). */
  get requested(): BackendRequest | null {
    return this.#training.requested;
  }

  /** Trains on `job` (made from `corpus`), scores on the holdout and records the run. Null when cancelled or failed. */
  async train(job: TrainJob, corpus: CorpusResult): Promise<NetworkResult | null> {
    if (this.busy && this.phase !== 'recovering') return null;
    const started = performance.now();
    this.#last = { job, corpus };
    this.result = null;
    this.notice = null;
    this.phase = 'training';
    try {
      const { client, result: done } = await this.#training.run((c) => c.start(job));
      this.#noteCalibration(client);
      if (!done) return null;
      this.phase = 'scoring';
      const scores = await this.#score(client, corpus, done.durationMs, done.params, done.bytes);
      const result: NetworkResult = {
        datasetVersion: corpus.datasetVersion,
        scores,
        backend: done.backend,
        hidden: job.hidden,
        epochs: done.final.epoch,
        source: 'trained',
        runId: null,
      };
      const run = await this.#record(corpus.spec, job, result, performance.now() - started, runCurves(done.history));
      this.result = { ...result, runId: run?.id ?? null };
      return this.result;
    } catch (e) {
      this.notice = m.status.failed(e instanceof Error ? e.message : String(e));
      return null;
    } finally {
      this.phase = 'idle';
    }
  }

  /** Stops the running training at the next batch (or before it starts). */
  cancel(): void {
    this.#training.cancel();
  }

  /** After a failure: starts a fresh worker on `backend` (for this session) and trains the last job again. */
  async continueOn(backend: BackendName): Promise<NetworkResult | null> {
    const last = this.#last;
    if (!last || this.phase !== 'idle') return null;
    this.phase = 'recovering';
    this.notice = null;
    try {
      await (await this.#training.ensure()).useBackend(backend);
      this.#training.requested = backend;
    } catch (e) {
      this.phase = 'idle';
      this.notice = m.status.failed(e instanceof Error ? e.message : String(e));
      return null;
    }
    return this.train(last.job, last.corpus);
  }

  /** Class probabilities for one row of word counts, or null without a usable network. */
  async scoresFor(row: Float32Array, cols: number): Promise<number[] | null> {
    const client = this.client;
    if (!client || !this.result || this.busy) return null;
    try {
      const { values } = await client.predict(row, 1, cols);
      return Array.from(values);
    } catch {
      return null;
    }
  }

  /** Stores the current network (topology + weights) in the models store, linked to its run. */
  async save(): Promise<boolean> {
    const client = this.client;
    const result = this.result;
    const store = this.#options.store;
    if (!client || !result || !store || this.busy) return false;
    this.phase = 'saving';
    try {
      const artifact = await client.save();
      // The model keeps its own copy of where it came from, so it outlives its run.
      const run = result.runId ? await store.run(result.runId).catch(() => undefined) : undefined;
      const record: ModelRecord = {
        id: randomId(),
        name: `Complaint classifier network ${result.hidden.join('-')}`,
        lab: LAB_ID,
        runId: result.runId ?? '',
        stage: 'none',
        createdAt: Date.now(),
        topology: artifact.topology,
        weightSpecs: artifact.weightSpecs,
        weightData: artifact.weightData,
        sizeBytes: artifact.weightData.byteLength,
        lineage: run ? { datasetVersion: run.datasetVersion, seed: run.seed, params: run.params, backend: run.backend } : null,
        metrics: run ? { ...run.metrics } : {},
        card: { ...m.network.card },
        evaluations: [],
        stageHistory: [],
      };
      const outcome = await store.put(record);
      const ok = outcome === 'saved';
      this.notice = ok ? m.network.saved(formatTime(record.createdAt)) : outcome === 'full' ? m.network.storageFull : m.status.storage;
      if (ok) await this.refreshSaved();
      return ok;
    } catch (e) {
      this.notice = m.status.failed(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      this.phase = 'idle';
    }
  }

  /** Looks up the newest saved network of this lab. */
  async refreshSaved(): Promise<void> {
    this.saved = (await this.#options.store?.latest().catch(() => undefined)) ?? null;
  }

  /**
   * Loads the newest saved network into the worker. Its vocabulary is rebuilt from
   * the data settings of its run: `ensureCorpus` switches the lab to them (when they
   * differ) and resolves with that corpus. Then the network is scored on its holdout.
   */
  async loadSaved(ensureCorpus: (spec: CorpusSpec) => Promise<CorpusResult | null>): Promise<NetworkResult | null> {
    const store = this.#options.store;
    if (!store || !this.saved || this.busy) return null;
    this.phase = 'loading';
    this.notice = null;
    this.result = null;
    try {
      const record = await store.get(this.saved.id);
      const run = record?.runId ? await store.run(record.runId) : undefined;
      const spec = run ? specFromRun(run) : null;
      if (!record || !run || !spec) {
        this.notice = m.network.runMissing;
        return null;
      }
      const corpus = await ensureCorpus(spec);
      if (!corpus) return null;
      const client = await this.#training.ensure();
      const info = await client.load({ topology: record.topology as object, weightSpecs: record.weightSpecs as ModelArtifact['weightSpecs'], weightData: record.weightData });
      if (info.inputDim !== corpus.cols || corpus.datasetVersion !== run.datasetVersion) {
        this.notice = m.network.mismatch;
        return null;
      }
      const scores = await this.#score(client, corpus, run.metrics.trainMs ?? NaN, info.params, record.sizeBytes);
      const hidden = String(run.params.hidden ?? '').split('-').map(Number).filter(Number.isFinite);
      this.result = {
        datasetVersion: corpus.datasetVersion,
        scores,
        backend: client.backend ?? 'cpu',
        hidden,
        epochs: Number(run.params.epochs) || 0,
        source: 'loaded',
        runId: run.id,
      };
      this.notice = m.network.loaded(formatTime(record.createdAt), formatPercent(scores.accuracy, 1));
      return this.result;
    } catch (e) {
      this.notice = m.status.failed(e instanceof Error ? e.message : String(e));
      return null;
    } finally {
      this.phase = 'idle';
    }
  }

  dispose(): void {
    this.#training.dispose();
  }

  /** Predicts the holdout and scores it. */
  async #score(client: TrainingClient, corpus: CorpusResult, trainMs: number, parameters: number, sizeBytes: number): Promise<ModelScores> {
    const { holdout, cols, categories } = corpus;
    const { classes } = await client.predict(holdout.x, holdout.rows, cols);
    return {
      accuracy: accuracy(holdout.y, classes),
      macroF1: macroF1(holdout.y, classes, categories.length),
      trainMs,
      parameters,
      sizeBytes,
    };
  }

  #noteCalibration(client: TrainingClient): void {
    const timings = client.calibration;
    if (this.requested !== 'auto' || !timings || timings === this.#calibrationSeen) return;
    this.#calibrationSeen = timings;
    this.#options.onCalibration?.(timings);
  }

  async #record(spec: CorpusSpec, job: TrainJob, result: NetworkResult, durationMs: number, curves: Record<string, number[]>): Promise<RunRecord | undefined> {
    try {
      return await this.#options.record?.({
        lab: LAB_ID,
        model: 'neural-network',
        params: networkRunParams(spec, job),
        seed: job.seed,
        datasetVersion: result.datasetVersion,
        metrics: { ...result.scores },
        backend: result.backend,
        durationMs,
        curves,
      });
    } catch {
      return undefined; // storage problems are reported by the app's banners
    }
  }
}
