import type { Clock } from '../../../src/lib/clock';

/**
 * A clock the test advances by hand, for the animated labs' controllers: `advance(ms)` moves the time
 * on and runs the one pending frame; `hasFrame()` says whether a frame is waiting.
 */
export function manualClock(reducedMotion = false) {
  let now = 0;
  let pending: (() => void) | null = null;
  const clock: Clock = {
    now: () => now,
    frame: (callback) => {
      pending = callback;
      return 1;
    },
    cancel: () => (pending = null),
    reducedMotion: () => reducedMotion,
  };
  const advance = (ms: number) => {
    now += ms;
    const run = pending;
    pending = null;
    run?.();
  };
  return { clock, advance, hasFrame: () => pending !== null };
}
