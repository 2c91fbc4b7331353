import { salesForecastMessages as m } from '../../messages/sales-forecast-lab';
import type { SalesMetrics } from '../../workers/modelsProtocol';
import { formatCount, formatPoints, formatTimes } from './format';

/** MAPE gaps under this many percentage points count as a tie. */
export const TIE_POINTS = 0.05;
/** The ensemble must beat the linear model by at least this many points to count as clearly better. */
export const CLEAR_WIN_POINTS = 1;

/**
 * What the comparison says, in one or two sentences, from the two models' holdout
 * metrics (either may be missing). d = MAPE(ensemble) − MAPE(linear) in points:
 * d ≥ TIE_POINTS the linear model wins; |d| < TIE_POINTS a tie; −CLEAR_WIN_POINTS < d
 * ≤ −TIE_POINTS the simpler model is "within d points"; otherwise the ensemble wins.
 */
export function takeaway(linear: SalesMetrics | null, ensemble: SalesMetrics | null): string {
  if (!linear && !ensemble) return m.takeaway.none;
  if (!linear || !ensemble) return m.takeaway.one(linear ? 'linear-regression' : 'gradient-boosting');
  const d = ensemble.mape - linear.mape;
  const knobs = m.takeaway.knobs(linear.knobs, ensemble.knobs);
  const parameters = m.takeaway.parameters(formatCount(linear.parameters), formatCount(ensemble.parameters));
  const speed = speedPhrase(linear.trainMs, ensemble.trainMs);
  if (d >= TIE_POINTS) return m.takeaway.linearWins(formatPoints(d), knobs, parameters, speed);
  if (d > -TIE_POINTS) return m.takeaway.tie(knobs, parameters, speed);
  if (d > -CLEAR_WIN_POINTS) return m.takeaway.close(formatPoints(d), knobs, parameters, speed);
  return m.takeaway.ensembleWins(formatPoints(d), m.takeaway.knobs(ensemble.knobs, linear.knobs));
}

/** "a fit about 60 times faster" for the linear model; timer resolution is about 0.1 ms, so smaller times count as 0.1. */
function speedPhrase(linearMs: number, ensembleMs: number): string {
  const ratio = Math.max(ensembleMs, 0.1) / Math.max(linearMs, 0.1);
  if (ratio < 1 / 1.5) return m.takeaway.slower(formatTimes(1 / ratio));
  if (ratio < 1.5) return m.takeaway.similarSpeed;
  return m.takeaway.speed(formatTimes(ratio));
}
