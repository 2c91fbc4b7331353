/// <reference lib="webworker" />
/**
 * Tree worker: generates the Complaint classifier lab's corpus, builds its
 * vocabulary and count features, and fits the CART tree off the main thread, so
 * the page stays responsive at any corpus size. Pure TypeScript engines only (no
 * TF.js). The handler is exported so tests can run it in-process; it binds to the
 * message port only when this module runs inside a worker.
 */
import { generateComplaints } from '../engine/complaints/generate';
import { stratifiedSplit, takeRows } from '../engine/complaints/split';
import { accuracy, macroF1 } from '../engine/metrics/classification';
import { treeSize } from '../engine/metrics/model-size';
import { childSeed, createRng } from '../engine/random/rng';
import { featurizeTexts } from '../engine/text/featurize';
import { buildVocabulary, type Vocabulary } from '../engine/text/vocabulary';
import { fitClassificationTree, predictClasses } from '../engine/tree/classifier';
import { treeShape } from '../engine/tree/walk';
import { contentHash } from '../lib/hash';
import {
  HOLDOUT_FRACTION,
  VOCABULARY_SIZE,
  validateCorpusSpec,
  validateTreeJob,
  type Clamp,
  type CorpusResult,
  type CorpusSpec,
  type LabelledRows,
  type TreeFitResult,
  type TreeReply,
  type TreeSettings,
} from './treeProtocol';
import { accepted, answerTagged, inWorker, serve, type Post } from './serve';

/** A generated corpus with its split, vocabulary and features, kept for fits. */
export interface PreparedCorpus {
  spec: CorpusSpec;
  datasetVersion: string;
  categories: string[];
  vocabulary: Vocabulary;
  train: LabelledRows;
  holdout: LabelledRows;
  classCounts: number[];
  flipped: number;
  examples: { text: string; label: number }[];
}

const EXAMPLES = 3;
let cached: { key: string; prepared: PreparedCorpus } | null = null;

/**
 * The corpus for a (bounded) spec: generateComplaints seeded with `seed`, a
 * stratified split (HOLDOUT_FRACTION held out, seeded with childSeed(seed,
 * 'split')), a vocabulary of at most VOCABULARY_SIZE terms built on the training
 * texts, and word-count features of both parts. The last corpus is kept, so the
 * tree fits on it without generating it again.
 */
export function prepareCorpus(spec: CorpusSpec): PreparedCorpus {
  const key = JSON.stringify([spec.seed, spec.size, spec.noise]);
  if (cached?.key === key) return cached.prepared;
  const corpus = generateComplaints(createRng(spec.seed), { size: spec.size, labelNoise: spec.noise });
  const split = stratifiedSplit(corpus.labels, createRng(childSeed(spec.seed, 'split')), HOLDOUT_FRACTION);
  const trainTexts = takeRows(corpus.texts, split.train);
  const holdoutTexts = takeRows(corpus.texts, split.holdout);
  const vocabulary = buildVocabulary(trainTexts, { maxSize: VOCABULARY_SIZE });
  const part = (texts: string[], rows: Int32Array): LabelledRows => ({
    x: featurizeTexts(texts, vocabulary, 'count').data,
    y: Int32Array.from(rows, (i) => corpus.labels[i]),
    rows: rows.length,
  });
  const classCounts = corpus.categories.map(() => 0);
  let flipped = 0;
  for (let i = 0; i < corpus.labels.length; i++) {
    classCounts[corpus.labels[i]]++;
    if (corpus.labels[i] !== corpus.cleanLabels[i]) flipped++;
  }
  const prepared: PreparedCorpus = {
    spec,
    datasetVersion: contentHash({ texts: corpus.texts, labels: corpus.labels }),
    categories: corpus.categories,
    vocabulary,
    train: part(trainTexts, split.train),
    holdout: part(holdoutTexts, split.holdout),
    classCounts,
    flipped: flipped / corpus.labels.length,
    examples: Array.from(split.holdout.slice(0, EXAMPLES), (i) => ({ text: corpus.texts[i], label: corpus.labels[i] })),
  };
  cached = { key, prepared };
  return prepared;
}

/** The page's copy of a prepared corpus (feature arrays copied, so they can be transferred). */
export function corpusResult(p: PreparedCorpus, clamped: Clamp[]): CorpusResult {
  const copy = (r: LabelledRows): LabelledRows => ({ x: r.x.slice(), y: r.y.slice(), rows: r.rows });
  return {
    spec: p.spec,
    datasetVersion: p.datasetVersion,
    categories: p.categories.slice(),
    terms: p.vocabulary.terms.slice(),
    documentFrequency: Array.from(p.vocabulary.documentFrequency),
    documents: p.vocabulary.documents,
    cols: p.vocabulary.terms.length,
    train: copy(p.train),
    holdout: copy(p.holdout),
    classCounts: p.classCounts.slice(),
    flipped: p.flipped,
    examples: p.examples.map((e) => ({ ...e })),
    clamped,
  };
}

/**
 * Fits a CART tree (Gini) on the training rows with the given limits and scores
 * it: holdout accuracy and macro-F1, training accuracy, fit time (ms), parameters
 * and JSON bytes (treeSize). Deterministic: same corpus and settings, same tree.
 */
export function fitTree(p: PreparedCorpus, settings: TreeSettings): Omit<TreeFitResult, 'clamped' | 'durationMs'> {
  const cols = p.vocabulary.terms.length;
  const k = p.categories.length;
  const t0 = performance.now();
  const tree = fitClassificationTree({ data: p.train.x, rows: p.train.rows, cols }, p.train.y, k, {
    ...settings,
    classNames: p.categories,
    featureNames: p.vocabulary.terms,
    featureKind: 'count',
  });
  const trainMs = performance.now() - t0;
  const predicted = predictClasses(tree, { data: p.holdout.x, rows: p.holdout.rows, cols });
  const fitted = predictClasses(tree, { data: p.train.x, rows: p.train.rows, cols });
  const size = treeSize(tree);
  return {
    datasetVersion: p.datasetVersion,
    spec: p.spec,
    settings,
    tree,
    shape: treeShape(tree.nodes),
    metrics: {
      accuracy: accuracy(p.holdout.y, predicted),
      macroF1: macroF1(p.holdout.y, predicted, k),
      trainAccuracy: accuracy(p.train.y, fitted),
      trainMs,
      parameters: size.parameters,
      sizeBytes: size.bytes,
    },
  };
}

/** Answers one request with exactly one `done` or `error`. */
export function handleTreeRequest(message: unknown, post: Post<TreeReply>): void {
  answerTagged(message, post, {
    corpus: (m, id) => {
      const clamped: Clamp[] = [];
      const result = corpusResult(prepareCorpus(validateCorpusSpec(m.spec, clamped)), clamped);
      post({ type: 'done', id, kind: 'corpus', result }, [result.train.x.buffer, result.train.y.buffer, result.holdout.x.buffer, result.holdout.y.buffer]);
    },
    'fit-tree': (m, id, started) => {
      const { value, clamped } = accepted(validateTreeJob(m));
      const fit = fitTree(prepareCorpus(value.spec), value.settings);
      post({ type: 'done', id, kind: 'fit-tree', result: { ...fit, clamped, durationMs: performance.now() - started } });
    },
  });
}

if (inWorker) serve(handleTreeRequest);
