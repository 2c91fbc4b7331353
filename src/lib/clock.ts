/** Time and frames, injectable so tests can drive an animated replay by hand. */
export interface Clock {
  now(): number;
  frame(callback: () => void): number;
  cancel(handle: number): void;
  reducedMotion(): boolean;
}

/** The browser's clock: `performance.now`, animation frames, and the `prefers-reduced-motion` setting. */
export const browserClock: Clock = {
  now: () => performance.now(),
  frame: (callback) => requestAnimationFrame(() => callback()),
  cancel: (handle) => cancelAnimationFrame(handle),
  reducedMotion: () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches,
};
