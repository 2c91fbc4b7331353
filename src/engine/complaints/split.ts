import type { Rng } from '../random/rng';

export interface Split {
  /** Row indices of the training part, ascending. */
  train: Int32Array;
  /** Row indices of the holdout part, ascending. */
  holdout: Int32Array;
}

/**
 * Seeded stratified split: within each class the rows are shuffled
 * (Fisher–Yates with rng) and round(holdoutFraction · class size) of them go to
 * the holdout, so every class keeps (almost exactly) its share in both parts.
 * holdoutFraction is clamped to [0.05, 0.5]; default 0.2.
 */
export function stratifiedSplit(labels: ArrayLike<number>, rng: Rng, holdoutFraction = 0.2): Split {
  const f = Math.min(0.5, Math.max(0.05, Number.isFinite(holdoutFraction) ? holdoutFraction : 0.2));
  const byClass = new Map<number, number[]>();
  for (let i = 0; i < labels.length; i++) {
    const rows = byClass.get(labels[i]);
    if (rows) rows.push(i);
    else byClass.set(labels[i], [i]);
  }
  const isHoldout = new Uint8Array(labels.length);
  for (const cls of [...byClass.keys()].sort((a, b) => a - b)) {
    const rows = byClass.get(cls)!;
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [rows[i], rows[j]] = [rows[j], rows[i]];
    }
    const nHold = Math.round(f * rows.length);
    for (let i = 0; i < nHold; i++) isHoldout[rows[i]] = 1;
  }
  const train: number[] = [];
  const holdout: number[] = [];
  for (let i = 0; i < labels.length; i++) (isHoldout[i] ? holdout : train).push(i);
  return { train: Int32Array.from(train), holdout: Int32Array.from(holdout) };
}

/** The elements of `items` at `indices`, in that order. */
export function takeRows<T>(items: ArrayLike<T>, indices: ArrayLike<number>): T[] {
  return Array.from({ length: indices.length }, (_, i) => items[indices[i]]);
}
