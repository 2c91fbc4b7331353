import { auc, brierScore, expectedCalibrationError, groupCalibration, reliabilityBins, type GroupCalibration, type ReliabilityBin } from '../metrics/probabilistic';
import { generateCohort, type Cohort } from './cohort';
import { FEATURE_COUNT, featureIndex, keptColumns, type FeatureKey } from './features';
import { predictRisks, type RiskModel } from './model';
import { designMatrix, fitStandardizer, outcomes, splitRows, type RowRange, type Standardizer } from './prepare';

/** The age above which patients form the subgroup whose calibration the lab checks. */
export const SUBGROUP_AGE = 75;
/** Bins of the reliability diagram. */
export const RELIABILITY_BINS = 10;

/** The two hospitals' cohorts, the training hospital's split and the standardizer fitted on its training rows. */
export interface LabData {
  seed: number;
  patients: number;
  leak: number;
  training: Cohort;
  second: Cohort;
  train: RowRange;
  holdout: RowRange;
  standardizer: Standardizer;
}

/**
 * Draws both hospitals' cohorts for a seed (the second hospital from an independent
 * stream) and assembles them with labFromCohorts.
 */
export function prepareLab(seed: number, patients: number, leak: number): LabData {
  const training = generateCohort({ seed, patients, site: 'training', leak });
  return labFromCohorts(seed, leak, training, generateCohort({ seed, patients, site: 'second', leak }));
}

/**
 * Splits the training hospital 75/25 and fits the standardizer on its training
 * rows only, so nothing about the holdout or the second hospital leaks into the inputs.
 */
export function labFromCohorts(seed: number, leak: number, training: Cohort, second: Cohort): LabData {
  const { train, holdout } = splitRows(training.rows);
  return { seed, patients: training.rows, leak, training, second, train, holdout, standardizer: fitStandardizer(training, train) };
}

/** What the training worker needs to fit a model that leaves out `dropped`: the standardized training rows and their outcomes. */
export function trainingInputs(data: LabData, dropped: FeatureKey | null) {
  const columns = keptColumns(dropped);
  return {
    columns,
    x: designMatrix(data.training, data.train, columns, data.standardizer),
    y: outcomes(data.training, data.train),
    rows: data.train.to - data.train.from,
    cols: columns.length,
  };
}

/** How one model scores on one set of patients. */
export interface SiteScores {
  auc: number;
  brier: number;
  /** Expected calibration error over RELIABILITY_BINS bins, probability units. */
  ece: number;
  bins: ReliabilityBin[];
  /** Calibration of the patients older than SUBGROUP_AGE. */
  older: GroupCalibration;
}

/** A model scored on the training hospital's holdout and on the whole second hospital. */
export interface Evaluation {
  holdout: SiteScores;
  second: SiteScores;
}

/** AUC, Brier score, reliability bins, ECE and the over-75 calibration of `model` on rows `range` of a cohort. */
export function scoreSite(model: RiskModel, cohort: Cohort, range: RowRange): SiteScores {
  const p = predictRisks(model, cohort, range);
  const y = outcomes(cohort, range);
  const bins = reliabilityBins(y, p, RELIABILITY_BINS);
  const age = featureIndex('age');
  const older = groupCalibration(y, p, (i) => cohort.x[(range.from + i) * FEATURE_COUNT + age] > SUBGROUP_AGE);
  return { auc: auc(y, p), brier: brierScore(y, p), ece: expectedCalibrationError(bins), bins, older };
}

/** Scores a model where it was built (the holdout) and where it is used next (the second hospital). */
export function evaluate(model: RiskModel, data: LabData): Evaluation {
  return { holdout: scoreSite(model, data.training, data.holdout), second: scoreSite(model, data.second, { from: 0, to: data.second.rows }) };
}

/**
 * Holdout patients for the clinician's review: the first `perOutcome` who
 * deteriorated and the first `perOutcome` who did not, alternating, as cohort row indices.
 */
export function reviewPatients(data: LabData, perOutcome = 4): number[] {
  const sick: number[] = [];
  const well: number[] = [];
  for (let r = data.holdout.from; r < data.holdout.to && (sick.length < perOutcome || well.length < perOutcome); r++) {
    const list = data.training.y[r] === 1 ? sick : well;
    if (list.length < perOutcome) list.push(r);
  }
  return sick.flatMap((r, i) => [r, ...(well[i] !== undefined ? [well[i]] : [])]).concat(well.slice(sick.length));
}
