import type { RunRecord } from '../../persistence/schema';
import type { NewRun } from '../../state/runs.svelte';
import { clampScenario, type ParamSpecs, type ScenarioSpec, type ScenarioValues } from '../../lib/scenario';
import { isBackendName, type BackendName } from '../../engine/training/backend-policy';
import type { TrainingFailure } from '../../state/training.svelte';
import { fieldLabel, formatField } from '../../messages/run-fields';
import { runsMessages } from '../../messages/runs-and-registry';
import { num, ReproduceError, type Params } from './reproducers';

// Checks a reproducer makes so that a record is refused, never silently adjusted: a setting the lab
// cannot take, a lab that has changed since the run, a backend that is unknown or cannot start here.

const refuse = runsMessages.refuse;

/** A fraction the lab sets in whole percent, as that percent (0.15 → 15); a fraction between two steps is refused. */
export function wholePercent(p: Params, key: string): number {
  const fraction = num(p, key);
  const percent = Math.round(fraction * 100);
  if (Math.abs(fraction * 100 - percent) > 1e-9) throw new ReproduceError(refuse.notASetting(fieldLabel(key), fraction));
  return percent;
}

/**
 * bounded(), also refusing a number the lab would round to another value (to a whole number, or to
 * its slider's step): a setting the lab cannot be set to is not the recorded run.
 */
export function exactly<S extends ParamSpecs>(spec: ScenarioSpec<S>, raw: Record<string, unknown>): ScenarioValues<S> {
  const values = bounded(spec, raw) as Record<string, unknown>;
  for (const [key, v] of Object.entries(raw)) {
    if (typeof v === 'number' && Object.hasOwn(spec.params, key) && values[key] !== v) throw new ReproduceError(refuse.notASetting(spec.params[key].label, v));
  }
  return values as ScenarioValues<S>;
}

/**
 * Refuses a re-run whose lab records other params for the recorded settings than the run had
 * (a constant of the lab, such as its holdout length, has changed since).
 */
export function sameParams(recorded: Params, made: Params): void {
  const keys = new Set([...Object.keys(recorded), ...Object.keys(made)]);
  keys.delete('reproducedFrom');
  for (const key of keys) {
    const was = Object.hasOwn(recorded, key) ? recorded[key] : undefined;
    const now = Object.hasOwn(made, key) ? made[key] : undefined;
    if (!Object.is(was, now)) throw new ReproduceError(refuse.labChanged(fieldLabel(key), shown(key, was), shown(key, now)));
  }
}

/** The run the lab recorded in a re-run (`take` from capture()), refused unless it has the recorded params. */
export function takeAsRecorded(take: () => NewRun, recorded: Params): NewRun {
  const again = take();
  sameParams(recorded, again.params);
  return again;
}

const shown = (key: string, v: Params[string] | undefined) => (v === undefined ? '–' : formatField(key, v));

/** The TF.js backend a run was recorded on; a name the app does not know is refused. */
export function recordedBackend(run: RunRecord): BackendName {
  if (!isBackendName(run.backend)) throw new ReproduceError(refuse.unknownBackend(run.backend));
  return run.backend;
}

/** A TF.js lab's failure as a refusal: the recorded backend not starting here is said as such. */
export function trainingRefusal(backend: BackendName, failure: TrainingFailure | null | undefined, message: string): ReproduceError {
  return new ReproduceError(failure?.code === 'backend-unavailable' ? refuse.backendUnavailable(backend) : message || (failure?.message ?? ''));
}

/** The lab's settings for these raw values, refusing (rather than clamping) any that are out of bounds. */
export function bounded<S extends ParamSpecs>(spec: ScenarioSpec<S>, raw: Record<string, unknown>): ScenarioValues<S> {
  const { values, notices } = clampScenario(spec, raw);
  if (notices.length > 0) throw new ReproduceError(`The record's settings are outside the lab's bounds: ${notices[0].message}`);
  return values;
}
