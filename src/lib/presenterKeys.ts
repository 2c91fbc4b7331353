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
