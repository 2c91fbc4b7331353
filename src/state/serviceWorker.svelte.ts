import { registerSW } from 'virtual:pwa-register';

/**
 * The service worker's lifecycle as the page sees it. Updates use the prompt flow:
 * a new version waits until the learner chooses to reload, so nobody loses a
 * training run or a half-answered check to an automatic refresh.
 */
class ServiceWorkerState {
  updateReady = $state(false);
  offlineReady = $state(false);
  #update: ((reload?: boolean) => Promise<void>) | null = null;
  #reloadRequested = false;

  start(): void {
    if (!('serviceWorker' in navigator)) return;
    // Reload when the new worker takes control, but only after the learner asked for it.
    // (workbox-window's own reload skips updates found in the session that first installed it.)
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (this.#reloadRequested) location.reload();
    });
    this.#update = registerSW({
      immediate: true,
      onNeedRefresh: () => {
        this.updateReady = true;
      },
      onOfflineReady: () => {
        this.offlineReady = true;
      },
    });
  }

  /** Activates the waiting version and reloads: only ever on the learner's request. */
  async applyUpdate(): Promise<void> {
    this.#reloadRequested = true;
    await this.#update?.(true);
  }

  dismiss(): void {
    this.updateReady = false;
    this.offlineReady = false;
  }
}

export const serviceWorker = new ServiceWorkerState();
/**
 * Registers the worker once the main thread is idle. main.ts calls it once the page has
 * settled (`pageSettled`: loaded, and no new download for a moment), so its precache (every
 * chunk, TF.js and the wasm binaries) never competes with the route's own downloads and
 * rendering, its labs' chunks included. A first visit still ends installed and precached.
 */
export function startServiceWorker(): void {
  const start = () => serviceWorker.start();
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 4000 });
  else setTimeout(start, 0);
}
