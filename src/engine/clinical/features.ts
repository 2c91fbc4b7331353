/**
 * The inputs of the synthetic patient cohort, in the order they appear in every
 * row. The last one, `weekday`, carries no clinical information: it records when
 * a scan was ordered, and it only predicts the outcome where the hospital's
 * scheduling made it a trace of the outcome itself (see cohort.ts).
 */
export const CLINICAL_FEATURES = [
  { key: 'age', label: 'Age', unit: 'years', binary: false },
  { key: 'sbp', label: 'Systolic blood pressure', unit: 'mmHg', binary: false },
  { key: 'hr', label: 'Heart rate', unit: 'beats/min', binary: false },
  { key: 'rr', label: 'Respiratory rate', unit: 'breaths/min', binary: false },
  { key: 'creatinine', label: 'Creatinine', unit: 'mg/dL', binary: false },
  { key: 'lactate', label: 'Lactate', unit: 'mmol/L', binary: false },
  { key: 'admissions', label: 'Admissions in the past year', unit: '', binary: false },
  { key: 'diabetes', label: 'Diabetes', unit: '', binary: true },
  { key: 'weekday', label: 'Scan ordered on a weekday', unit: '', binary: true },
] as const;

export type FeatureKey = (typeof CLINICAL_FEATURES)[number]['key'];
export const FEATURE_KEYS: readonly FeatureKey[] = CLINICAL_FEATURES.map((f) => f.key);
export const FEATURE_COUNT = CLINICAL_FEATURES.length;
/** The input with no clinical meaning. */
export const SPURIOUS_FEATURE: FeatureKey = 'weekday';

/** Column index of a feature in a cohort row. */
export function featureIndex(key: FeatureKey): number {
  return FEATURE_KEYS.indexOf(key);
}

/** The columns a model uses when `dropped` is left out (null keeps all), in cohort order. */
export function keptColumns(dropped: FeatureKey | null): number[] {
  return FEATURE_KEYS.flatMap((k, i) => (k === dropped ? [] : [i]));
}
