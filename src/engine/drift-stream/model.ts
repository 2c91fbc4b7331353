// The recommender's model: logistic regression on ten inputs encoded from a session, scored in plain TypeScript.
import { dayStart, LOG_WATCH_MEAN, LOG_WATCH_SD, type Stream } from './stream';

/**
 * Model inputs per session: z = standardised ln(watch minutes), sin and cos of the hour on a 24 h circle,
 * one-hot device (mobile, laptop, tablet; TV is the baseline) and genre (comedy, action, documentary, kids;
 * drama is the baseline).
 */
export const MODEL_COLUMNS = ['watchZ', 'hourSin', 'hourCos', 'mobile', 'laptop', 'tablet', 'comedy', 'action', 'documentary', 'kids'] as const;
export const COLS = MODEL_COLUMNS.length;

/** Weights of one model: COLS coefficients (change in log-odds per unit input) then the intercept. */
export type Weights = Float64Array;

const TAU = 2 * Math.PI;

/** Writes event i's COLS inputs into `out` at `offset` (out must have room). */
export function encodeEvent(s: Stream, i: number, out: Float32Array | Float64Array, offset: number): void {
  out[offset] = (Math.log(s.watch[i]) - LOG_WATCH_MEAN) / LOG_WATCH_SD;
  out[offset + 1] = Math.sin((TAU * s.hour[i]) / 24);
  out[offset + 2] = Math.cos((TAU * s.hour[i]) / 24);
  for (let k = 3; k < COLS; k++) out[offset + k] = 0;
  const dev = s.device[i];
  if (dev > 0) out[offset + 2 + dev] = 1;
  const gen = s.genre[i];
  if (gen > 0) out[offset + 5 + gen] = 1;
}

/** Rows × COLS inputs (row-major) and 0/1 outcomes of days [from, to] inclusive, labels as recorded. */
export function trainingRows(s: Stream, from: number, to: number): { x: Float32Array; y: Float32Array; rows: number } {
  const n = s.eventsPerDay;
  const rows = (to - from + 1) * n;
  const x = new Float32Array(rows * COLS);
  const y = new Float32Array(rows);
  const first = dayStart(from, n);
  for (let r = 0; r < rows; r++) {
    encodeEvent(s, first + r, x, r * COLS);
    y[r] = s.label[first + r];
  }
  return { x, y, rows };
}

/** Log-odds of the model for row r of a row-major input matrix. */
export function logitOfRow(w: Weights, x: ArrayLike<number>, r: number): number {
  let z = w[COLS];
  for (let k = 0; k < COLS; k++) z += w[k] * x[r * COLS + k];
  return z;
}

/** A model's results on one day: sessions it got right (against the recorded outcomes), and its expected accuracy. */
export interface DayScore {
  correct: number;
  /** Mean over the day's sessions of P(prediction right) under the simulator's true probabilities: p if it predicts 1, else 1 − p. */
  expected: number;
}

/** Scores a model (predicting "finishes" when its log-odds > 0) on day d; `buf` is scratch space of COLS numbers. */
export function scoreDay(w: Weights, s: Stream, d: number, buf: Float64Array): DayScore {
  const n = s.eventsPerDay;
  let correct = 0;
  let expected = 0;
  for (let i = dayStart(d, n), end = i + n; i < end; i++) {
    encodeEvent(s, i, buf, 0);
    const yes = logitOfRow(w, buf, 0) > 0;
    if (yes === (s.label[i] === 1)) correct++;
    expected += yes ? s.pTrue[i] : 1 - s.pTrue[i];
  }
  return { correct, expected: expected / n };
}

/** Share of rows of a training set the model gets right (log-odds > 0 ⇔ label 1). */
export function trainingAccuracy(w: Weights, x: Float32Array, y: Float32Array, rows: number): number {
  let right = 0;
  for (let r = 0; r < rows; r++) if (logitOfRow(w, x, r) > 0 === (y[r] === 1)) right++;
  return right / rows;
}
