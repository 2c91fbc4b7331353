import * as tf from '@tensorflow/tfjs';
import { newtonUpdate, type Trainer } from '../drift-stream/fit';
import { COLS } from '../drift-stream/model';

/**
 * The Drift lab's trainer in TF.js on the current backend: the same Newton steps as fitLogisticNewton
 * (src/engine/drift-stream/fit.ts). The inputs, with a column of ones, are uploaded once; each step computes
 * p = σ(X·w), the gradient sum Xᵀ(p − y) and the Hessian sum Xᵀ(p(1 − p) ⊙ X) over all rows on the backend,
 * reads back those (COLS+1) + (COLS+1)² numbers and solves the small system on the CPU (newtonUpdate).
 * Every tensor is released before it resolves.
 */
export const tfDriftTrainer: Trainer = async (data, steps) => {
  const P = COLS + 1;
  const w = new Float64Array(P);
  const [X, y] = tf.tidy(() => [tf.concat([tf.tensor2d(data.x, [data.rows, COLS]), tf.ones([data.rows, 1])], 1), tf.tensor2d(data.y, [data.rows, 1])]);
  try {
    for (let t = 0; t < steps; t++) {
      const [g, H] = tf.tidy(() => {
        const p = tf.sigmoid(tf.matMul(X, tf.tensor2d(Float32Array.from(w), [P, 1])));
        const s = tf.mul(p, tf.sub(1, p));
        return [tf.matMul(X, tf.sub(p, y), true, false), tf.matMul(X, tf.mul(X, s), true, false)];
      });
      const [gv, hv] = await Promise.all([g.data(), H.data()]);
      tf.dispose([g, H]);
      // H is symmetric; newtonUpdate reads its lower triangle.
      newtonUpdate(w, gv, hv, data.rows);
    }
    return w;
  } finally {
    tf.dispose([X, y]);
  }
};
