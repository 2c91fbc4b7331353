import { CLINICAL_FEATURES, FEATURE_COUNT, type FeatureKey } from './features';
import type { Cohort } from './cohort';
import { standardize, type RowRange, type Standardizer } from './prepare';

/**
 * A fitted logistic-regression risk model on standardized inputs:
 * log-odds = intercept + Σ_c coefficients[c] · z_c, where z_c is cohort column
 * columns[c] standardized with `standardizer`. Risk = σ(log-odds) = 1 / (1 + e^−log-odds).
 */
export interface RiskModel {
  columns: number[];
  coefficients: number[];
  intercept: number;
  standardizer: Standardizer;
}

/** One input's share of a patient's log-odds. */
export interface Contribution {
  key: FeatureKey;
  label: string;
  /** The patient's raw value (flags 0/1). */
  value: number;
  /** Standardized value: training-hospital SDs from the average patient. */
  z: number;
  /** coefficient × z, in log-odds units: positive raises the risk, negative lowers it. */
  contribution: number;
}

/** A patient's prediction taken apart: baseline + Σ contributions = log-odds. */
export interface Explanation {
  /** The intercept: log-odds of a patient at the training-hospital average on every input. */
  baseline: number;
  /** Largest |contribution| first. */
  contributions: Contribution[];
  logOdds: number;
  /** σ(logOdds), in [0, 1]. */
  risk: number;
}

const sigmoid = (t: number) => 1 / (1 + Math.exp(-t));

/** The model's log-odds for cohort row r: intercept + Σ coefficient · standardized value. */
export function logOdds(model: RiskModel, cohort: Cohort, r: number): number {
  let t = model.intercept;
  model.columns.forEach((j, c) => (t += model.coefficients[c] * standardize(model.standardizer, j, cohort.x[r * FEATURE_COUNT + j])));
  return t;
}

/** Predicted risks σ(log-odds) for rows `range` of a cohort, as probabilities in [0, 1]. */
export function predictRisks(model: RiskModel, cohort: Cohort, range: RowRange): Float64Array {
  const out = new Float64Array(range.to - range.from);
  for (let r = range.from; r < range.to; r++) out[r - range.from] = sigmoid(logOdds(model, cohort, r));
  return out;
}

/**
 * Explains row r: each used input's contribution coefficient × z (log-odds units,
 * relative to the average training patient), sorted by absolute size, plus the
 * baseline (intercept); they add up to the log-odds, whose σ is the risk.
 */
export function explainPatient(model: RiskModel, cohort: Cohort, r: number): Explanation {
  const contributions = model.columns.map((j, c) => {
    const value = cohort.x[r * FEATURE_COUNT + j];
    const z = standardize(model.standardizer, j, value);
    const f = CLINICAL_FEATURES[j];
    return { key: f.key, label: f.label, value, z, contribution: model.coefficients[c] * z };
  });
  contributions.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  const total = model.intercept + contributions.reduce((s, c) => s + c.contribution, 0);
  return { baseline: model.intercept, contributions, logOdds: total, risk: sigmoid(total) };
}

/**
 * How much each input moves predictions on average over rows `range`: the mean of
 * |coefficient × z| per used input, in log-odds units, largest first.
 */
export function meanAbsContributions(model: RiskModel, cohort: Cohort, range: RowRange): { key: FeatureKey; label: string; mean: number }[] {
  const n = range.to - range.from;
  const sums = model.columns.map(() => 0);
  for (let r = range.from; r < range.to; r++) {
    model.columns.forEach((j, c) => (sums[c] += Math.abs(model.coefficients[c] * standardize(model.standardizer, j, cohort.x[r * FEATURE_COUNT + j]))));
  }
  return model.columns
    .map((j, c) => ({ key: CLINICAL_FEATURES[j].key, label: CLINICAL_FEATURES[j].label, mean: n ? sums[c] / n : NaN }))
    .sort((a, b) => b.mean - a.mean);
}
