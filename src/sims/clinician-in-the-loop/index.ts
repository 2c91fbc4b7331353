import { COHORT_BOUNDS as B } from '../../engine/clinical/cohort';
import { defineScenario, enumParam, intParam, seedParam } from '../../lib/scenario';
import { clinicianMessages as m } from '../../messages/clinician-in-the-loop';

/** 'none', or the key of the input the clinician flagged (CLINICAL_FEATURES order). */
export const DROP_CHOICES = ['none', 'age', 'sbp', 'hr', 'rr', 'creatinine', 'lactate', 'admissions', 'diabetes', 'weekday'] as const;

/**
 * The Clinician-in-the-loop lab's scenario: the cohort (seed, patients per hospital,
 * weekday leak in percent) and the input the clinician flagged, so a shared link
 * reproduces both models. Bounds keep a training to a few thousand rows.
 */
export const scenario = defineScenario('cl', {
  seed: seedParam(42),
  patients: intParam(m.controls.patients, B.patients.min, B.patients.max, B.patients.default),
  leak: intParam(m.controls.leak, B.leak.min * 100, B.leak.max * 100, B.leak.default * 100),
  drop: enumParam(m.controls.drop, DROP_CHOICES, 'none'),
});

export type ClinicianScenarioParams = (typeof scenario)['params'];
export { default as component } from './ClinicianLab.svelte';
