/**
 * For a component's costly inner drawing (a chart's ticks, lines and bars): a flag that
 * turns true in a new task after the component has mounted. The component draws its
 * box at full size at once and its contents then, so a page that mounts several charts
 * with a lab does that work in several short tasks instead of one long one, and nothing
 * moves when the contents arrive. Call it while the component initialises.
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
