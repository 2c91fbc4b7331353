import type { Series, TableData } from '../../charts/types';
import type { TrainHistory } from '../../engine/training/types';
import { formatNumber, formatPercent } from '../../lib/format';
import { complaintLabMessages as m } from '../../messages/complaint-classifier-lab';

/**
 * The loss chart's series: every batch loss at x = (batch index + 1) / batches per
 * epoch (so batch losses of epoch e end at x = e), and the holdout loss at x = e.
 */
export function lossSeries(h: TrainHistory, batchesPerEpoch: number): Series[] {
  const per = Math.max(1, batchesPerEpoch);
  return [
    { name: m.curves.batchLoss, tone: 1, points: h.batchLoss.map((y, i) => ({ x: (i + 1) / per, y })) },
    { name: m.curves.holdoutLoss, tone: 2, dashed: true, points: h.valLoss.map((y, i) => ({ x: i + 1, y })) },
  ];
}

/** The accuracy chart's series: training and holdout accuracy at x = epoch. */
export function accuracySeries(h: TrainHistory): Series[] {
  return [
    { name: m.curves.trainAcc, tone: 1, points: h.acc.map((y, i) => ({ x: i + 1, y })) },
    { name: m.curves.holdoutAcc, tone: 2, dashed: true, points: h.valAcc.map((y, i) => ({ x: i + 1, y })) },
  ];
}

/** The loss chart's table alternative: one row per finished epoch (mean training loss, holdout loss). */
export function lossTable(h: TrainHistory): TableData {
  return {
    caption: m.curves.lossCaption,
    columns: [m.curves.epoch, m.curves.trainLoss, m.curves.holdoutLossShort],
    rows: h.loss.map((loss, i) => [i + 1, formatNumber(loss, 4), i < h.valLoss.length ? formatNumber(h.valLoss[i], 4) : '–']),
  };
}

/** The accuracy chart's table alternative: one row per finished epoch. */
export function accuracyTable(h: TrainHistory): TableData {
  return {
    caption: m.curves.accCaption,
    columns: [m.curves.epoch, m.curves.trainAcc, m.curves.holdoutAcc],
    rows: h.acc.map((acc, i) => [i + 1, formatPercent(acc, 1), i < h.valAcc.length ? formatPercent(h.valAcc[i], 1) : '–']),
  };
}
