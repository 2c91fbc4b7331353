/**
 * For a component's costly part (a chart's ticks, lines and bars; the last panel of a
 * lab): a flag that turns true in a new task after the component has mounted. The
 * component draws the rest at once and that part then, so a lab and its charts mount in
 * several short tasks instead of one long one. Nothing moves when the part arrives if
 * its box is already at its final size (charts) or nothing is drawn below it yet (the
 * end of a lab, whose section renders the blocks after it in later tasks).
 * Call it while the component initialises.
 */
export function drawnLater(after: 'task' | 'paint' = 'task'): { readonly ready: boolean } {
  let ready = $state(false);
  $effect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // 'paint': after the first frame, in which a chart has read its width (observeWidth),
    // so it draws once at that width instead of at its placeholder width and again.
    const frame = after === 'paint' ? requestAnimationFrame(() => (timer = setTimeout(() => (ready = true), 0))) : undefined;
    if (after === 'task') timer = setTimeout(() => (ready = true), 0);
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  });
  return {
    get ready() {
      return ready;
    },
  };
}
