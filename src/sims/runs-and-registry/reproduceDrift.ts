import type { DriftOptions } from '../drift-lab/controller.svelte';
import { POLICIES, THRESHOLD_MODES } from '../../engine/drift-stream/config';
import { bool, capture, num, oneOf, onAbort, throwIfCancelled, type Reproducer } from './reproducers';
import { followedClient } from './followTraining';
import { exactly, recordedBackend, takeAsRecorded, trainingRefusal } from './refusals';

/**
 * The Drift lab's runs, re-run from their record: the same simulated year (stream, label delay,
 * shadow days, policy, alarm line, drifts switched on) under the lab's controller, its retrains
 * fitted by TF.js in the training worker on the backend the run was recorded on, never another:
 * the stream and the fits are seeded, so only the backend's arithmetic could change the numbers.
 * A backend that cannot start here is refused. Progress is the year's days; cancelling stops the year between
 * two days. `createClient` lets tests run the worker in process.
 */
export function driftReproducer(workers: Pick<DriftOptions, 'createClient'> = {}): Reproducer {
  return async (run, options = {}) => {
    const [{ scenario }, { DriftController }] = await Promise.all([import('../drift-lab/index'), import('../drift-lab/controller.svelte')]);
    const p = run.params;
    const backend = recordedBackend(run);
    const values = exactly(scenario, {
      seed: run.seed,
      events: num(p, 'sessionsPerDay'),
      delay: num(p, 'labelDelayDays'),
      shadow: num(p, 'shadowDays'),
      policy: oneOf(p, 'policy', POLICIES),
      line: oneOf(p, 'psiAlarmLine', THRESHOLD_MODES),
      sudden: bool(p, 'suddenDrift'),
      gradual: bool(p, 'gradualDrift'),
      recurring: bool(p, 'recurringDrift'),
      concept: bool(p, 'conceptDrift'),
      broken: bool(p, 'brokenExports'),
    });
    const out = capture();
    throwIfCancelled(options.signal);
    const lab = new DriftController(() => values, { createClient: followedClient(workers.createClient, options), backend: () => backend, record: out.record });
    const stopListening = onAbort(options.signal, () => lab.cancel());
    try {
      await lab.runOne();
      throwIfCancelled(options.signal);
      if (!lab.shown) throw trainingRefusal(backend, lab.client?.error, lab.message);
      return takeAsRecorded(out.take, p);
    } finally {
      stopListening();
      lab.dispose();
    }
  };
}
