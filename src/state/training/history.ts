import type { TrainHistory } from '../../engine/training/types';
import type { ProgressReply } from '../../workers/protocol';

/** A history with no epochs yet. */
export function emptyHistory(): TrainHistory {
  return { loss: [], acc: [], valLoss: [], valAcc: [], batchLoss: [] };
}

/**
 * The history after one progress reply: batch replies append their losses to
 * batchLoss, epoch replies append one point to each per-epoch curve. Returns a
 * new object with new arrays (for `$state.raw`), or the same one when nothing changes.
 */
export function appendProgress(h: TrainHistory, p: ProgressReply): TrainHistory {
  if (p.stage === 'batch') return { ...h, batchLoss: [...h.batchLoss, ...p.losses] };
  if (p.stage !== 'epoch') return h;
  return {
    ...h,
    loss: [...h.loss, p.loss],
    acc: [...h.acc, p.acc],
    valLoss: p.valLoss === undefined ? h.valLoss : [...h.valLoss, p.valLoss],
    valAcc: p.valAcc === undefined ? h.valAcc : [...h.valAcc, p.valAcc],
  };
}
