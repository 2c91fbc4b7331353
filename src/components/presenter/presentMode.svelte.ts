import { appStorage } from '../../state/storage.svelte';

/**
 * Puts the app in presenter mode for as long as the calling page lives: storage becomes
 * a demo repository (nothing the learner stored changes; runs are marked as demo runs).
 * Call during component initialisation, before any child (a lab) can write.
 */
export function usePresentMode(): void {
  appStorage.setDemo(true);
  $effect(() => () => appStorage.setDemo(false));
}
