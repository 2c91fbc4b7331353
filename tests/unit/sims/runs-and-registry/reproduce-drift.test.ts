import { describe, expect, it } from 'vitest';
import type { RunRecord } from '../../../../src/persistence/schema';
import type { NewRun } from '../../../../src/state/runs.svelte';
import { DriftController, type DriftValues } from '../../../../src/sims/drift-lab/controller.svelte';
import { TrainingClient } from '../../../../src/state/training.svelte';
import type { BackendRequest } from '../../../../src/workers/protocol';
import { driftReproducer } from '../../../../src/sims/runs-and-registry/reproduceDrift';
import { checkReproduction } from '../../../../src/sims/runs-and-registry/reproduce';
import { ReproduceCancelled, ReproduceError } from '../../../../src/sims/runs-and-registry/reproducers';
import { inProcessTrainingWorker } from '../complaint-classifier-lab/workers';

const createClient = (backend: BackendRequest) => new TrainingClient({ backend, createWorker: () => inProcessTrainingWorker() });
/** The smallest stream, on-drift retraining with a shadow, every drift on: a short year that still retrains in TF.js. */
const values: DriftValues = { seed: 7, events: 50, delay: 2, shadow: 2, policy: 'drift', line: 'scaled', sudden: true, gradual: true, recurring: true, concept: true, broken: true };

/** Runs the year as the learner does (the lab's own controller, cpu backend) and returns its stored record. */
async function original(): Promise<RunRecord> {
  const recorded: NewRun[] = [];
  const lab = new DriftController(() => values, { backend: () => 'cpu', createClient, record: async (r) => void recorded.push(r) });
  try {
    await lab.runOne();
  } finally {
    lab.dispose();
  }
  expect(recorded).toHaveLength(1);
  return { ...recorded[0], id: 'd1', createdAt: 0 };
}

describe('drift lab reproducer', () => {
  it('re-runs a year on the recorded backend (cpu) to identical metrics, dataset and accuracy curve', { timeout: 120_000 }, async () => {
    const run = await original();
    const progress: [number, number, string | undefined][] = [];
    const again = await driftReproducer({ createClient })(run, { onProgress: (done, total, text) => progress.push([done, total, text]) });
    // Day reports (the worker sends one at most every 100 ms) in order, of one total, ending on the year's last day.
    const total = progress[0][1];
    const days = progress.map(([day]) => day);
    expect(days[0]).toBe(1);
    expect(days.every((d, i) => i === 0 || d > days[i - 1])).toBe(true);
    expect(progress.every(([, of]) => of === total)).toBe(true);
    expect(progress.at(-1)).toEqual([total, total, `Re-running: day ${total} of ${total}`]);
    expect(total).toBe(run.curves!.accuracy.length);
    const check = checkReproduction(run, again);
    expect(check.checks.filter((c) => !c.same && !c.timing)).toEqual([]);
    expect(check.identical && check.sameBackend && check.sameSettings && check.sameDataset).toBe(true);
    expect(again.curves).toEqual(run.curves);
    expect(run.metrics.retrains).toBeGreaterThan(0);
  });

  it('refuses a backend that cannot start here, and tampered or out-of-bounds settings, before running a year', { timeout: 60_000 }, async () => {
    const run = await original();
    const reproduce = driftReproducer({ createClient });
    const refused: [RunRecord, RegExp][] = [
      [{ ...run, backend: 'webgl' }, /recorded on the webgl backend, which cannot start in this browser now\. Its numbers only repeat on the same backend/],
      [{ ...run, backend: 'js' }, /a backend this app does not have \(“js”\)/],
      [{ ...run, params: { ...run.params, sessionsPerDay: 20 } }, /outside the lab's bounds: Sessions a day: 20 is below the minimum; using 50/],
      [{ ...run, params: { ...run.params, sessionsPerDay: 50.5 } }, /“Sessions a day” \(50\.5\) is not a value the lab can be set to/],
      [{ ...run, params: { ...run.params, policy: 'weekly' } }, /“policy” is not one the lab knows/],
      [{ ...run, params: { ...run.params, conceptDrift: 'yes' } }, /no yes\/no value for “conceptDrift”/],
    ];
    for (const [bad, message] of refused) {
      const error = await reproduce(bad).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ReproduceError);
      expect((error as Error).message).toMatch(message);
    }
  });

  it('stops a year when its signal is aborted: rejects as cancelled, with no run, before the year ends', { timeout: 60_000 }, async () => {
    const run = await original();
    const abort = new AbortController();
    const days: number[] = [];
    const outcome = await driftReproducer({ createClient })(run, {
      signal: abort.signal,
      onProgress: (day) => {
        days.push(day);
        abort.abort();
      },
    }).then(
      (again) => ({ again }),
      (error: unknown) => ({ error }),
    );
    expect(outcome).toEqual({ error: expect.any(ReproduceCancelled) });
    // Aborted on its first report (day 1): the worker stops between days, well before the year's end.
    expect(days[0]).toBe(1);
    expect(days.at(-1)!).toBeLessThan(run.curves!.accuracy.length);
  });

  it('runs nothing for a signal aborted before it starts', async () => {
    const run = await original();
    const abort = new AbortController();
    abort.abort();
    const progress: number[] = [];
    await expect(driftReproducer({ createClient })(run, { signal: abort.signal, onProgress: (d) => progress.push(d) })).rejects.toBeInstanceOf(ReproduceCancelled);
    expect(progress).toEqual([]);
  });
});
