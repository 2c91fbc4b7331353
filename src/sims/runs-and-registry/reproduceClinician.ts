import type { ClinicianOptions } from '../clinician-in-the-loop/controller.svelte';
import { CLINICIAN_TRAINING } from '../../engine/clinical/training-settings';
import { capture, num, oneOf, onAbort, throwIfCancelled, type Reproducer } from './reproducers';
import { followedClient } from './followTraining';
import { exactly, recordedBackend, sameParams, takeAsRecorded, trainingRefusal } from './refusals';

/**
 * The Clinician-in-the-loop lab's runs, re-run from their record: both hospitals' cohorts from the
 * seed, patients and leak, then the logistic regression on every input (or without the flagged one)
 * fitted by TF.js in the training worker on the recorded backend. The fit starts from zero weights
 * and takes full-batch Adam steps, so the same backend gives the same coefficients and scores; a
 * backend that cannot start here is refused. Progress is the fit's epochs; cancelling stops it at the next
 * batch. `createClient` lets tests run the worker in process.
 */
export function clinicianReproducer(workers: Pick<ClinicianOptions, 'createClient'> = {}): Reproducer {
  return async (run, options = {}) => {
    const [{ scenario, DROP_CHOICES }, { ClinicianController }] = await Promise.all([import('../clinician-in-the-loop/index'), import('../clinician-in-the-loop/controller.svelte')]);
    const p = run.params;
    const backend = recordedBackend(run);
    // The lab fits with fixed settings: a run fitted with others is refused before any work.
    sameParams(Object.fromEntries(Object.keys(CLINICIAN_TRAINING).map((k) => [k, num(p, k)])), CLINICIAN_TRAINING);
    const values = exactly(scenario, { seed: run.seed, patients: num(p, 'patients'), leak: num(p, 'leakPercent'), drop: oneOf(p, 'dropped', DROP_CHOICES) });
    const out = capture();
    throwIfCancelled(options.signal);
    const lab = new ClinicianController(() => values, { createClient: followedClient(workers.createClient, options), backend: () => backend, record: out.record });
    const stopListening = onAbort(options.signal, () => lab.cancel());
    try {
      await lab.setData(values);
      throwIfCancelled(options.signal);
      const fitted = await lab.train(values.drop === 'none' ? 'all' : 'without');
      throwIfCancelled(options.signal);
      if (!fitted) throw trainingRefusal(backend, lab.client?.error, lab.message);
      return takeAsRecorded(out.take, p);
    } finally {
      stopListening();
      lab.dispose();
    }
  };
}
