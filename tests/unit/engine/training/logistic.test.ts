import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCohort } from '../../../../src/engine/clinical/cohort';
import { keptColumns } from '../../../../src/engine/clinical/features';
import { designMatrix, fitStandardizer, outcomes, splitRows } from '../../../../src/engine/clinical/prepare';
import { trainLogistic } from '../../../../src/engine/training/logistic';
import { predictRows } from '../../../../src/engine/training/predict';
import { CLINICIAN_TRAINING } from '../../../../src/engine/clinical/training-settings';

const cohort = generateCohort({ seed: 42, patients: 3000, site: 'training', leak: 0.75 });
const { train, holdout } = splitRows(cohort.rows);
const s = fitStandardizer(cohort, train);
const cols = keptColumns(null);
const data = { x: designMatrix(cohort, train, cols, s), rows: train.to - train.from, cols: cols.length, y: outcomes(cohort, train) };
const job = { ...data, ...CLINICIAN_TRAINING, seed: 1 };

/** Maximum-likelihood logistic regression by Newton–Raphson in float64: the answer gradient descent should approach. */
function newton(x: Float32Array, y: Int32Array, rows: number, k: number): number[] {
  const d = k + 1;
  let beta = new Array<number>(d).fill(0);
  for (let it = 0; it < 25; it++) {
    const g = new Array<number>(d).fill(0);
    const h = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let r = 0; r < rows; r++) {
      const row = [1, ...Array.from(x.subarray(r * k, r * k + k))];
      const p = 1 / (1 + Math.exp(-row.reduce((a, v, j) => a + v * beta[j], 0)));
      for (let i = 0; i < d; i++) {
        g[i] += (y[r] - p) * row[i];
        for (let j = 0; j < d; j++) h[i][j] += p * (1 - p) * row[i] * row[j];
      }
    }
    // Solve h · step = g by Gaussian elimination.
    const a = h.map((row, i) => [...row, g[i]]);
    for (let c = 0; c < d; c++) {
      const piv = a.reduce((best, row, i) => (i >= c && Math.abs(row[c]) > Math.abs(a[best][c]) ? i : best), c);
      [a[c], a[piv]] = [a[piv], a[c]];
      for (let i = 0; i < d; i++) if (i !== c) for (let j = d; j >= c; j--) a[i][j] -= (a[i][c] / a[c][c]) * a[c][j];
    }
    beta = beta.map((b, i) => b + a[i][d] / a[i][i]);
  }
  return beta;
}

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
  (await trainLogistic({ ...job, epochs: 1 })).model.dispose(); // registers lazily-created globals
});

describe('logistic regression in TF.js', () => {
  it('lands near the maximum-likelihood coefficients', async () => {
    const r = await trainLogistic(job);
    r.model.dispose();
    const [b0, ...w] = newton(data.x, data.y, data.rows, data.cols);
    expect(r.intercept).toBeCloseTo(b0, 1);
    r.coefficients.forEach((c, i) => expect(Math.abs(c - w[i]), `coefficient ${i}`).toBeLessThan(0.04));
    expect(r.history.loss).toHaveLength(CLINICIAN_TRAINING.epochs);
    expect(r.history.loss.at(-1)!).toBeLessThan(r.history.loss[0]);
  });

  it('gives identical coefficients for the same seed and backend', async () => {
    const a = await trainLogistic(job);
    const b = await trainLogistic(job);
    a.model.dispose();
    b.model.dispose();
    expect(b.coefficients).toEqual(a.coefficients);
    expect(b.intercept).toBe(a.intercept);
    expect(b.history).toEqual(a.history);
  });

  it('predicts σ(w·x + b) in the model, as the coefficients say', async () => {
    const r = await trainLogistic({ ...job, epochs: 3 });
    const hx = designMatrix(cohort, holdout, cols, s);
    const rows = holdout.to - holdout.from;
    const p = await predictRows(r.model, hx, rows, cols.length);
    r.model.dispose();
    for (const i of [0, 5, rows - 1]) {
      const t = r.intercept + r.coefficients.reduce((a, c, j) => a + c * hx[i * cols.length + j], 0);
      expect(p[i]).toBeCloseTo(1 / (1 + Math.exp(-t)), 5);
    }
  });

  it('scores a validation set each epoch and refuses labels other than 0/1', async () => {
    const hx = designMatrix(cohort, holdout, cols, s);
    const r = await trainLogistic({ ...job, epochs: 2, validation: { x: hx, rows: holdout.to - holdout.from, y: outcomes(cohort, holdout) } });
    r.model.dispose();
    expect(r.history.valLoss).toHaveLength(2);
    expect(r.history.valAcc[1]).toBeGreaterThan(0.7);
    await expect(trainLogistic({ ...job, y: data.y.map((v) => v * 2) })).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('returns tensor memory to its baseline after train → predict → dispose, cancelled runs included', async () => {
    const baseline = tf.memory().numTensors;
    for (let i = 0; i < 5; i++) {
      const r = await trainLogistic({ ...job, epochs: 2, seed: i, validation: { ...data } });
      await predictRows(r.model, data.x, data.rows, data.cols);
      r.model.dispose();
      let n = 0;
      const c = await trainLogistic({ ...job, onBatch: () => n++, shouldStop: () => n >= 3 });
      expect(c.stopped).toBe(true);
      c.model.dispose();
    }
    expect(tf.memory().numTensors).toBe(baseline);
  });
});
