import { describe, expect, it } from 'vitest';
import type { NewRun } from '../../../../src/state/runs.svelte';
import { TrainingClient } from '../../../../src/state/training.svelte';
import { ClinicianController } from '../../../../src/sims/clinician-in-the-loop/controller.svelte';
import { inProcessTrainingWorker } from '../complaint-classifier-lab/workers';
import { reactiveValues } from './values.svelte';
import { clinicianMessages } from '../../../../src/messages/clinician-in-the-loop';

function setup(seed = 42) {
  const values = reactiveValues({ seed, patients: 3000, leak: 75, drop: 'none' });
  const recorded: NewRun[] = [];
  const lab = new ClinicianController(values.get, {
    backend: () => 'cpu',
    createClient: (backend) => new TrainingClient({ backend, createWorker: () => inProcessTrainingWorker() }),
    record: async (run) => void recorded.push(run),
  });
  return { lab, values, recorded };
}

describe('ClinicianController', () => {
  it('honours a Cancel pressed before the first training has its worker (the backend setting still being read)', { timeout: 90_000 }, async () => {
    const recorded: NewRun[] = [];
    let created = 0;
    const values = reactiveValues({ seed: 42, patients: 500, leak: 75, drop: 'none' });
    const lab = new ClinicianController(values.get, {
      backend: () => new Promise((resolve) => setTimeout(() => resolve('cpu'), 20)),
      createClient: (backend) => (created++, new TrainingClient({ backend, createWorker: () => inProcessTrainingWorker() })),
      record: async (run) => void recorded.push(run),
    });
    await lab.setData({ seed: 42, patients: 500, leak: 75 });
    const training = lab.train('all');
    expect(lab.client).toBeNull();
    lab.cancel();
    expect(await training).toBeNull();
    expect(lab.message).toBe(clinicianMessages.train.cancelled);
    expect(lab.training).toBeNull();
    expect(lab.all).toBeNull();
    expect(recorded).toEqual([]);
    // The next training is not cancelled by the old press.
    expect(await lab.train('all')).not.toBeNull();
    expect(created).toBe(1);
    expect(recorded).toHaveLength(1);
    lab.cancel(); // nothing is training: a stray press changes nothing
    expect(await lab.train('all')).not.toBeNull();
    lab.dispose();
  });

  it('tells the leak story on the default cohort: better at the training hospital, worse at the second', { timeout: 90_000 }, async () => {
    const { lab, values, recorded } = setup();
    await lab.setData({ seed: 42, patients: 3000, leak: 75 });
    expect(lab.version).toMatch(/^[0-9a-f]{16}$/);
    expect(lab.review).toHaveLength(8);
    expect(await lab.train('without')).toBeNull(); // nothing flagged yet

    const all = await lab.train('all');
    expect(all).not.toBeNull();
    expect(lab.all).toBe(all);
    values.set({ drop: 'weekday' });
    expect(lab.dropped).toBe('weekday');
    const without = await lab.train('without');
    expect(lab.without).toBe(without);

    const a = all!.evaluation;
    const w = without!.evaluation;
    expect(a.holdout.auc).toBeGreaterThan(w.holdout.auc + 0.05); // the leak looks good at home
    expect(a.second.auc).toBeLessThan(w.second.auc - 0.05); // and fails away
    expect(a.second.brier).toBeGreaterThan(w.second.brier);
    expect(a.second.ece).toBeGreaterThan(w.second.ece);
    expect(a.second.older.gap).toBeLessThan(w.second.older.gap); // under-estimates the over-75s more
    expect(a.second.older.gap).toBeLessThan(-0.05);
    expect(lab.winner).toBe('without');

    expect(lab.revealed).toBe(false);
    lab.reveal(); // no prediction yet: nothing happens
    expect(lab.revealed).toBe(false);
    lab.prediction = 'all';
    lab.reveal();
    expect(lab.revealed).toBe(true);
    expect(lab.takeaway).toContain(`AUC ${a.holdout.auc.toFixed(3)} against ${w.holdout.auc.toFixed(3)}`);
    expect(lab.takeaway).toContain('You predicted “The model with every input”');

    expect(recorded).toHaveLength(2);
    // Each run keeps its per-epoch training loss for overlaid comparison.
    for (const run of recorded) expect(run.curves?.loss?.length).toBeGreaterThan(1);
    expect(recorded[0]).toMatchObject({ lab: 'clinician-in-the-loop', model: 'logistic-regression', backend: 'cpu', seed: 42, datasetVersion: lab.version, params: { dropped: 'none', inputs: 9 } });
    expect(recorded[1]).toMatchObject({ params: { dropped: 'weekday', inputs: 8 }, metrics: { auc: w.holdout.auc, brier: w.holdout.brier, aucSecond: w.second.auc, brierSecond: w.second.brier } });

    // Flagging another input hides the pair (and the reveal) until that model is trained.
    values.set({ drop: 'age' });
    expect(lab.without).toBeNull();
    expect(lab.revealed).toBe(false);
    lab.dispose();
  });

  it('gives the same numbers for the same seed on the same backend, and drops results when the cohort changes', { timeout: 90_000 }, async () => {
    const first = setup();
    const second = setup();
    await first.lab.setData({ seed: 42, patients: 3000, leak: 75 });
    await second.lab.setData({ seed: 42, patients: 3000, leak: 75 });
    expect(second.lab.version).toBe(first.lab.version);
    const a = await first.lab.train('all');
    const b = await second.lab.train('all');
    expect(b!.model.coefficients).toEqual(a!.model.coefficients);
    expect(b!.evaluation).toEqual(a!.evaluation);

    await first.lab.setData({ seed: 43, patients: 3000, leak: 75 });
    expect(first.lab.version).not.toBe(second.lab.version);
    expect(first.lab.all).toBeNull();
    first.lab.dispose();
    second.lab.dispose();
  });
});
