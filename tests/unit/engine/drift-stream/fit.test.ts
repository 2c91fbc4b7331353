import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIT, fitLogisticNewton } from '../../../../src/engine/drift-stream/fit';
import { COLS, trainingRows } from '../../../../src/engine/drift-stream/model';
import { generateStream } from '../../../../src/engine/drift-stream/stream';
import { tfDriftTrainer } from '../../../../src/engine/training/driftFit';

const s = generateStream(42, 200, { sudden: true, gradual: true, recurring: true, concept: true, brokenExports: true });
const data = trainingRows(s, 100, 106);

/** Gradient of the penalised mean cross-entropy at w, in float64. */
function gradient(w: Float64Array): Float64Array {
  const g = new Float64Array(COLS + 1);
  for (let r = 0; r < data.rows; r++) {
    let z = w[COLS];
    for (let k = 0; k < COLS; k++) z += w[k] * data.x[r * COLS + k];
    const e = 1 / (1 + Math.exp(-z)) - data.y[r];
    for (let k = 0; k < COLS; k++) g[k] += e * data.x[r * COLS + k];
    g[COLS] += e;
  }
  return g.map((v, k) => v / data.rows + (k < COLS ? FIT.ridge * w[k] : 0));
}

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

describe('the Newton fit', () => {
  it(`reaches the optimum in ${FIT.steps} steps from zero (gradient below 1e-10)`, () => {
    const w = fitLogisticNewton(data, FIT.steps);
    expect(Math.max(...gradient(w).map(Math.abs))).toBeLessThan(1e-10);
  });

  it('in TF.js gives the float64 fit’s weights to 1e-4 and leaves no tensor behind', async () => {
    const before = tf.memory().numTensors;
    const w = await tfDriftTrainer(data, FIT.steps);
    const ref = fitLogisticNewton(data, FIT.steps);
    w.forEach((v, k) => expect(Math.abs(v - ref[k])).toBeLessThan(1e-4));
    expect(tf.memory().numTensors).toBe(before);
  });
});
