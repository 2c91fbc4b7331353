const DAY_MS = 86_400_000;

/** Monday 4 January 2021 (UTC), the first week of every generated series. */
export const SERIES_START = Date.UTC(2021, 0, 4);

/** ISO date (YYYY-MM-DD, UTC) of the Monday that starts week `week` (0-based) after `start`. */
export function weekDate(week: number, start = SERIES_START): string {
  return new Date(start + week * 7 * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Position of a UTC date in its calendar year, in [0, 1):
 * (day of year − 1) / (365 or 366). 1 January → 0, 2 July → ≈ 0.5.
 */
export function yearFraction(ms: number): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const start = Date.UTC(y, 0, 1);
  const days = (Date.UTC(y + 1, 0, 1) - start) / DAY_MS;
  return Math.floor((ms - start) / DAY_MS) / days;
}

/** Black Friday of a year: the day after the fourth Thursday of November (UTC ms). */
export function blackFriday(year: number): number {
  const nov1 = new Date(Date.UTC(year, 10, 1)).getUTCDay(); // 0 = Sunday … 4 = Thursday
  const firstThursday = 1 + ((4 - nov1 + 7) % 7);
  return Date.UTC(year, 10, firstThursday + 21 + 1);
}

/**
 * The holiday that falls in the week starting on Monday `mondayMs`, or null:
 * 'Black Friday' (the week containing it) or 'Christmas' (the week containing
 * 20 December, the last full shopping week before Christmas).
 */
export function holidayOfWeek(mondayMs: number): string | null {
  const end = mondayMs + 7 * DAY_MS;
  for (const year of new Set([new Date(mondayMs).getUTCFullYear(), new Date(end - DAY_MS).getUTCFullYear()])) {
    const bf = blackFriday(year);
    if (bf >= mondayMs && bf < end) return 'Black Friday';
    const xmas = Date.UTC(year, 11, 20);
    if (xmas >= mondayMs && xmas < end) return 'Christmas';
  }
  return null;
}

/** UTC ms of the Monday starting week `week` after `start`. */
export function weekStart(week: number, start = SERIES_START): number {
  return start + week * 7 * DAY_MS;
}
