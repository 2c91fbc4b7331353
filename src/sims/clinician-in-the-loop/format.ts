import { CLINICAL_FEATURES, type FeatureKey } from '../../engine/clinical/features';
import { clinicianMessages as m } from '../../messages/clinician-in-the-loop';

/** A score in [0, 1] (AUC, Brier, ECE) with three decimals: 0.9034 → "0.903". */
export const formatScore = (v: number): string => (Number.isFinite(v) ? v.toFixed(3) : '–');

/** A probability as a percentage with one decimal: 0.314 → "31.4%". */
export const formatRisk = (v: number): string => (Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '–');

/** A probability difference in percentage points with one decimal, unsigned: −0.092 → "9.2". */
export const formatPoints = (v: number): string => (Number.isFinite(v) ? (Math.abs(v) * 100).toFixed(1) : '–');

/** A log-odds push with its sign and two decimals: 0.5 → "+0.50", −1.234 → "−1.23". */
export const formatPush = (v: number): string => `${v < 0 ? '−' : '+'}${Math.abs(v).toFixed(2)}`;

/** A count with thousands grouped. */
export const formatCount = (n: number): string => n.toLocaleString('en-US');

/** An input's raw value with its unit: "82.5 years", "1.34 mg/dL", "yes". */
export function formatValue(key: FeatureKey, value: number): string {
  const f = CLINICAL_FEATURES.find((x) => x.key === key)!;
  if (f.binary) return value ? m.features.yes : m.features.no;
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
  return f.unit ? `${text} ${f.unit}` : text;
}

/** The on-screen name of an input. */
export const featureLabel = (key: FeatureKey): string => CLINICAL_FEATURES.find((x) => x.key === key)!.label;
