/**
 * For a component's costly part (a chart's ticks, lines and bars; the last panel of a
 * lab): a flag that turns true in a new task after the component has mounted. The
 * component draws the rest at once and that part then, so a lab and its charts mount in
 * several short tasks instead of one long one. Nothing moves when the part arrives if
 * its box is already at its final size (charts) or nothing is drawn below it yet (the
 * end of a lab, whose section renders the blocks after it in later tasks).
 * Call it while the component initialises.
 */
export function drawnLater(): { readonly ready: boolean } {
  let ready = $state(false);
  $effect(() => {
    const timer = setTimeout(() => (ready = true), 0);
    return () => clearTimeout(timer);
  });
  return {
    get ready() {
      return ready;
    },
  };
}
