/**
 * Which key presses step the presenter view (and the notes window) through sections.
 *
 * The rule, in order:
 * 1. Only ArrowRight, PageDown and Space step forward; ArrowLeft, PageUp and Shift+Space
 *    step back. Anything held with Ctrl, Alt or Meta is the browser's (Alt+ArrowLeft is
 *    "back"), never a step.
 * 2. A press some element already handled (`defaultPrevented`: a chart's cursor, the
 *    change-request list) is that element's, never a step.
 * 3. Focus in a control that uses these keys itself is never a step: text fields, number
 *    and range inputs, selects, radio groups (arrows move the choice), anything editable,
 *    and anything inside an ARIA composite widget (slider, listbox, tablist, grid, menu,
 *    tree, radiogroup, combobox, spinbutton, textbox).
 * 4. Space on anything it activates (buttons, links, checkboxes, summaries, any other
 *    focusable element) is that element's; arrows and Page keys there still step, since
 *    those elements do nothing with them.
 * So a presenter who has just pressed a lab's button steps on with ArrowRight, and one
 * typing a value into a lab's field or moving a slider never leaves the section by accident.
 */

/** What kind of element has focus, as far as stepping keys are concerned. */
export type FocusKind =
  /** The page itself: body, headings, text, a focused region or `main`. */
  | 'page'
  /** An element Space (or Enter) activates: button, link, checkbox, summary, tabindex'd item. */
  | 'activatable'
  /** A control that uses arrows, Page keys and Space itself (see rule 3). */
  | 'control';

/** A key press as the rule sees it (the fields of a KeyboardEvent it needs). */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  defaultPrevented: boolean;
  focus: FocusKind;
}

/** +1 (next section), −1 (previous section) or 0 (not a step) for a key press, by the rule above. */
export function stepForKey(press: KeyPress): -1 | 0 | 1 {
  if (press.ctrlKey || press.altKey || press.metaKey || press.defaultPrevented) return 0;
  if (press.focus === 'control') return 0;
  const space = press.key === ' ' || press.key === 'Spacebar';
  if (space) {
    if (press.focus !== 'page') return 0;
    return press.shiftKey ? -1 : 1;
  }
  if (press.shiftKey) return 0;
  if (press.key === 'ArrowRight' || press.key === 'PageDown') return 1;
  if (press.key === 'ArrowLeft' || press.key === 'PageUp') return -1;
  return 0;
}

/** The facts about the focused element that decide its `FocusKind`. */
export interface FocusFacts {
  /** Lower-case tag name, e.g. `input`. */
  tag: string;
  /** The `type` of an input (lower case), else ''. */
  type: string;
  /** The element's `role` attribute, else ''. */
  role: string;
  editable: boolean;
  /** The element can take focus other than as the page (`tabindex`, links with href). */
  focusable: boolean;
  /** The nearest ancestor's composite-widget role, or '' when there is none. */
  compositeAncestor: string;
}

const BUTTON_INPUTS = new Set(['button', 'submit', 'reset', 'checkbox', 'image', 'file', 'color']);
const CONTROL_TAGS = new Set(['select', 'textarea']);
/** ARIA roles whose widgets take arrows (and often Space) for themselves. */
export const COMPOSITE_ROLES = [
  'slider',
  'spinbutton',
  'textbox',
  'searchbox',
  'combobox',
  'listbox',
  'radiogroup',
  'radio',
  'tablist',
  'tab',
  'menu',
  'menubar',
  'menuitem',
  'grid',
  'treegrid',
  'tree',
  'scrollbar',
];
const ACTIVATABLE_TAGS = new Set(['button', 'a', 'summary']);

/** Classifies the focused element (see `FocusKind` and rule 3 and 4 of `stepForKey`). */
export function focusKind(facts: FocusFacts): FocusKind {
  if (facts.editable || CONTROL_TAGS.has(facts.tag)) return 'control';
  if (facts.tag === 'input') return BUTTON_INPUTS.has(facts.type) ? 'activatable' : 'control';
  if (COMPOSITE_ROLES.includes(facts.role) || facts.compositeAncestor) return 'control';
  if (ACTIVATABLE_TAGS.has(facts.tag) || facts.focusable) return 'activatable';
  return 'page';
}
