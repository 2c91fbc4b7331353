/**
 * Resolves once the page has painted for the first time (the frame after the page, not
 * only the shell, has mounted; then a task), and at once ever after. Lazy chunks
 * requested while the page boots would compete with its first paint; requested after it,
 * they load under a page that already shows its title. Costs one frame (about 16 ms) on
 * the first route only.
 */
let painted: Promise<void> | null = null;
let markMounted: () => void = () => {};
const pageMounted = new Promise<void>((resolve) => (markMounted = resolve));

export function firstPaint(): Promise<void> {
  painted ??= typeof requestAnimationFrame === 'undefined' ? Promise.resolve() : pageMounted.then(afterNextPaint);
  return painted;
}

/**
 * Called by App once the page is mounted: the shell mounts a task earlier and may paint
 * alone first, and work that waits for "the first paint" means the paint of the page.
 */
export function notePageMounted(): void {
  markMounted();
}

/**
 * Resolves in a new task after the next frame has been painted: what is drawn now reaches
 * the screen before the work that follows starts (a lab's chunks after the section's text).
 */
export function afterNextPaint(): Promise<void> {
  return typeof requestAnimationFrame === 'undefined'
    ? Promise.resolve()
    : new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Resolves in a new task once the next frame has been painted and the frame after it has
 * begun, so the painted frame is on screen (the time the browser reports for it, such as
 * the largest paint, lies before what follows). For work that must not look like part of
 * that paint: a lab's chunks after the section text above it.
 */
export function afterPaintShown(): Promise<void> {
  return typeof requestAnimationFrame === 'undefined'
    ? Promise.resolve()
    : new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
}
