// How a model is (re)trained: Newton's method (iteratively reweighted least squares) on the mean
// cross-entropy, written once in plain TypeScript (tests and Node) and once with TF.js doing the products
// over all rows (src/engine/training/driftFit.ts, the training worker). Both share newtonUpdate.
import { COLS, type Weights } from './model';

/** A training set: rows × COLS inputs, row-major, and 0/1 outcomes. */
export interface TrainingSet {
  x: Float32Array;
  y: Float32Array;
  rows: number;
}

/** Fits a model from all-zero weights by `steps` Newton steps; resolves with its weights. */
export type Trainer = (data: TrainingSet, steps: number) => Promise<Weights>;

/**
 * Newton settings: a small ridge penalty (λ/2)·|w|² on the coefficients (not the intercept) keeps the
 * Hessian invertible; every fit starts from zero weights (Newton started far from the optimum can
 * diverge) and takes 6 steps, which reach the optimum to float32 precision on these data.
 */
export const FIT = { ridge: 1e-3, steps: 6 } as const;

/**
 * One Newton step for L(w) = mean −[y ln p + (1 − y) ln(1 − p)] + (λ/2)·Σ_k<COLS w_k², p = σ([x, 1]·w),
 * given the sums over rows g = Σ (p − y)·[x, 1] and H = Σ p(1 − p)·[x, 1][x, 1]ᵀ (row-major (COLS+1)²):
 * w ← w − (H/rows + λI′)⁻¹ (g/rows + λw′), solved by Cholesky (I′, w′ without the intercept). Mutates w.
 */
export function newtonUpdate(w: Float64Array, g: ArrayLike<number>, H: ArrayLike<number>, rows: number): void {
  const P = COLS + 1;
  const L = new Float64Array(P * P);
  const b = new Float64Array(P);
  for (let i = 0; i < P; i++) b[i] = g[i] / rows + (i < COLS ? FIT.ridge * w[i] : 0);
  for (let i = 0; i < P; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = H[i * P + j] / rows + (i === j && i < COLS ? FIT.ridge : 0);
      for (let k = 0; k < j; k++) sum -= L[i * P + k] * L[j * P + k];
      L[i * P + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / L[j * P + j];
    }
  }
  for (let i = 0; i < P; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= L[i * P + k] * b[k];
    b[i] = sum / L[i * P + i];
  }
  for (let i = P - 1; i >= 0; i--) {
    let sum = b[i];
    for (let k = i + 1; k < P; k++) sum -= L[k * P + i] * b[k];
    b[i] = sum / L[i * P + i];
  }
  for (let i = 0; i < P; i++) w[i] -= b[i];
}

/** The Newton fit in float64 TypeScript: the exact reference the TF.js trainer is compared with. */
export function fitLogisticNewton(data: TrainingSet, steps: number): Weights {
  const { x, y, rows } = data;
  const C = COLS;
  const P = C + 1;
  const w = new Float64Array(P);
  const g = new Float64Array(P);
  const H = new Float64Array(P * P);
  const row = new Float64Array(P);
  row[C] = 1;
  for (let t = 0; t < steps; t++) {
    g.fill(0);
    H.fill(0);
    for (let r = 0; r < rows; r++) {
      let z = w[C];
      for (let k = 0; k < C; k++) {
        row[k] = x[r * C + k];
        z += w[k] * row[k];
      }
      const p = 1 / (1 + Math.exp(-z));
      const e = p - y[r];
      const s = p * (1 - p);
      for (let i = 0; i < P; i++) {
        g[i] += e * row[i];
        const si = s * row[i];
        for (let j = 0; j <= i; j++) H[i * P + j] += si * row[j];
      }
    }
    newtonUpdate(w, g, H, rows);
  }
  return w;
}

/** fitLogisticNewton as a Trainer (for Node tests and benches). */
export const jsTrainer: Trainer = async (data, steps) => fitLogisticNewton(data, steps);
