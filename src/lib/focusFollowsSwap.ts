import { tick } from 'svelte';

const focusLost = () => !document.activeElement || document.activeElement === document.body;

/**
 * Runs `action`, during which a Train button is swapped for a Cancel button and back, and keeps a
 * keyboard user's focus on whichever of the two is shown: when the Train button had focus and the
 * swap dropped it to the page, focus moves to Cancel while the action runs and back to Train after.
 */
export async function focusFollowsSwap(
  action: () => Promise<unknown>,
  buttons: { train: () => HTMLElement | undefined; cancel: () => HTMLElement | undefined },
): Promise<void> {
  const hadFocus = document.activeElement === buttons.train();
  const done = action();
  await tick();
  if (hadFocus && focusLost()) buttons.cancel()?.focus();
  await done;
  await tick();
  if (hadFocus && focusLost()) buttons.train()?.focus();
}
