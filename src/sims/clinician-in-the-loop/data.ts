import { prepareLab, type LabData } from '../../engine/clinical/lab';
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
 * Draws the cohorts for `spec` off the input handler: one macrotask to start and
 * one for the hash, so no single main-thread task holds all the work (about 10 ms
 * per 3,000 patients per hospital on a laptop).
 */
export async function prepareData(spec: CohortSpec): Promise<{ data: LabData; version: string }> {
  await nextTask();
  const data = prepareLab(spec.seed, spec.patients, spec.leak / 100);
  await nextTask();
  return { data, version: datasetVersion(data) };
}
