import { generateCohort } from '../../engine/clinical/cohort';
import { labFromCohorts, type LabData } from '../../engine/clinical/lab';
import { contentHash } from '../../lib/hash';

/** The cohort settings a lab run depends on: seed, patients per hospital, leak in percent. */
export interface CohortSpec {
  seed: number;
  patients: number;
  leak: number;
}

/** Same settings? */
export const sameSpec = (a: CohortSpec, b: CohortSpec) => a.seed === b.seed && a.patients === b.patients && a.leak === b.leak;

/** Content hash of both hospitals' cohorts (features and outcomes): the runs' dataset version. */
export function datasetVersion(data: LabData): string {
  return contentHash([data.training.x, data.training.y, data.second.x, data.second.y].map((a) => contentHash(a)).join(''));
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Draws the cohorts for `spec` off the input handler, one hospital per macrotask and
 * the hash in a third, so no main-thread task holds all the work (a few ms per
 * 3,000 patients on a laptop; bench/engine/clinical.bench.ts). Same result as prepareLab.
 */
export async function prepareData(spec: CohortSpec): Promise<{ data: LabData; version: string }> {
  const options = { seed: spec.seed, patients: spec.patients, leak: spec.leak / 100 };
  await nextTask();
  const training = generateCohort({ ...options, site: 'training' });
  await nextTask();
  const data = labFromCohorts(spec.seed, options.leak, training, generateCohort({ ...options, site: 'second' }));
  await nextTask();
  return { data, version: datasetVersion(data) };
}
