/**
 * The faults a learner can inject into a delivery pipeline, and what each one costs once it
 * reaches users unnoticed. The figures are illustrative, chosen to be plausible for a mid-sized
 * product team; they are not measured at any company and are not derived from a simulation.
 */

/** A fault injected into the next release, or `none` for a clean release. */
export type FaultId = 'none' | 'failing-test' | 'schema-change' | 'drifted-data' | 'worse-model' | 'label-leak';

/** Every fault in the order the lab offers them. */
export const FAULTS: readonly FaultId[] = ['none', 'failing-test', 'schema-change', 'drifted-data', 'worse-model', 'label-leak'];

/**
 * What a fault does once it is serving users.
 * - `daysUntilNoticed`: days between the fault reaching users and someone (or a monitor) noticing it.
 * - `predictionsAffectedPercent`: share of predictions served in that time that the fault degrades, in percent (0–100).
 */
export interface ProductionImpact {
  daysUntilNoticed: number;
  predictionsAffectedPercent: number;
}

/**
 * Illustrative impact of each fault when **nothing in the pipeline catches it** and people find it
 * through a business metric, a complaint or a review:
 * - `failing-test`: never reaches users in either pipeline (unit tests stop it), so it has no entry.
 * - `schema-change`: an upstream team renames a column; the feature code reads it as missing and fills
 *   the default, so every prediction (100 %) uses a wrong input; a downstream report looks odd after
 *   about 3 weeks (21 days).
 * - `drifted-data`: a new user segment shifts the inputs away from the training data; about 35 % of
 *   predictions come from the shifted segment; a quarterly KPI review notices after about 60 days.
 * - `worse-model`: the new model is a few points less accurate on every input (100 %); the slow decline of
 *   a business metric is traced back to it after about 45 days.
 * - `label-leak`: the model learned from a feature that is only filled in after the outcome, so at
 *   serving time that feature is empty and every prediction (100 %) is far worse than the offline score
 *   promised; complaints lead to it after about 30 days.
 */
export const UNNOTICED_IMPACT: Readonly<Record<Exclude<FaultId, 'none' | 'failing-test'>, ProductionImpact>> = {
  'schema-change': { daysUntilNoticed: 21, predictionsAffectedPercent: 100 },
  'drifted-data': { daysUntilNoticed: 60, predictionsAffectedPercent: 35 },
  'worse-model': { daysUntilNoticed: 45, predictionsAffectedPercent: 100 },
  'label-leak': { daysUntilNoticed: 30, predictionsAffectedPercent: 100 },
};

/**
 * How long a production monitor takes to fire, in days after the fault reaches users: the drift
 * monitor compares each week's inputs with the training data (PSI and Kolmogorov–Smirnov per feature),
 * so it fires at the end of the first full weekly window, 7 days.
 */
export const MONITOR_WINDOW_DAYS = 7;

/**
 * How long a challenger stays in shadow before it may be promoted, in days: long enough for the labels
 * of its live predictions to arrive (label delay), so its live accuracy can be compared with the champion's.
 */
export const SHADOW_WINDOW_DAYS = 14;
