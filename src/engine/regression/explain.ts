import type { LinearModel } from './linear-model';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A number as a person would say it after "about": nearest 10 from 100, whole below, one decimal under 10. */
export function roughly(x: number): string {
  const a = Math.abs(x);
  const r = a >= 100 ? Math.round(a / 10) * 10 : a >= 10 ? Math.round(a) : Math.round(a * 10) / 10;
  return r.toLocaleString('en-US');
}

/** Month of a position in the year yf ∈ [0, 1). */
function monthOf(yf: number): string {
  return MONTHS[Math.min(11, Math.floor(yf * 12))];
}

/** The model's seasonal part Σ_k a_k sin(2πk·yf) + b_k cos(2πk·yf) at yf, in units. */
export function seasonalEffect(model: LinearModel, yf: number): number {
  let s = 0;
  model.columns.forEach((c, j) => {
    if (c.kind === 'sin') s += model.coefficients[j] * Math.sin(2 * Math.PI * c.k * yf);
    if (c.kind === 'cos') s += model.coefficients[j] * Math.cos(2 * Math.PI * c.k * yf);
  });
  return s;
}

/**
 * Reads a linear sales model's coefficients as plain sentences, one per effect:
 * the starting level (units), the trend (units a week and a year), the seasonal
 * high and low (units above/below the trend, and their months, from the fitted
 * sine/cosine terms), the promotion and holiday effects (units per such week).
 */
export function describeCoefficients(model: LinearModel): string[] {
  const out: string[] = [];
  const byKind = (kind: string) => model.columns.findIndex((c) => c.kind === kind);
  const coef = (j: number) => model.coefficients[j];

  const i0 = byKind('intercept');
  if (i0 >= 0) out.push(`An ordinary week at the start of the data sells about ${roughly(coef(i0))} units.`);

  const it = byKind('trend');
  if (it >= 0) {
    const b = coef(it);
    if (Math.abs(b) < 0.05) out.push('Sales are flat: they change by less than 0.1 units a week.');
    else out.push(`Sales ${b > 0 ? 'grow' : 'fall'} by about ${roughly(b)} units a week (about ${roughly(52 * b)} a year).`);
  }

  if (model.columns.some((c) => c.kind === 'sin')) {
    let hi = -Infinity, lo = Infinity, hiAt = 0, loAt = 0;
    for (let d = 0; d < 365; d++) {
      const v = seasonalEffect(model, d / 365);
      if (v > hi) [hi, hiAt] = [v, d / 365];
      if (v < lo) [lo, loAt] = [v, d / 365];
    }
    out.push(
      `The season adds up to about ${roughly(hi)} units a week in ${monthOf(hiAt)} ` +
        `and takes away up to about ${roughly(-lo)} in ${monthOf(loAt)}.`,
    );
  }

  const effect = (kind: 'promo' | 'holiday', what: string, none: string) => {
    const j = byKind(kind);
    if (j < 0) return;
    if (model.dropped[j]) out.push(none);
    else if (coef(j) >= 0) out.push(`${what} adds about ${roughly(coef(j))} units.`);
    else out.push(`${what} sells about ${roughly(coef(j))} fewer units.`);
  };
  effect('promo', 'A promotion week', 'The training weeks had no promotion, so the model cannot say what one does.');
  effect('holiday', 'A holiday week (Black Friday, Christmas)', 'The training weeks had no holiday, so the model cannot say what one does.');
  return out;
}
