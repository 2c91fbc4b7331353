/**
 * Bounds a control value: NaN or infinities fall back to `fallback`; the result is
 * rounded to the step (from min) and clamped to [min, max].
 */
export function clampToRange(value: number, min: number, max: number, step: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  const stepped = step > 0 ? min + Math.round((value - min) / step) * step : value;
  const decimals = step > 0 && step < 1 ? Math.ceil(-Math.log10(step)) : 0;
  const rounded = Number(stepped.toFixed(decimals));
  return Math.min(max, Math.max(min, rounded));
}
