import { it } from 'vitest';
import { generateComplaints } from '../../src/engine/complaints/generate';
import { stratifiedSplit, takeRows } from '../../src/engine/complaints/split';
import { SALES_ENSEMBLE_KNOBS, fitBoostedForecast, predictBoostedForecast } from '../../src/engine/ensemble/sales-forecast';
import { accuracy, macroF1 } from '../../src/engine/metrics/classification';
import { mape } from '../../src/engine/metrics/forecast-error';
import { boostedSize, linearModelSize, treeSize } from '../../src/engine/metrics/model-size';
import { childSeed, createRng } from '../../src/engine/random/rng';
import { salesDesign } from '../../src/engine/regression/design';
import { LINEAR_KNOBS, fitLinearModel, predictLinear } from '../../src/engine/regression/linear-model';
import { generateSales } from '../../src/engine/sales/generate';
import { timeSplit } from '../../src/engine/sales/split';
import { featurizeTexts, type Weighting } from '../../src/engine/text/featurize';
import { buildVocabulary } from '../../src/engine/text/vocabulary';
import { fitClassificationTree, predictClasses } from '../../src/engine/tree/classifier';
import { treeShape } from '../../src/engine/tree/walk';
import { median, report, timeRuns } from './measure';

const SEED = 42;
const round = (x: number, d = 3) => Number(x.toFixed(d));

/** The complaint lab's default pipeline for one seed: corpus → split → vocabulary → features → depth-8 tree. */
function complaintLab(seed: number, weighting: Weighting) {
  const corpus = generateComplaints(createRng(seed));
  const split = stratifiedSplit(corpus.labels, createRng(childSeed(seed, 'split')));
  const trainTexts = takeRows(corpus.texts, split.train);
  const vocab = buildVocabulary(trainTexts);
  const xTrain = featurizeTexts(trainTexts, vocab, weighting);
  const xHoldout = featurizeTexts(takeRows(corpus.texts, split.holdout), vocab, weighting);
  const yTrain = Int32Array.from(takeRows(corpus.labels, split.train));
  const yHoldout = Int32Array.from(takeRows(corpus.labels, split.holdout));
  const tree = fitClassificationTree(xTrain, yTrain, corpus.categories.length, {
    maxDepth: 8, featureNames: vocab.terms, featureKind: weighting, classNames: corpus.categories,
  });
  const pred = predictClasses(tree, xHoldout);
  const k = corpus.categories.length;
  return { corpus, split, trainTexts, vocab, xTrain, yTrain, tree, accuracy: accuracy(yHoldout, pred), macroF1: macroF1(yHoldout, pred, k) };
}

/** The sales lab's default pipeline for one seed: series → last 26 weeks held out → linear and boosted forecasts. */
function salesLab(seed: number) {
  const series = generateSales(createRng(seed));
  const { train, holdout } = timeSplit(series.weeks);
  const design = salesDesign(series);
  const linear = fitLinearModel(design, series.units, train);
  const boosted = fitBoostedForecast(series, train, createRng(childSeed(seed, 'boost')));
  const actual = Array.from(holdout, (t) => series.units[t]);
  const score = (p: Float64Array) => mape(actual, Array.from(holdout, (t) => p[t]));
  return {
    series, train, design, linear, boosted,
    linearMape: score(predictLinear(linear, design)),
    boostedMape: score(predictBoostedForecast(boosted, series)),
  };
}

/** 1,600 × 1,000 sparse-ish word counts (about 20 words a row), 5 classes: the tree's speed budget (< ~1 s). */
function sparseCounts(seed: number) {
  const rng = createRng(seed);
  const rows = 1_600;
  const cols = 1_000;
  const data = new Float32Array(rows * cols);
  const y = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    y[i] = Math.floor(rng() * 5);
    for (let w = 0; w < 20; w++) {
      const j = rng() < 0.4 ? y[i] * 200 + Math.floor(rng() * 200) : Math.floor(rng() * cols);
      data[i * cols + j]++;
    }
  }
  return { x: { data, rows, cols }, y };
}

it('measures the simplicity-lesson models', () => {
  const lab = complaintLab(SEED, 'count');
  const tGenerate = timeRuns(() => generateComplaints(createRng(SEED)));
  const tFeaturize = timeRuns(() => {
    const v = buildVocabulary(lab.trainTexts);
    featurizeTexts(lab.trainTexts, v, 'count');
  });
  const tFitTree = timeRuns(() => fitClassificationTree(lab.xTrain, lab.yTrain, 5, { maxDepth: 8 }));
  const sparse = sparseCounts(1);
  const tFitSparse = timeRuns(() => fitClassificationTree(sparse.x, sparse.y, 5, { maxDepth: 8 }));

  const seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const counts = seeds.map((s) => complaintLab(s, 'count'));
  const tfidf = seeds.map((s) => complaintLab(s, 'tfidf'));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

  const sales = salesLab(SEED);
  const tGenerateSales = timeRuns(() => generateSales(createRng(SEED)));
  const tFitLinear = timeRuns(() => fitLinearModel(salesDesign(sales.series), sales.series.units, sales.train));
  const tFitBoosted = timeRuns(() => fitBoostedForecast(sales.series, sales.train, createRng(1)), 5, 1);
  const salesRuns = seeds.map(salesLab);

  report('models', {
    'generateComplaints 2,000, median ms': round(median(tGenerate), 1),
    [`vocabulary + count features, ${lab.trainTexts.length} training texts x ${lab.vocab.terms.length} terms, median ms`]: round(median(tFeaturize), 1),
    [`fit tree depth 8 on ${lab.xTrain.rows} x ${lab.xTrain.cols} word counts, median ms`]: round(median(tFitTree), 1),
    'fit tree depth 8 on 1,600 x 1,000 sparse counts, median ms': round(median(tFitSparse), 1),
    [`complaints seed ${SEED}, 10% label noise, depth 8 (count): holdout accuracy`]: round(lab.accuracy),
    [`complaints seed ${SEED}, 10% label noise, depth 8 (count): holdout macro-F1`]: round(lab.macroF1),
    [`complaints seed ${SEED}: tree shape`]: treeShape(lab.tree.nodes),
    [`complaints seed ${SEED}: tree size`]: treeSize(lab.tree),
    'complaints seeds 1-10, depth 8 (count): mean holdout accuracy / macro-F1': [round(mean(counts.map((r) => r.accuracy))), round(mean(counts.map((r) => r.macroF1)))],
    'complaints seeds 1-10, depth 8 (tf-idf): mean holdout accuracy / macro-F1': [round(mean(tfidf.map((r) => r.accuracy))), round(mean(tfidf.map((r) => r.macroF1)))],
    'generateSales 208 weeks, median ms': round(median(tGenerateSales), 2),
    'fit linear regression (design + QR, K = 3), median ms': round(median(tFitLinear), 2),
    'fit boosted forecast (200 trees, depth 3), median ms': round(median(tFitBoosted), 1),
    [`sales seed ${SEED}, last 26 weeks: MAPE % linear / boosted`]: [round(sales.linearMape, 2), round(sales.boostedMape, 2)],
    'sales seeds 1-10: mean MAPE % linear / boosted': [round(mean(salesRuns.map((r) => r.linearMape)), 2), round(mean(salesRuns.map((r) => r.boostedMape)), 2)],
    'knobs: linear / boosted forecast': [LINEAR_KNOBS.length, SALES_ENSEMBLE_KNOBS.length],
    'size: linear / boosted forecast': [linearModelSize(sales.linear), boostedSize(sales.boosted)],
    runs: tGenerate.length,
  });
});
