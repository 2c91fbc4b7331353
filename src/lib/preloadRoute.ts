import { loaders } from 'virtual:lessons';
import type { Route } from './route';

/**
 * Starts fetching the first route's lesson content at once, in parallel with the
 * page's own chunk, instead of discovering it after the page has loaded. The chunks of
 * its interactives wait until the section's text has painted (SectionView): requested
 * earlier, they compete with that text, which is what the learner reads first.
 * Failures are left to the page that renders them.
 */
export function preloadRoute(route: Route): void {
  if (route.name !== 'lesson') return;
  void loaders[route.slug]?.().catch(() => undefined);
}
