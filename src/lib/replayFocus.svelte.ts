import { tick } from 'svelte';

/**
 * Keeps keyboard focus when an animated replay ends. Its own buttons (Skip, Stop) vanish then, so if one
 * of them had focus, focus moves to `target()` (the result's heading) instead of falling back to the top
 * of the page. Call during a component's initialisation; put the returned handler on those buttons'
 * `onfocus` and `onblur` (moving focus elsewhere clears the mark). `done()` reads whether the replay has ended.
 */
export function replayFocus(done: () => boolean, target: () => HTMLElement | undefined): (event: FocusEvent) => void {
  // Plain, not state: only read when `done()` changes.
  let hadFocus = false;

  $effect(() => {
    if (!done() || !hadFocus) return;
    hadFocus = false;
    void tick().then(() => {
      if (document.activeElement === null || document.activeElement === document.body) target()?.focus();
    });
  });

  return (event) => (hadFocus = event.type === 'focus' || event.relatedTarget === null);
}
