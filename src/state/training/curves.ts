import type { TrainHistory } from '../../engine/training/types';

/** Longest curve a run record keeps (the import schema's bound). */
const MAX_POINTS = 5_000;

/**
 * The per-epoch curves of a training history as a run record stores them (`RunRecord.curves`):
 * `loss`, `accuracy`, `valLoss`, `valAccuracy`, one value per epoch. A curve that is empty or
 * holds a non-finite value (a diverged run) is left out rather than stored with gaps.
 */
export function runCurves(h: TrainHistory): Record<string, number[]> {
  const named: [string, number[]][] = [
    ['loss', h.loss],
    ['accuracy', h.acc],
    ['valLoss', h.valLoss],
    ['valAccuracy', h.valAcc],
  ];
  return Object.fromEntries(named.filter(([, ys]) => ys.length > 0 && ys.every(Number.isFinite)).map(([k, ys]) => [k, ys.slice(0, MAX_POINTS)]));
}
