import { randomBernoulli, randomNormal, randomPoisson } from 'd3-random';
import { childSeed, createRng } from '../random/rng';
import { FEATURE_COUNT } from './features';

/** Which hospital a cohort comes from: the one the model is trained at, or the second one it is used at. */
export type Site = 'training' | 'second';

/** Bounds of the cohort options (patients per hospital, leak strength as a fraction). */
export const COHORT_BOUNDS = {
  patients: { min: 500, max: 6_000, default: 3_000 },
  leak: { min: 0, max: 1, default: 0.75 },
} as const;

export interface CohortOptions {
  seed: number;
  /** Patients in this hospital; clamped to COHORT_BOUNDS.patients. */
  patients: number;
  site: Site;
  /** How strongly the weekday flag tracks the outcome at the training hospital, 0–1; ignored at the second one. */
  leak: number;
}

/** A cohort: row-major features (FEATURE_COUNT columns, raw units), outcomes and the true risks. */
export interface Cohort {
  site: Site;
  rows: number;
  /** rows × FEATURE_COUNT values in CLINICAL_FEATURES order, raw clinical units (flags 0/1). */
  x: Float64Array;
  /** 1 when the patient deteriorated (ICU transfer or death within 30 days), else 0. */
  y: Int32Array;
  /** The probability of deterioration the generator used: what a perfect model would say. */
  risk: Float64Array;
}

/** Coefficients of the true log-odds of deterioration (per unit of each raw input, around the reference values). */
export const TRUE_MODEL = {
  intercept: -2.1,
  age: { per: 0.055, ref: 64 },
  sbp: { per: -0.018, ref: 128 },
  hr: { per: 0.025, ref: 84 },
  rr: { per: 0.1, ref: 18 },
  creatinine: { per: 1.0, ref: 1.0 },
  lactate: { per: 0.6, ref: 1.3 },
  admissions: 0.3,
  diabetes: 0.35,
} as const;

/** Share of scans ordered on a weekday (Monday to Friday) when scheduling ignores the patient: 5 of 7 days. */
export const WEEKDAY_SHARE = 5 / 7;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Probability that a patient's scan was ordered on a weekday. At the second hospital
 * scans run seven days a week: 5/7 for everyone. At the training hospital stable
 * patients were booked on weekday lists while the urgent scans of patients already
 * deteriorating went to the weekend emergency list, so with leak strength L the
 * probability mixes 5/7 (weight 1 − L) with 0.92 for patients who stayed well and
 * 0.10 for those who deteriorated (weight L). The flag is a trace of the outcome.
 */
export function weekdayProbability(site: Site, deteriorated: boolean, leak: number): number {
  if (site === 'second') return WEEKDAY_SHARE;
  const l = clamp(leak, 0, 1);
  return (1 - l) * WEEKDAY_SHARE + l * (deteriorated ? 0.1 : 0.92);
}

/**
 * Draws a seeded synthetic cohort. Per patient (raw units, clamped to plausible ranges):
 * age ~ N(64, 15) years at the training hospital, N(67, 15) at the second (18–99);
 * systolic BP ~ N(128, 18) mmHg (70–220); heart rate ~ N(84, 14) /min (40–170);
 * respiratory rate ~ N(18, 3.5) /min (8–40); creatinine = exp(N(0, 0.3) + 0.004·(age − 64)) mg/dL;
 * lactate = 1.3·exp(N(0, 0.4)) mmol/L; admissions in the past year ~ Poisson(max(0.05, 0.35 + 0.012·(age − 64)));
 * diabetes ~ Bernoulli(clamp(0.12 + 0.004·(age − 50), 0.02, 0.5)).
 * Outcome ~ Bernoulli(σ(z)) with z = TRUE_MODEL's intercept + Σ per-unit effect × (value − ref)
 * + 0.3·admissions + 0.35·diabetes: about 18% deteriorate. Then the scan's weekday flag
 * ~ Bernoulli(weekdayProbability(site, outcome, leak)), drawn after the outcome.
 * Values are rounded as a chart would record them (1 decimal; creatinine and lactate 2).
 * Same seed, site and options ⇒ identical cohort; the two sites use independent streams.
 */
export function generateCohort(options: CohortOptions): Cohort {
  const B = COHORT_BOUNDS;
  const rows = Math.round(clamp(Number.isFinite(options.patients) ? options.patients : B.patients.default, B.patients.min, B.patients.max));
  const leak = Number.isFinite(options.leak) ? clamp(options.leak, B.leak.min, B.leak.max) : B.leak.default;
  const rng = createRng(childSeed(options.seed, `cohort-${options.site}`));
  const normal = randomNormal.source(rng);
  const poisson = randomPoisson.source(rng);
  const bernoulli = randomBernoulli.source(rng);
  const z0 = normal(0, 1);
  const T = TRUE_MODEL;
  const x = new Float64Array(rows * FEATURE_COUNT);
  const y = new Int32Array(rows);
  const risk = new Float64Array(rows);
  const ageMean = options.site === 'training' ? 64 : 67;
  for (let r = 0; r < rows; r++) {
    const age = round1(clamp(ageMean + 15 * z0(), 18, 99));
    const sbp = round1(clamp(128 + 18 * z0(), 70, 220));
    const hr = round1(clamp(84 + 14 * z0(), 40, 170));
    const rr = round1(clamp(18 + 3.5 * z0(), 8, 40));
    const creatinine = Math.round(100 * Math.exp(0.3 * z0() + 0.004 * (age - 64))) / 100;
    const lactate = Math.round(100 * 1.3 * Math.exp(0.4 * z0())) / 100;
    const admissions = poisson(Math.max(0.05, 0.35 + 0.012 * (age - 64)))();
    const diabetes = bernoulli(clamp(0.12 + 0.004 * (age - 50), 0.02, 0.5))();
    const z =
      T.intercept +
      T.age.per * (age - T.age.ref) +
      T.sbp.per * (sbp - T.sbp.ref) +
      T.hr.per * (hr - T.hr.ref) +
      T.rr.per * (rr - T.rr.ref) +
      T.creatinine.per * (creatinine - T.creatinine.ref) +
      T.lactate.per * (lactate - T.lactate.ref) +
      T.admissions * admissions +
      T.diabetes * diabetes;
    const p = 1 / (1 + Math.exp(-z));
    const outcome = rng() < p ? 1 : 0;
    const weekday = rng() < weekdayProbability(options.site, outcome === 1, leak) ? 1 : 0;
    x.set([age, sbp, hr, rr, creatinine, lactate, admissions, diabetes, weekday], r * FEATURE_COUNT);
    y[r] = outcome;
    risk[r] = p;
  }
  return { site: options.site, rows, x, y, risk };
}
