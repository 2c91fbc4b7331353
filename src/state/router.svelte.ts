import { parseRoute, type Route } from '../lib/route';

/** The current hash route, kept in step with the address bar (back/forward included). */
class RouterState {
  route = $state.raw<Route>(parseRoute(typeof location === 'undefined' ? '' : location.hash));

  constructor() {
    if (typeof window === 'undefined') return;
    window.addEventListener('hashchange', () => {
      this.route = parseRoute(location.hash);
    });
  }

  /** Navigates to a hash path such as `#/runs` (adds a history entry). */
  go(hash: string): void {
    if (location.hash === hash) return;
    location.hash = hash;
  }

  /** Replaces the current entry (redirects; scenario edits) without adding history. */
  replace(hash: string): void {
    history.replaceState(history.state, '', hash);
    this.route = parseRoute(hash);
  }
}

export const router = new RouterState();
