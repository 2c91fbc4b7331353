import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../../../src/persistence/schema';
import type { NewRun } from '../../../../src/state/runs.svelte';
import { ClinicianController } from '../../../../src/sims/clinician-in-the-loop/controller.svelte';
import { TrainingClient } from '../../../../src/state/training.svelte';
import type { BackendRequest } from '../../../../src/workers/protocol';
import { clinicianReproducer } from '../../../../src/sims/runs-and-registry/reproduceClinician';
import { checkReproduction } from '../../../../src/sims/runs-and-registry/reproduce';
import { ReproduceCancelled, ReproduceError } from '../../../../src/sims/runs-and-registry/reproducers';
import { inProcessTrainingWorker } from '../complaint-classifier-lab/workers';
import { reactiveValues } from '../clinician-in-the-loop/values.svelte';

const createClient = (backend: BackendRequest) => new TrainingClient({ backend, createWorker: () => inProcessTrainingWorker() });
const cohort = { seed: 23, patients: 800, leak: 60 };

/** The model on every input, then the one without the flagged weekday, trained as the learner does (cpu backend). */
async function originals(): Promise<RunRecord[]> {
  const values = reactiveValues({ ...cohort, drop: 'none' });
  const recorded: NewRun[] = [];
  const lab = new ClinicianController(values.get, { backend: () => 'cpu', createClient, record: async (r) => void recorded.push(r) });
  try {
    await lab.setData(cohort);
    await lab.train('all');
    values.set({ drop: 'weekday' });
    await lab.train('without');
  } finally {
    lab.dispose();
  }
  return recorded.map((r, i) => ({ ...r, id: `c${i}`, createdAt: 0 }));
}

describe('clinician-in-the-loop reproducer', () => {
  it('re-trains both models on the recorded backend (cpu) to identical scores and loss curves', { timeout: 120_000 }, async () => {
    const runs = await originals();
    expect(runs.map((r) => r.params.dropped)).toEqual(['none', 'weekday']);
    const reproduce = clinicianReproducer({ createClient });
    for (const run of runs) {
      const progress: [number, number, string | undefined][] = [];
      const again = await reproduce(run, { onProgress: (done, total, text) => progress.push([done, total, text]) });
      // One report per epoch, in order, of the recorded epochs.
      expect(progress).toEqual(Array.from({ length: 100 }, (_, i) => [i + 1, 100, `Re-running: epoch ${i + 1} of 100`]));
      const check = checkReproduction(run, again);
      expect(check.checks.filter((c) => !c.same && !c.timing)).toEqual([]);
      expect(check.identical && check.sameBackend && check.sameSettings && check.sameDataset).toBe(true);
      expect(again.curves).toEqual(run.curves);
      expect(run.curves?.loss?.length).toBeGreaterThan(1);
    }
  });

  it('refuses a backend that cannot start here, another fitting recipe, and settings out of bounds', { timeout: 60_000 }, async () => {
    const [all] = await originals();
    const reproduce = clinicianReproducer({ createClient });
    const refused: [RunRecord, RegExp][] = [
      [{ ...all, backend: 'webgl' }, /recorded on the webgl backend, which cannot start in this browser now/],
      [{ ...all, backend: 'tpu' }, /a backend this app does not have \(“tpu”\)/],
      [{ ...all, params: { ...all.params, epochs: 50 } }, /has changed since this run: .* as 100, where the run had 50/],
      [{ ...all, params: { ...all.params, leakPercent: 150 } }, /outside the lab's bounds: .*150 is above the maximum/],
      [{ ...all, params: { ...all.params, dropped: 'shoe size' } }, /“dropped” is not one the lab knows/],
    ];
    for (const [run, message] of refused) {
      const error = await reproduce(run).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ReproduceError);
      expect((error as Error).message).toMatch(message);
    }
  });

  it('stops the fit when its signal is aborted: rejects as cancelled with no run, and the client is usable again', { timeout: 60_000 }, async () => {
    const [all] = await originals();
    const abort = new AbortController();
    const epochs: number[] = [];
    const reproduce = clinicianReproducer({ createClient });
    const stopped = reproduce(all, {
      signal: abort.signal,
      onProgress: (epoch) => {
        epochs.push(epoch);
        if (epoch === 5) abort.abort();
      },
    });
    await expect(stopped).rejects.toBeInstanceOf(ReproduceCancelled);
    expect(epochs.slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(epochs.at(-1)!).toBeLessThan(100);
    // A fresh re-run after the cancel goes through to the same numbers.
    expect(checkReproduction(all, await reproduce(all)).identical).toBe(true);
  });
});
