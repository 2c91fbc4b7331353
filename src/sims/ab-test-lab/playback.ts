/** Target length of the day-by-day replay, whatever the number of days. */
const REPLAY_MS = 4000;

/** Milliseconds each simulated day stays on screen: the replay lasts about 4 s, each day 80–350 ms. */
export function msPerDay(days: number): number {
  return Math.min(350, Math.max(80, REPLAY_MS / Math.max(1, days)));
}

/** How many days are on screen `elapsedMs` after the replay started (day 1 at once, all days at the end). */
export function daysShownAt(elapsedMs: number, days: number): number {
  return Math.min(days, 1 + Math.floor(Math.max(0, elapsedMs) / msPerDay(days)));
}
