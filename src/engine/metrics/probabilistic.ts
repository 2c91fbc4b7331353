/**
 * Metrics of predicted probabilities against 0/1 outcomes: ranking (AUC),
 * accuracy of the probabilities (Brier score) and calibration (reliability bins).
 */

/** Outcomes 0/1 and predicted probabilities of the positive outcome, index by index. */
export type Outcomes = ArrayLike<number>;
export type Probabilities = ArrayLike<number>;

function checkLengths(y: Outcomes, p: Probabilities): void {
  if (y.length !== p.length) throw new RangeError(`outcomes and predictions differ in length: ${y.length} vs ${p.length}`);
}

/**
 * Area under the ROC curve by ranks (the Mann–Whitney U statistic):
 * AUC = (R₁ − n₁(n₁ + 1)/2) / (n₁ · n₀), where R₁ is the sum of the ranks of the
 * positives among all scores, tied scores sharing their average rank. It is the
 * probability that a random positive scores above a random negative, ties
 * counting one half. In [0, 1]; NaN when either class is absent.
 */
export function auc(y: Outcomes, p: Probabilities): number {
  checkLengths(y, p);
  const n = y.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => p[a] - p[b]);
  let rankSumPos = 0;
  let n1 = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && p[order[j + 1]] === p[order[i]]) j++;
    const midRank = (i + j) / 2 + 1; // ranks are 1-based
    for (let k = i; k <= j; k++) if (y[order[k]] === 1) (rankSumPos += midRank), n1++;
    i = j + 1;
  }
  const n0 = n - n1;
  if (n1 === 0 || n0 === 0) return NaN;
  return (rankSumPos - (n1 * (n1 + 1)) / 2) / (n1 * n0);
}

/**
 * Brier score = (1/n) Σ (pᵢ − yᵢ)²: the mean squared error of the probabilities,
 * in [0, 1], lower is better (always predicting the base rate b scores b(1 − b)).
 * NaN for empty input.
 */
export function brierScore(y: Outcomes, p: Probabilities): number {
  checkLengths(y, p);
  if (y.length === 0) return NaN;
  let s = 0;
  for (let i = 0; i < y.length; i++) s += (p[i] - y[i]) ** 2;
  return s / y.length;
}

/** One bin of a reliability diagram. */
export interface ReliabilityBin {
  /** Bin edges: predictions in [lower, upper) (the last bin includes 1). */
  lower: number;
  upper: number;
  count: number;
  /** Mean predicted probability in the bin; NaN when empty. */
  meanPredicted: number;
  /** Share of positive outcomes in the bin; NaN when empty. */
  observedRate: number;
}

/**
 * Reliability diagram data: `bins` equal-width bins over [0, 1]; prediction p goes
 * to bin min(⌊p · bins⌋, bins − 1). Per bin: count, mean prediction and observed
 * rate of positives. A calibrated model has observedRate ≈ meanPredicted in every bin.
 */
export function reliabilityBins(y: Outcomes, p: Probabilities, bins = 10): ReliabilityBin[] {
  checkLengths(y, p);
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`bins must be a positive integer, got ${bins}`);
  const count = new Array<number>(bins).fill(0);
  const sumP = new Array<number>(bins).fill(0);
  const sumY = new Array<number>(bins).fill(0);
  for (let i = 0; i < y.length; i++) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(p[i] * bins)));
    count[b]++;
    sumP[b] += p[i];
    sumY[b] += y[i];
  }
  return count.map((c, b) => ({
    lower: b / bins,
    upper: (b + 1) / bins,
    count: c,
    meanPredicted: c ? sumP[b] / c : NaN,
    observedRate: c ? sumY[b] / c : NaN,
  }));
}

/**
 * Expected calibration error = Σ_b (count_b / n) · |observedRate_b − meanPredicted_b|
 * over non-empty bins: the average gap between what the model says and what happens,
 * in probability units. NaN for empty input.
 */
export function expectedCalibrationError(bins: readonly ReliabilityBin[]): number {
  const n = bins.reduce((s, b) => s + b.count, 0);
  if (n === 0) return NaN;
  return bins.reduce((s, b) => (b.count ? s + (b.count / n) * Math.abs(b.observedRate - b.meanPredicted) : s), 0);
}

/** Calibration of one subgroup: how the mean prediction compares with what happened. */
export interface GroupCalibration {
  count: number;
  meanPredicted: number;
  observedRate: number;
  /** meanPredicted − observedRate: negative means the model under-estimates the group's risk. */
  gap: number;
  brier: number;
}

/**
 * Calibration-in-the-large of the rows where `inGroup(i)` holds: count, mean
 * prediction, observed rate, their difference (probability units) and the group's
 * Brier score. NaNs when the group is empty.
 */
export function groupCalibration(y: Outcomes, p: Probabilities, inGroup: (i: number) => boolean): GroupCalibration {
  checkLengths(y, p);
  let count = 0;
  let sumP = 0;
  let sumY = 0;
  let sq = 0;
  for (let i = 0; i < y.length; i++) {
    if (!inGroup(i)) continue;
    count++;
    sumP += p[i];
    sumY += y[i];
    sq += (p[i] - y[i]) ** 2;
  }
  const meanPredicted = count ? sumP / count : NaN;
  const observedRate = count ? sumY / count : NaN;
  return { count, meanPredicted, observedRate, gap: meanPredicted - observedRate, brier: count ? sq / count : NaN };
}
