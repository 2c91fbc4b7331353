import { loaders } from 'virtual:lessons';
import type { Lesson } from '../content/types';

/**
 * A lesson's full body, loaded from its own (precached) chunk, with the states a page
 * shows while it waits: `slow` after 300 ms (a spinner), `failed` if the chunk is missing.
 */
export class LessonBody {
  lesson = $state.raw<Lesson | null>(null);
  failed = $state(false);
  slow = $state(false);

  /** Loads the lesson `slug`; returns a cancel function for an `$effect` to return. */
  load(slug: string): () => void {
    const load = loaders[slug];
    this.lesson = null;
    this.failed = false;
    this.slow = false;
    if (!load) return () => {};
    const timer = setTimeout(() => (this.slow = true), 300);
    let live = true;
    load()
      .then((m) => live && (this.lesson = m.default))
      .catch(() => live && (this.failed = true))
      .finally(() => clearTimeout(timer));
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }
}
