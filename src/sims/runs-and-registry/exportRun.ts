import type { RunRecord } from '../../persistence/schema';
import { INTERACTIVE_NAMES, isInteractiveId } from '../../content/interactiveIds';

/** The file one exported run becomes: the record itself, with the lab's name and a format tag. */
export interface RunFile {
  format: 'ml-that-works-run';
  version: 1;
  labName: string;
  run: RunRecord;
}

/** The JSON text of one run's file: lab, params, seed, dataset version, metrics, curves, backend, duration, time. */
export function runFileText(run: RunRecord): string {
  const file: RunFile = {
    format: 'ml-that-works-run',
    version: 1,
    labName: isInteractiveId(run.lab) ? INTERACTIVE_NAMES[run.lab] : run.lab,
    run,
  };
  return JSON.stringify(file, null, 2);
}

/** A file name for the run: lab id and the time it was recorded, e.g. `run-ab-test-lab-2026-11-30T08-12-00.json`. */
export function runFileName(run: RunRecord): string {
  const when = new Date(run.createdAt).toISOString().slice(0, 19).replace(/:/g, '-');
  return `run-${run.lab.replace(/[^\w-]/g, '')}-${when}.json`;
}
