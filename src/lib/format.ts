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

/**
 * Formats a number with at most `digits` significant digits, grouping thousands and
 * keeping at most 6 decimals, exactly as `Intl.NumberFormat('en-US', { maximumFractionDigits: 6 })`
 * writes it, but without Intl (see groupThousands). Like Intl it rounds the shortest
 * decimal that reads back as the number (what `String(n)` writes), half away from zero.
 * Below 1e-4 in size it switches to 1.23e-5.
 */
export function formatNumber(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return '–';
  if (value !== 0 && Math.abs(value) < 1e-4) return value.toExponential(2);
  const rounded = Number(value.toPrecision(digits));
  if (Math.abs(rounded) >= 1e21) return rounded.toLocaleString('en-US', { maximumFractionDigits: 6 });
  let [whole, fraction = ''] = String(Math.abs(rounded)).split('.');
  if (fraction.length > 6) {
    const up = fraction.charCodeAt(6) >= 53; // '5'
    const scaled = BigInt(whole + fraction.slice(0, 6)) + (up ? 1n : 0n);
    const text = scaled.toString().padStart(7, '0');
    [whole, fraction] = [text.slice(0, -6), text.slice(-6)];
  }
  fraction = fraction.replace(/0+$/, '');
  const negative = rounded < 0 || Object.is(rounded, -0);
  return `${negative ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
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
