/** Formats a duration in ms for people: "850 ms", "12.4 s", "2 min 5 s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '–';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/**
 * A whole number with thousands separators, as `toLocaleString('en-US')` writes it
 * (31234.4 → "31,234", −1234567 → "-1,234,567"), without Intl: the first Intl number
 * format of a page loads ICU's number data, a long task (15–70 ms here) that a lab
 * would otherwise pay when it first shows a count.
 */
export function groupThousands(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const rounded = Math.round(value);
  if (Math.abs(rounded) >= 1e21) return rounded.toLocaleString('en-US');
  const digits = Math.abs(rounded).toFixed(0);
  return (rounded < 0 ? '-' : '') + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// One formatter for every call: Number#toLocaleString builds a new Intl formatter each
// time, which made a lab's first render (tables, axis ticks) a long task. Built on first
// use, so pages that format no numbers never pay for it.
let grouped: Intl.NumberFormat | null = null;

/** Formats a number with at most `digits` significant digits, grouping thousands. */
export function formatNumber(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return '–';
  if (value !== 0 && Math.abs(value) < 1e-4) return value.toExponential(2);
  return (grouped ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 })).format(Number(value.toPrecision(digits)));
}

/** Formats a fraction as a percentage: 0.0523 → "5.23%". */
export function formatPercent(fraction: number, decimals = 2): string {
  if (!Number.isFinite(fraction)) return '–';
  return `${(fraction * 100).toFixed(decimals)}%`;
}

/** Formats an epoch-ms time as a short local date and time. */
export function formatTime(epochMs: number): string {
  return new Date(epochMs).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
