/** Number formats of the Sales forecast lab (en-US, like the engine's sentences). */

/** A fit time in ms: "0.4 ms" under 10 ms, "48 ms" under 1 s, then "1.2 s". */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '–';
  if (ms < 10) return `${Math.max(0.1, Math.round(ms * 10) / 10).toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

/** A byte count: "937 B", "435 KB", "1.2 MB" (1 KB = 1,000 B). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '–';
  if (bytes < 1000) return `${Math.round(bytes)} B`;
  if (bytes < 1e6) return `${Math.round(bytes / 1000).toLocaleString('en-US')} KB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** A MAPE in percent: "3.33%". */
export function formatMape(percent: number): string {
  return Number.isFinite(percent) ? `${percent.toFixed(2)}%` : '–';
}

/** A difference of two MAPEs, in percentage points: "0.46 points", "1 point". */
export function formatPoints(points: number): string {
  const a = Math.abs(points);
  const text = a >= 10 ? a.toFixed(0) : a >= 1 ? a.toFixed(1) : a.toFixed(2);
  return `${Number(text).toLocaleString('en-US')} point${Number(text) === 1 ? '' : 's'}`;
}

/** A whole count with thousands separators: "3,575". */
export function formatCount(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–';
}

/** Units sold: whole units with separators. */
export const formatUnits = formatCount;

/** A speed-up factor: "about 60 times", "about 4.5 times". */
export function formatTimes(ratio: number): string {
  const r = ratio >= 10 ? Number(ratio.toPrecision(2)) : Math.round(ratio * 10) / 10;
  return `about ${r.toLocaleString('en-US')} times`;
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** An ISO date (YYYY-MM-DD) as "4 Jan 2021". */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isFinite(ms) ? DATE.format(ms) : '';
}

const TICK_FORMATS = {
  day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }),
  week: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' }),
};

/** How much of a date an axis tick has room for: "4 Jan", "4 Jan 21" or "Jan 21". */
export type TickPrecision = keyof typeof TICK_FORMATS;

/** An ISO date, short enough for an axis tick. */
export function formatShortDate(iso: string | undefined, precision: TickPrecision = 'week'): string {
  if (!iso) return '';
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isFinite(ms) ? TICK_FORMATS[precision].format(ms) : '';
}
