import { loaders } from 'virtual:lessons';
import { loadSim } from '../content/loadSim';
import type { Lesson, Section } from '../content/types';
import type { Route } from './route';

/**
 * Starts fetching what the first route needs at once, in parallel with the page's
 * own chunk, instead of discovering it link by link (page → lesson body →
 * interactives): the lesson's content chunk and the chunks of the interactives in
 * the section the address names. Failures are left to the page that renders them.
 */
export function preloadRoute(route: Route): void {
  if (route.name !== 'lesson') return;
  const body = loaders[route.slug]?.();
  const sectionId = route.section;
  if (!body || !sectionId) return;
  body
    .then(({ default: lesson }: { default: Lesson }) => {
      const section = lesson.body.find((s: Section) => s.id === sectionId);
      for (const block of section?.blocks ?? []) if (block.kind === 'interactive') void loadSim(block.id).catch(() => undefined);
    })
    .catch(() => undefined);
}
