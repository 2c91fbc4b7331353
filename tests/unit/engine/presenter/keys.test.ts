import { describe, expect, it } from 'vitest';
import { focusKind, stepForKey, type FocusFacts, type FocusKind, type KeyPress } from '../../../../src/engine/presenter/keys';

const press = (key: string, focus: FocusKind, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  focus,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  defaultPrevented: false,
  ...extra,
});

describe('stepForKey', () => {
  const cases: { name: string; press: KeyPress; expected: -1 | 0 | 1 }[] = [
    { name: 'ArrowRight on the page steps forward', press: press('ArrowRight', 'page'), expected: 1 },
    { name: 'PageDown on the page steps forward', press: press('PageDown', 'page'), expected: 1 },
    { name: 'Space on the page steps forward', press: press(' ', 'page'), expected: 1 },
    { name: 'ArrowLeft on the page steps back', press: press('ArrowLeft', 'page'), expected: -1 },
    { name: 'PageUp on the page steps back', press: press('PageUp', 'page'), expected: -1 },
    { name: 'Shift+Space on the page steps back', press: press(' ', 'page', { shiftKey: true }), expected: -1 },
    { name: 'ArrowRight on a button steps (buttons ignore arrows)', press: press('ArrowRight', 'activatable'), expected: 1 },
    { name: 'PageUp on a link steps back', press: press('PageUp', 'activatable'), expected: -1 },
    { name: 'Space on a button is the button’s', press: press(' ', 'activatable'), expected: 0 },
    { name: 'Shift+Space on a link is the link’s', press: press(' ', 'activatable', { shiftKey: true }), expected: 0 },
    { name: 'ArrowRight in a control (slider, text field, radio) is the control’s', press: press('ArrowRight', 'control'), expected: 0 },
    { name: 'PageDown in a control is the control’s', press: press('PageDown', 'control'), expected: 0 },
    { name: 'Space in a control is the control’s', press: press(' ', 'control'), expected: 0 },
    { name: 'a key a widget already handled is not a step', press: press('ArrowRight', 'page', { defaultPrevented: true }), expected: 0 },
    { name: 'Alt+ArrowLeft is the browser’s back, not a step', press: press('ArrowLeft', 'page', { altKey: true }), expected: 0 },
    { name: 'Ctrl+ArrowRight is not a step', press: press('ArrowRight', 'page', { ctrlKey: true }), expected: 0 },
    { name: 'Meta+ArrowRight is not a step', press: press('ArrowRight', 'page', { metaKey: true }), expected: 0 },
    { name: 'Shift+ArrowRight (text selection) is not a step', press: press('ArrowRight', 'page', { shiftKey: true }), expected: 0 },
    { name: 'Enter is never a step', press: press('Enter', 'page'), expected: 0 },
    { name: 'ArrowDown scrolls, never steps', press: press('ArrowDown', 'page'), expected: 0 },
  ];
  it.each(cases)('$name', ({ press: p, expected }) => expect(stepForKey(p)).toBe(expected));
});

describe('focusKind', () => {
  const facts = (extra: Partial<FocusFacts>): FocusFacts => ({
    tag: 'div',
    type: '',
    role: '',
    editable: false,
    focusable: false,
    compositeAncestor: '',
    ...extra,
  });
  const cases: { name: string; facts: FocusFacts; expected: FocusKind }[] = [
    { name: 'the body is the page', facts: facts({ tag: 'body' }), expected: 'page' },
    { name: 'main focused by script (tabindex −1) is the page', facts: facts({ tag: 'main' }), expected: 'page' },
    { name: 'a button is activatable', facts: facts({ tag: 'button', focusable: true }), expected: 'activatable' },
    { name: 'a link is activatable', facts: facts({ tag: 'a', focusable: true }), expected: 'activatable' },
    { name: 'a summary is activatable', facts: facts({ tag: 'summary', focusable: true }), expected: 'activatable' },
    { name: 'a checkbox is activatable', facts: facts({ tag: 'input', type: 'checkbox', focusable: true }), expected: 'activatable' },
    { name: 'a file input is activatable', facts: facts({ tag: 'input', type: 'file', focusable: true }), expected: 'activatable' },
    { name: 'a chart with tabindex 0 is activatable', facts: facts({ tag: 'svg', focusable: true }), expected: 'activatable' },
    { name: 'a radio button is a control (arrows move the choice)', facts: facts({ tag: 'input', type: 'radio' }), expected: 'control' },
    { name: 'a range input is a control', facts: facts({ tag: 'input', type: 'range' }), expected: 'control' },
    { name: 'a number input is a control', facts: facts({ tag: 'input', type: 'number' }), expected: 'control' },
    { name: 'a text input is a control', facts: facts({ tag: 'input', type: 'text' }), expected: 'control' },
    { name: 'a select is a control', facts: facts({ tag: 'select' }), expected: 'control' },
    { name: 'a textarea is a control', facts: facts({ tag: 'textarea' }), expected: 'control' },
    { name: 'an editable element is a control', facts: facts({ editable: true }), expected: 'control' },
    { name: 'an element with role slider is a control', facts: facts({ role: 'slider', focusable: true }), expected: 'control' },
    { name: 'a button inside a tablist is a control', facts: facts({ tag: 'button', compositeAncestor: 'tablist' }), expected: 'control' },
  ];
  it.each(cases)('$name', ({ facts: f, expected }) => expect(focusKind(f)).toBe(expected));
});
