import type { ScenarioValues } from '../../lib/scenario';
import type { TrainJob } from '../../workers/protocol';
import type { CorpusResult, CorpusSpec, TreeSettings } from '../../workers/treeProtocol';
import type { ComplaintScenarioParams } from './index';

export type ComplaintValues = ScenarioValues<ComplaintScenarioParams>;

/**
 * Bounds of the network controls. The largest run (4,000 training complaints × 400
 * words, 128 + 64 units, 20 epochs) takes about 12 s on wasm and over a minute on
 * cpu on this (busy) 2-core machine: long enough to show what size costs, never a
 * frozen tab (training runs in a worker and Cancel stops it at the next batch).
 */
export const NETWORK_BOUNDS = {
  units: { min: 4, max: 128, default: 32 },
  epochs: { min: 1, max: 20, default: 10 },
} as const;

/**
 * Fixed optimiser settings, tuned on the default corpus: Adam at 0.004 in batches
 * of 128 reaches the ~90 % holdout accuracy that 10 % label noise allows in 3
 * epochs, then slowly starts memorising the wrong labels (visible on the curves).
 * Same curve and accuracy as 0.002 in batches of 64, in half the time: with a
 * network this small, the cost per batch, not per multiply, dominates.
 */
export const LEARNING_RATE = 0.004;
export const BATCH_SIZE = 128;

/** The corpus part of a scenario, as the tree worker reads it (percent → fraction). */
export function corpusSpec(v: ComplaintValues): CorpusSpec {
  return { seed: v.seed, size: v.size, noise: v.noise / 100 };
}

/** True when two specs describe the same corpus. */
export function sameCorpus(a: CorpusSpec, b: CorpusSpec): boolean {
  return a.seed === b.seed && a.size === b.size && a.noise === b.noise;
}

/** The tree's limits from a scenario. */
export function treeSettings(v: ComplaintValues): TreeSettings {
  return { maxDepth: v.depth, minSamplesLeaf: v.leaf };
}

/** Two hidden layers: `units`, then half as many (at least 2). */
export function hiddenLayers(units: number): number[] {
  return [units, Math.max(2, Math.round(units / 2))];
}

/** The TF.js training job for a scenario on a prepared corpus, scored on its holdout after every epoch. */
export function networkJob(v: ComplaintValues, corpus: CorpusResult): TrainJob {
  const { train, holdout, cols, categories } = corpus;
  return {
    x: train.x,
    y: train.y,
    rows: train.rows,
    cols,
    classes: categories.length,
    hidden: hiddenLayers(v.units),
    epochs: v.epochs,
    batchSize: BATCH_SIZE,
    learningRate: LEARNING_RATE,
    seed: v.seed,
    validation: { x: holdout.x, y: holdout.y, rows: holdout.rows },
  };
}

/** The run record's params of a tree fit. */
export function treeRunParams(spec: CorpusSpec, settings: TreeSettings, vocabulary: number): Record<string, number> {
  return { size: spec.size, noise: spec.noise, vocabulary, maxDepth: settings.maxDepth, minSamplesLeaf: settings.minSamplesLeaf };
}

/** The run record's params of a network run (hidden layers as "32-16"). */
export function networkRunParams(spec: CorpusSpec, job: Pick<TrainJob, 'hidden' | 'epochs' | 'batchSize' | 'learningRate' | 'cols'>): Record<string, number | string> {
  return {
    size: spec.size,
    noise: spec.noise,
    vocabulary: job.cols,
    hidden: job.hidden.join('-'),
    epochs: job.epochs,
    batchSize: job.batchSize,
    learningRate: job.learningRate,
  };
}

/** Reads the corpus spec back from a run's params (e.g. to rebuild a saved network's vocabulary); null if incomplete. */
export function specFromRun(run: { seed: number; params: Record<string, unknown> }): CorpusSpec | null {
  const { size, noise } = run.params;
  if (typeof size !== 'number' || typeof noise !== 'number' || !Number.isFinite(run.seed)) return null;
  return { seed: run.seed, size, noise };
}
