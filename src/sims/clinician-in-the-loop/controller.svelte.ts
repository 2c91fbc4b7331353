import { FEATURE_KEYS, type FeatureKey } from '../../engine/clinical/features';
import { evaluate, reviewPatients, trainingInputs, type Evaluation, type LabData } from '../../engine/clinical/lab';
import type { RiskModel } from '../../engine/clinical/model';
import { CLINICIAN_TRAINING } from '../../engine/clinical/training-settings';
import type { BackendName, BackendTiming } from '../../engine/training/backend-policy';
import { formatDuration } from '../../lib/format';
import { clinicianMessages as m } from '../../messages/clinician-in-the-loop';
import type { NewRun } from '../../state/runs.svelte';
import type { TrainingClient } from '../../state/training.svelte';
import { LabTrainingClient, type LabTrainingOptions } from '../../state/labTrainingClient.svelte';
import { runCurves } from '../../state/training/curves';
import { prepareData, sameSpec, type CohortSpec } from './data';
import { featureLabel, formatScore } from './format';
import { takeaway, winner, type Prediction } from './takeaway';

export const LAB_ID = 'clinician-in-the-loop';

/** Which of the two models: every input, or without the flagged one. */
export type ModelKind = 'all' | 'without';

/** A trained model with its scores, tied to one dataset version. */
export interface ClinicianFit {
  kind: ModelKind;
  dropped: FeatureKey | null;
  model: RiskModel;
  evaluation: Evaluation;
  backend: BackendName;
  trainMs: number;
  version: string;
}

export interface ClinicianOptions extends LabTrainingOptions {
  onCalibration?: (timings: BackendTiming[]) => void;
  record?: (run: NewRun) => Promise<unknown>;
}

const asFeature = (v: string): FeatureKey | null => (FEATURE_KEYS as readonly string[]).includes(v) ? (v as FeatureKey) : null;

/**
 * The lab's state: both hospitals' cohorts, the model on every input and the one
 * without the flagged input (trained in the TF.js worker), the patient under
 * review, the learner's prediction and whether the second hospital is revealed.
 * Results belong to one dataset version and one flagged input; others are not shown.
 */
export class ClinicianController {
  #values: () => CohortSpec & { drop: string };
  #options: ClinicianOptions;
  readonly #training: LabTrainingClient;
  data = $state.raw<LabData | null>(null);
  version = $state('');
  preparing = $state(false);
  training = $state<ModelKind | null>(null);
  fits = $state.raw<Record<ModelKind, ClinicianFit | null>>({ all: null, without: null });
  message = $state('');
  patient = $state(0);
  prediction = $state<Prediction | null>(null);
  #revealedFor = $state<string | null>(null);

  readonly dropped = $derived.by(() => asFeature(this.#values().drop));
  readonly all = $derived(this.fits.all?.version === this.version ? this.fits.all : null);
  readonly without = $derived.by(() => {
    const f = this.fits.without;
    return f && f.version === this.version && f.dropped === this.dropped ? f : null;
  });
  readonly review = $derived(this.data ? reviewPatients(this.data) : []);
  readonly busy = $derived(this.training !== null || this.preparing);
  readonly revealed = $derived(this.all !== null && this.without !== null && this.#revealedFor === this.#pairKey());
  readonly takeaway = $derived(this.revealed && this.prediction && this.dropped ? takeaway(this.all!.evaluation, this.without!.evaluation, this.dropped, this.prediction) : '');
  readonly winner = $derived(this.all && this.without ? winner(this.all.evaluation, this.without.evaluation) : null);

  #wanted: CohortSpec | null = null;
  #calibrationSeen: BackendTiming[] | null = null;

  constructor(values: () => CohortSpec & { drop: string }, options: ClinicianOptions = {}) {
    this.#values = values;
    this.#options = options;
    this.#training = new LabTrainingClient(options);
  }

  /** The training client, once the first training has made it. */
  get client(): TrainingClient | null {
    return this.#training.client;
  }

  /** Shows the cohorts for `spec` (drawn off the input handler); the latest request wins. */
  async setData(spec: CohortSpec): Promise<void> {
    if (this.#wanted && sameSpec(this.#wanted, spec)) return;
    this.#wanted = spec;
    if (this.training) this.cancel();
    this.preparing = true;
    try {
      const { data, version } = await prepareData(spec);
      if (this.#wanted !== spec) return;
      this.data = data;
      this.version = version;
      this.patient = 0;
    } finally {
      if (this.#wanted === spec) this.preparing = false;
    }
  }

  /** Trains one model in the worker, scores it at both hospitals and records the run. Null when busy, cancelled or failed. */
  async train(kind: ModelKind): Promise<ClinicianFit | null> {
    const data = this.data;
    const dropped = kind === 'all' ? null : this.dropped;
    if (!data || this.busy || (kind === 'without' && !dropped)) return null;
    this.training = kind;
    this.message = '';
    const version = this.version;
    const started = performance.now();
    try {
      const inputs = trainingInputs(data, dropped);
      const { client, result: done } = await this.#training.run((c) => c.startLogistic({ x: inputs.x, y: inputs.y, rows: inputs.rows, cols: inputs.cols, ...CLINICIAN_TRAINING, seed: data.seed }));
      this.#noteCalibration(client);
      if (!done || data !== this.data) {
        this.message = client.status === 'error' && client.error ? m.train.failed(client.error.message) : m.train.cancelled;
        return null;
      }
      const model: RiskModel = { columns: inputs.columns, coefficients: done.coefficients, intercept: done.intercept, standardizer: data.standardizer };
      const fit: ClinicianFit = { kind, dropped, model, evaluation: evaluate(model, data), backend: done.backend, trainMs: done.durationMs, version };
      this.fits = { ...this.fits, [kind]: fit };
      const name = dropped ? m.models.without(featureLabel(dropped)) : m.models.all;
      this.message = m.train.done(name, formatScore(fit.evaluation.holdout.auc), formatScore(fit.evaluation.holdout.brier), formatDuration(fit.trainMs), fit.backend);
      this.#record(fit, data, performance.now() - started, runCurves(done.history));
      return fit;
    } catch (e) {
      this.message = m.train.failed(e instanceof Error ? e.message : String(e));
      return null;
    } finally {
      this.training = null;
    }
  }

  /** Stops the running training at the next batch (or before it starts). */
  cancel(): void {
    this.#training.cancel();
  }

  /** Shows the second hospital's results for the current pair of models, once a prediction is made. */
  reveal(): void {
    if (this.prediction && this.all && this.without) this.#revealedFor = this.#pairKey();
  }

  dispose(): void {
    this.#training.dispose();
  }

  #pairKey(): string {
    return `${this.version}|${this.dropped ?? ''}`;
  }

  #noteCalibration(client: TrainingClient): void {
    const timings = client.calibration;
    if (!timings || timings === this.#calibrationSeen) return;
    this.#calibrationSeen = timings;
    this.#options.onCalibration?.(timings);
  }

  #record(fit: ClinicianFit, data: LabData, durationMs: number, curves: Record<string, number[]>): void {
    const { holdout, second } = fit.evaluation;
    this.#options
      .record?.({
        lab: LAB_ID,
        model: 'logistic-regression',
        params: {
          patients: data.patients,
          leakPercent: Math.round(data.leak * 100),
          dropped: fit.dropped ?? 'none',
          inputs: fit.model.columns.length,
          ...CLINICIAN_TRAINING,
        },
        seed: data.seed,
        datasetVersion: fit.version,
        metrics: {
          auc: holdout.auc,
          brier: holdout.brier,
          aucSecond: second.auc,
          brierSecond: second.brier,
          eceSecond: second.ece,
          over75GapSecond: second.older.gap,
          trainMs: fit.trainMs,
        },
        backend: fit.backend,
        durationMs,
        curves,
      })
      .catch(() => {
        // storage problems are reported by the app's banners
      });
  }
}
