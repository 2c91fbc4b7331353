/** Row indices of a time-ordered split: training first, then the holdout. */
export interface TimeSplit {
  train: Int32Array;
  holdout: Int32Array;
}

export const HOLDOUT_BOUNDS = { min: 4, max: 52, default: 26 } as const;

/**
 * Time-ordered holdout: the last `holdoutWeeks` weeks (default 26, clamped to
 * 4–52 and to at most half the series) are the holdout, everything before is
 * training. Never shuffled: a forecast is scored on weeks after the ones it saw.
 */
export function timeSplit(weeks: number, holdoutWeeks: number = HOLDOUT_BOUNDS.default): TimeSplit {
  const h0 = Number.isFinite(holdoutWeeks) ? Math.round(holdoutWeeks) : HOLDOUT_BOUNDS.default;
  const h = Math.min(Math.floor(weeks / 2), HOLDOUT_BOUNDS.max, Math.max(HOLDOUT_BOUNDS.min, h0));
  return {
    train: Int32Array.from({ length: weeks - h }, (_, i) => i),
    holdout: Int32Array.from({ length: h }, (_, i) => weeks - h + i),
  };
}
