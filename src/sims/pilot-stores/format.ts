/** Number formats of the Pilot stores lab (en-US). */

/** A MAPE in percent: "4.58%". */
export function formatMape(percent: number): string {
  return Number.isFinite(percent) ? `${percent.toFixed(2)}%` : '–';
}

/** A threshold in percent: "10%", "7.5%". */
export function formatThreshold(percent: number): string {
  return `${Number(percent.toFixed(1)).toLocaleString('en-US')}%`;
}

/** Dollars, whole: "$164,307"; with cents under $100: "$1.50". */
export function formatMoney(dollars: number): string {
  if (!Number.isFinite(dollars)) return '–';
  const cents = Math.abs(dollars) < 100 && !Number.isInteger(dollars);
  return dollars.toLocaleString('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: cents ? 2 : 0, minimumFractionDigits: cents ? 2 : 0 });
}

/** Whole units: "12,345". */
export function formatUnits(units: number): string {
  return Number.isFinite(units) ? Math.round(units).toLocaleString('en-US') : '–';
}

/** A change of MAPE in percentage points, signed: "−11.4 points", "+0.3 points". */
export function formatChange(points: number): string {
  if (!Number.isFinite(points)) return '–';
  const a = Math.abs(points).toFixed(1);
  const sign = Number(a) === 0 ? '±' : points < 0 ? '−' : '+';
  return `${sign}${a} point${a === '1.0' ? '' : 's'}`;
}

/** A fraction as a whole percentage: 0.796 → "80%". */
export function formatShare(fraction: number): string {
  return Number.isFinite(fraction) ? `${Math.round(fraction * 100)}%` : '–';
}
