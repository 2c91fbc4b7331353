import * as tf from '@tensorflow/tfjs';
import { it } from 'vitest';
import { generateCohort } from '../../src/engine/clinical/cohort';
import { evaluate, prepareLab, trainingInputs } from '../../src/engine/clinical/lab';
import { CLINICIAN_TRAINING } from '../../src/engine/clinical/training-settings';
import { initBackend } from '../../src/engine/training/backends';
import { trainLogistic } from '../../src/engine/training/logistic';
import { datasetVersion } from '../../src/sims/clinician-in-the-loop/data';
import { median, report, timeRuns } from './measure';

// The Clinician-in-the-loop lab's main-thread work (cohorts, dataset hash, scoring at both
// hospitals) and its logistic regression on TF.js's cpu backend in Node. Each main-thread
// step must stay well under 50 ms; the browser benchmark (bench/browser/clinician.mjs)
// times training per backend through the lab itself.
const round = (x: number, d = 2) => Number(x.toFixed(d));

it('measures the clinician lab engine', async () => {
  const out: Record<string, unknown> = {};
  for (const patients of [3_000, 6_000]) {
    const one = timeRuns(() => generateCohort({ seed: 42, patients, site: 'training', leak: 0.75 }));
    const both = timeRuns(() => prepareLab(42, patients, 0.75));
    const data = prepareLab(42, patients, 0.75);
    const hash = timeRuns(() => datasetVersion(data));
    await initBackend('cpu');
    const inputs = trainingInputs(data, null);
    const fit = await trainLogistic({ ...inputs, ...CLINICIAN_TRAINING, seed: 42 });
    fit.model.dispose();
    const model = { columns: inputs.columns, coefficients: fit.coefficients, intercept: fit.intercept, standardizer: data.standardizer };
    const scoring = timeRuns(() => evaluate(model, data));
    const design = timeRuns(() => trainingInputs(data, null));
    const train: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await trainLogistic({ ...inputs, ...CLINICIAN_TRAINING, seed: i });
      r.model.dispose();
      train.push(r.durationMs);
    }
    out[`${patients} patients per hospital`] = {
      'generateCohort, one hospital, median ms': round(median(one)),
      'prepareLab (both hospitals, split, standardizer), median ms': round(median(both)),
      'dataset hash of both cohorts, median ms': round(median(hash)),
      'design matrix for the worker, median ms': round(median(design)),
      'evaluate at both hospitals (AUC, Brier, bins, over-75), median ms': round(median(scoring)),
      [`trainLogistic on cpu (${inputs.rows} rows × ${inputs.cols}, ${CLINICIAN_TRAINING.epochs} epochs), median ms`]: Math.round(median([...train].sort((a, b) => a - b))),
    };
  }
  report('clinical', { backend: tf.getBackend(), ...out });
});
