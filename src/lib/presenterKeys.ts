import { notesHref, presentHref, sectionIndexInAddress } from './route';
import { COMPOSITE_ROLES, focusKind, stepForKey, type FocusFacts } from '../engine/presenter/keys';

const COMPOSITE_SELECTOR = COMPOSITE_ROLES.map((role) => `[role="${role}"]`).join(',');

/** Reads the facts `focusKind` needs from the focused element (the page itself when null or body). */
export function focusFacts(element: Element | null): FocusFacts {
  if (!element || element === document.body || element === document.documentElement) {
    return { tag: 'body', type: '', role: '', editable: false, focusable: false, compositeAncestor: '' };
  }
  const html = element as HTMLElement;
  const composite = element.parentElement?.closest(COMPOSITE_SELECTOR);
  return {
    tag: element.tagName.toLowerCase(),
    type: element instanceof HTMLInputElement ? element.type.toLowerCase() : '',
    role: element.getAttribute('role') ?? '',
    editable: html.isContentEditable === true,
    focusable: typeof html.tabIndex === 'number' && html.tabIndex >= 0,
    compositeAncestor: composite?.getAttribute('role') ?? '',
  };
}

/** The presenter step a keyboard event asks for (+1, −1 or 0), by the rule in `engine/presenter/keys.ts`. */
export function stepFromKeyboardEvent(event: KeyboardEvent): -1 | 0 | 1 {
  return stepForKey({
    key: event.key,
    shiftKey: event.shiftKey,
    ctrlKey: event.ctrlKey,
    altKey: event.altKey,
    metaKey: event.metaKey,
    defaultPrevented: event.defaultPrevented,
    focus: focusKind(focusFacts(document.activeElement)),
  });
}

/**
 * Stepping for the presenter and notes windows: `step(±1)` for their buttons and
 * `onKeydown` for `<svelte:window>`, both moving to the lesson's previous or next section.
 * Steps count from the address, which a step changes at once, not from the route, which
 * follows a task later, so two quick presses step twice.
 */
export function sectionStepper(
  page: 'present' | 'notes',
  current: () => { slug: string; sections: readonly { id: string }[]; index: number } | null,
  go: (href: string) => void,
): { step: (delta: number) => void; onKeydown: (event: KeyboardEvent) => void } {
  const hrefFor = page === 'present' ? presentHref : notesHref;
  const step = (delta: number) => {
    const now = current();
    if (!now) return;
    const target = now.sections[sectionIndexInAddress(location.hash, page, now.slug, now.sections, now.index) + delta];
    if (target) go(hrefFor(now.slug, target.id));
  };
  const onKeydown = (event: KeyboardEvent) => {
    if ((current()?.index ?? -1) < 0) return;
    const delta = stepFromKeyboardEvent(event);
    if (delta === 0) return;
    event.preventDefault();
    step(delta);
  };
  return { step, onKeydown };
}
