import { featurizeText, knownTokens } from '../../engine/text/featurize';
import { formatDuration, formatPercent } from '../../lib/format';
import { complaintLabMessages as m } from '../../messages/complaint-classifier-lab';
import type { RunRecord } from '../../persistence/schema';
import { backendPreference } from '../../state/backendPreference.svelte';
import { runs, type NewRun } from '../../state/runs.svelte';
import { StorageFullError } from '../../persistence/errors';
import { appStorage } from '../../state/storage.svelte';
import type { CorpusResult, CorpusSpec, TreeFitResult, TreeSettings } from '../../workers/treeProtocol';
import { explainTree } from './explain';
import { LAB_ID, NetworkController, type ModelStore, type NetworkOptions } from './network.svelte';
import { networkJob, sameCorpus, treeRunParams, type ComplaintValues } from './settings';
import { CancelledError, TreeClient, type WorkerLike } from './tree-client';
import { vocabularyOf } from './vocabulary';

/** Saved networks of this lab in the app's repository. */
export const appModelStore: ModelStore = {
  async put(record) {
    let full = false;
    const saved = await appStorage.write(async (repo) => {
      try {
        await repo.putModel(record);
        return true;
      } catch (error) {
        full = error instanceof StorageFullError; // the write's transaction aborted: the registry is as it was
        throw error;
      }
    });
    return saved ? 'saved' : full ? 'full' : 'failed';
  },
  latest: async () => (await appStorage.repo.listModels({ lab: LAB_ID }))[0],
  get: (id) => appStorage.repo.getModel(id),
  run: (id) => appStorage.repo.getRun(id),
};

export interface LabOptions extends NetworkOptions {
  /** Starts the tree worker (default: the real one); tests pass an in-process fake. */
  createTreeWorker?: () => WorkerLike;
}

/**
 * The Complaint classifier lab's state: the corpus on screen (prepared in the
 * tree worker), the last tree fit, the network (see NetworkController), and the
 * complaint the learner typed with each model's reading of it. Fits belong to
 * one dataset version: results of another corpus are not shown.
 */
export class ComplaintLabController {
  corpus = $state.raw<CorpusResult | null>(null);
  preparing = $state(false);
  treeFit = $state.raw<TreeFitResult | null>(null);
  treeBusy = $state(false);
  /** The latest finished step, for the status line. */
  message = $state('');
  error = $state<string | null>(null);
  text = $state('');
  networkScores = $state.raw<number[] | null>(null);

  readonly net: NetworkController;
  readonly vocabulary = $derived(this.corpus ? vocabularyOf(this.corpus) : null);
  readonly tree = $derived(this.treeFit && this.treeFit.datasetVersion === this.corpus?.datasetVersion ? this.treeFit : null);
  readonly network = $derived.by(() => (this.net.result?.datasetVersion === this.corpus?.datasetVersion ? this.net.result : null));
  readonly row = $derived(this.vocabulary && this.text.trim() ? featurizeText(this.text, this.vocabulary) : null);
  readonly tokens = $derived(this.vocabulary ? knownTokens(this.text, this.vocabulary) : null);
  readonly explanation = $derived(this.tree && this.row ? explainTree(this.tree.tree, this.row) : null);
  readonly busy = $derived.by(() => this.treeBusy || this.net.busy);

  #trees: TreeClient;
  #record: (run: NewRun) => Promise<RunRecord | undefined>;
  #wanted: CorpusSpec | null = null;
  #loadedFor: CorpusSpec | null = null;
  #pump: Promise<void> | null = null;
  #scoreSeq = 0;

  constructor(options: LabOptions = {}) {
    this.#trees = new TreeClient(options.createTreeWorker);
    this.#record = options.record ?? ((run) => runs.record(run));
    this.net = new NetworkController({
      backend: async () => (await backendPreference.load(), backendPreference.request()),
      onCalibration: (timings) => void backendPreference.recordCalibration(timings),
      store: appModelStore,
      ...options,
      record: this.#record,
    });
  }

  /**
   * Shows the corpus for `spec`. Requests coalesce: while one corpus is being
   * prepared, only the latest spec asked for is prepared next. Resolves with the
   * corpus once it is on screen, or null if another spec replaced it or it failed.
   */
  setCorpus(spec: CorpusSpec): Promise<CorpusResult | null> {
    this.#wanted = spec;
    if (!this.#pump && this.corpus && this.#loadedFor && sameCorpus(this.#loadedFor, spec)) return Promise.resolve(this.corpus);
    this.#pump ??= this.#prepare().finally(() => (this.#pump = null));
    return this.#pump.then(() => (this.corpus && this.#loadedFor && sameCorpus(this.#loadedFor, spec) ? this.corpus : null));
  }

  async #prepare(): Promise<void> {
    this.preparing = true;
    try {
      while (this.#wanted && !(this.#loadedFor && sameCorpus(this.#loadedFor, this.#wanted))) {
        const spec = this.#wanted;
        try {
          const corpus = await this.#trees.request({ type: 'corpus', spec });
          this.corpus = corpus;
          this.#loadedFor = spec;
          this.error = null;
          void this.#refreshScores();
        } catch (e) {
          if (e instanceof CancelledError) continue; // a cancelled fit took the worker down with it: ask again
          this.error = m.status.failed(e instanceof Error ? e.message : String(e));
          break;
        }
      }
    } finally {
      this.preparing = false;
    }
  }

  /** Fits the tree on the corpus on screen and records the run. Null when busy, cancelled or failed. */
  async trainTree(settings: TreeSettings): Promise<TreeFitResult | null> {
    const corpus = this.corpus;
    if (this.busy || !corpus) return null;
    this.treeBusy = true;
    this.error = null;
    this.message = m.tree.fitting;
    const started = performance.now();
    try {
      const fit = await this.#trees.request({ type: 'fit-tree', spec: corpus.spec, settings });
      this.treeFit = fit;
      this.message = m.tree.done(formatPercent(fit.metrics.accuracy, 1), formatDuration(fit.metrics.trainMs));
      const { accuracy, macroF1, trainMs, parameters, sizeBytes } = fit.metrics;
      this.#record({
        lab: LAB_ID,
        model: 'decision-tree',
        params: treeRunParams(fit.spec, fit.settings, corpus.cols),
        seed: fit.spec.seed,
        datasetVersion: fit.datasetVersion,
        metrics: { accuracy, macroF1, trainMs, parameters, sizeBytes },
        backend: 'js',
        durationMs: performance.now() - started,
      }).catch(() => {});
      return fit;
    } catch (e) {
      if (e instanceof CancelledError) this.message = m.status.cancelled;
      else this.error = m.status.failed(e instanceof Error ? e.message : String(e));
      return null;
    } finally {
      this.treeBusy = false;
    }
  }

  /** Trains the network for the scenario on the corpus on screen. */
  async trainNetwork(values: ComplaintValues): Promise<void> {
    const corpus = this.corpus;
    if (this.busy || !corpus) return;
    this.error = null;
    this.message = '';
    this.#afterNetwork(await this.net.train(networkJob(values, corpus), corpus));
  }

  /** After a failed run: trains the same job again on `backend`. */
  async continueOn(backend: Parameters<NetworkController['continueOn']>[0]): Promise<void> {
    this.#afterNetwork(await this.net.continueOn(backend));
  }

  /** Loads the newest saved network; `applyData` puts its data settings on screen (the scenario). */
  async loadSaved(applyData: (spec: CorpusSpec) => void): Promise<void> {
    const result = await this.net.loadSaved((spec) => {
      if (!this.#loadedFor || !sameCorpus(this.#loadedFor, spec)) {
        applyData(spec);
        this.message = m.network.switchedData;
      }
      return this.setCorpus(spec);
    });
    if (result) void this.#refreshScores();
  }

  /** Stops whatever is training. */
  cancel(): void {
    if (this.treeBusy) this.#trees.cancel();
    else this.net.cancel();
  }

  setText(text: string): void {
    this.text = text;
    void this.#refreshScores();
  }

  dispose(): void {
    this.#trees.dispose();
    this.net.dispose();
  }

  #afterNetwork(result: Awaited<ReturnType<NetworkController['train']>>): void {
    if (!result) return;
    this.message = m.status.networkDone(formatPercent(result.scores.accuracy, 1), formatDuration(result.scores.trainMs), result.backend);
    void this.#refreshScores();
  }

  async #refreshScores(): Promise<void> {
    const seq = ++this.#scoreSeq;
    const row = this.row;
    if (!row || !this.network || !this.corpus) {
      this.networkScores = null;
      return;
    }
    const scores = await this.net.scoresFor(row, this.corpus.cols);
    if (seq === this.#scoreSeq) this.networkScores = scores;
  }
}
