import { describe, expect, it } from 'vitest';
import { DAYS } from '../../../../src/engine/drift-stream/config';
import { jsTrainer } from '../../../../src/engine/drift-stream/fit';
import { runYear } from '../../../../src/engine/drift-stream/year';
import { DriftController, yearSpec, type DriftValues } from '../../../../src/sims/drift-lab/controller.svelte';
import { takeaway } from '../../../../src/sims/drift-lab/takeaway';
import type { NewRun } from '../../../../src/state/runs.svelte';
import { TrainingClient } from '../../../../src/state/training.svelte';
import type { WorkerLike } from '../../../../src/state/training/channel';
import { createTrainingHost } from '../../../../src/workers/training-host';
import type { WorkerRequest } from '../../../../src/workers/protocol';
import { reactiveValues } from './values.svelte';
import { driftMessages } from '../../../../src/messages/drift-lab';

/** The real training host in this thread on the cpu backend, behind a Worker-shaped object. */
function inProcessWorker(): WorkerLike {
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => {
      const msg = structuredClone(message) as WorkerRequest;
      setTimeout(() => host.handle(msg), 0);
    },
    terminate: () => {},
  };
  const host = createTrainingHost((reply) => setTimeout(() => worker.onmessage?.({ data: structuredClone(reply) } as MessageEvent), 0));
  return worker;
}

const defaults: DriftValues = { seed: 42, events: 50, delay: 3, shadow: 3, policy: 'drift', line: 'scaled', sudden: true, gradual: true, recurring: true, concept: true, broken: true };

describe('DriftController', () => {
  it('runs all three policies in the worker, fills the comparison and records each year as a run', { timeout: 120_000 }, async () => {
    const values = reactiveValues(defaults);
    const recorded: NewRun[] = [];
    const lab = new DriftController(values.get, {
      backend: () => 'cpu',
      createClient: (backend) => new TrainingClient({ backend, createWorker: inProcessWorker }),
      record: async (run) => void recorded.push(run),
    });
    await lab.runAll();
    expect(lab.summaries.map((s) => s.policy)).toEqual(['never', 'daily', 'drift']);
    expect(lab.shown?.year.spec.policy).toBe('drift');
    const reference = await runYear(yearSpec(defaults, 'daily'), jsTrainer);
    expect(lab.summaries[1].summary).toEqual(reference.summary);
    expect(recorded.map((r) => r.params.policy)).toEqual(['never', 'daily', 'drift']);
    for (const r of recorded) {
      expect(r).toMatchObject({ lab: 'drift-lab', model: 'logistic-regression', seed: 42, backend: 'cpu', datasetVersion: reference.datasetVersion });
      expect(r.curves?.accuracy).toHaveLength(DAYS);
    }
    expect(lab.takeaway).toContain('Retraining every day');
    // Another setting is another comparison: nothing is shown for it until it runs.
    values.set({ shadow: 0 });
    expect(lab.summaries).toEqual([]);
    expect(lab.shown).toBeNull();
    lab.dispose();
  });
});

describe('DriftController cancel', () => {
  it('honours a Cancel pressed before the first year has its worker: no year runs and it says so', async () => {
    const recorded: NewRun[] = [];
    const lab = new DriftController(reactiveValues(defaults).get, {
      backend: () => new Promise((resolve) => setTimeout(() => resolve('cpu'), 20)),
      createClient: (backend) => new TrainingClient({ backend, createWorker: inProcessWorker }),
      record: async (run) => void recorded.push(run),
    });
    const running = lab.runAll();
    expect(lab.client).toBeNull();
    lab.cancel();
    await running;
    expect(lab.message).toBe(driftMessages.run.cancelled);
    expect(lab.summaries).toEqual([]);
    expect(lab.busy).toBe(false);
    expect(recorded).toEqual([]);
    lab.dispose();
  });
});

describe('the takeaway', () => {
  const summary = (o: Partial<Record<string, number>>) => ({ meanAccuracy: 0.75, minAccuracy: 0.6, retrains: 0, promotions: 0, incidentDays: 0, alarmDays: 0, badCaught: 0, badShipped: 0, rejected: 0, ...o });
  const spec = yearSpec(defaults);

  it('is empty before any year has run', () => {
    expect(takeaway({}, spec)).toBe('');
  });

  it('is written from the learner’s numbers, and names broken models shipped without a shadow', () => {
    const text = takeaway(
      {
        never: { year: { summary: summary({ meanAccuracy: 0.698, incidentDays: 151 }) } },
        daily: { year: { summary: summary({ meanAccuracy: 0.748, incidentDays: 17, retrains: 365, badShipped: 6 }) } },
        drift: { year: { summary: summary({ meanAccuracy: 0.746, incidentDays: 21, retrains: 27 }) } },
      },
      { ...spec, shadowDays: 0 },
    );
    expect(text).toBe(
      'Never retraining: mean accuracy 69.8%, 151 incident days. Retraining every day: 74.8%, 17 incident days, for 365 retrains. ' +
        'Retraining on drift: 74.6%, 21 incident days, for 27 retrains. Drift triggers matched the daily schedule within half a point for 7% of its compute. ' +
        '6 models trained on a broken export went into service, because nothing scored them on live traffic first.',
    );
  });
});
