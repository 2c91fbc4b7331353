/** A parsed hash route: which page, its path parameters, and the hash query (scenario values). */
export type Route =
  | { name: 'home'; query: URLSearchParams }
  | { name: 'lesson'; slug: string; section: string | null; query: URLSearchParams }
  | { name: 'present'; slug: string; section: string | null; query: URLSearchParams }
  | { name: 'notes'; slug: string; section: string | null; query: URLSearchParams }
  | { name: 'runs'; query: URLSearchParams }
  | { name: 'settings'; query: URLSearchParams }
  | { name: 'tools'; query: URLSearchParams }
  | { name: 'record'; query: URLSearchParams }
  | { name: 'not-found'; path: string; query: URLSearchParams };

const SEGMENT = /^[a-z0-9][a-z0-9-]{0,63}$/;
const MAX_HASH_LENGTH = 4096;

/**
 * Parses a location hash such as `#/lesson/roles/sorter?rs.seed=4` into a Route.
 * Hash routing works from any static host and offline. Over-long hashes and
 * segments outside [a-z0-9-] resolve to not-found instead of being trusted.
 */
export function parseRoute(hash: string): Route {
  const text = hash.slice(0, MAX_HASH_LENGTH).replace(/^#/, '');
  const [pathPart, queryPart = ''] = splitOnce(text, '?');
  const query = new URLSearchParams(queryPart);
  const segments = pathPart.split('/').filter(Boolean);
  if (segments.length === 0) return { name: 'home', query };
  if (!segments.every((s) => SEGMENT.test(s))) return { name: 'not-found', path: pathPart, query };
  const [first, second, third] = segments;
  if ((first === 'lesson' || first === 'present' || first === 'notes') && second && segments.length <= 3) {
    return { name: first, slug: second, section: third ?? null, query };
  }
  if (segments.length === 1 && (first === 'runs' || first === 'settings' || first === 'tools' || first === 'record')) return { name: first, query };
  return { name: 'not-found', path: pathPart, query };
}

/** Builds the hash for a lesson (and optionally a section), e.g. `#/lesson/roles/recipe`. */
export function lessonHref(slug: string, section?: string | null): string {
  return section ? `#/lesson/${slug}/${section}` : `#/lesson/${slug}`;
}

/** Builds the hash of the presenter view of a lesson (and optionally a section), e.g. `#/present/roles/recipe`. */
export function presentHref(slug: string, section?: string | null): string {
  return section ? `#/present/${slug}/${section}` : `#/present/${slug}`;
}

/** Builds the hash of a lesson's instructor-notes window (and optionally a section), e.g. `#/notes/roles/recipe`. */
export function notesHref(slug: string, section?: string | null): string {
  return section ? `#/notes/${slug}/${section}` : `#/notes/${slug}`;
}

function splitOnce(text: string, separator: string): [string, string?] {
  const at = text.indexOf(separator);
  return at < 0 ? [text] : [text.slice(0, at), text.slice(at + 1)];
}

/**
 * The index of the section the address bar shows for `#/<page>/<slug>/<section>`, or
 * `fallback` when it shows something else. A step changes the address at once and the
 * route a task later (on 'hashchange'), so stepping twice in quick succession must count
 * from the address, not from the route.
 */
export function sectionIndexInAddress(hash: string, page: 'present' | 'notes', slug: string, sections: readonly { id: string }[], fallback: number): number {
  const now = parseRoute(hash);
  const at = now.name === page && now.slug === slug ? sections.findIndex((s) => s.id === now.section) : -1;
  return at < 0 ? fallback : at;
}
