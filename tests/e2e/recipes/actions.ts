import { expect, type Locator, type Page } from '@playwright/test';

/**
 * What a recipe does to a lab, without saying how: the offline test fulfils these with the
 * mouse (`pointerActions`), the keyboard-only course test with keys (`keyboardActions`).
 * A recipe that acts through these alone runs both ways.
 */
export interface Actions {
  /** Activates a button or a link. */
  press(target: Locator): Promise<void>;
  /** Checks a radio button or a checkbox. */
  check(target: Locator): Promise<void>;
  /** Replaces a field's text with `value` and commits it (as leaving the field does). */
  fill(target: Locator, value: string): Promise<void>;
  /** Chooses files in a file input. */
  setFiles(target: Locator, files: string[]): Promise<void>;
  /** Picks the option with this visible label in a select. */
  select(target: Locator, label: string): Promise<void>;
}

/** The mouse: clicks, checks, Playwright's fill and file setting. */
export const pointerActions: Actions = {
  press: (target) => target.click(),
  check: (target) => target.check(),
  fill: async (target, value) => {
    await target.fill(value);
    await target.blur();
  },
  setFiles: (target, files) => target.setInputFiles(files),
  select: async (target, label) => void (await target.selectOption({ label })),
};

/** How far `tabTo` walks before it gives up. */
const MAX_TABS = 400;
/** How long an action waits for its target to be there and enabled (labs load data first). */
const READY_TIMEOUT = 30_000;

/** The one-step verdict of where focus is relative to `target`: there, or which way to Tab. */
type Where = 'here' | 'Tab' | 'Shift+Tab';

/**
 * Presses Tab (or Shift+Tab, whichever way the target lies in document order) until
 * `isThere` holds for the focused element, at most MAX_TABS times. Only keys move focus.
 */
async function tabUntil(page: Page, target: Locator, isThere: (target: Element, active: Element | null) => boolean, what: string): Promise<void> {
  await expect(target, `${what} is visible`).toBeVisible({ timeout: READY_TIMEOUT });
  await expect(target, `${what} is enabled`).toBeEnabled({ timeout: READY_TIMEOUT });
  const test = isThere.toString();
  for (let i = 0; i < MAX_TABS; i++) {
    const where: Where = await target.evaluate((el, source) => {
      const there = new Function(`return (${source})`)() as (t: Element, a: Element | null) => boolean;
      const active = document.activeElement;
      if (active && there(el, active)) return 'here';
      if (!active || active === document.body || active === document.documentElement) return 'Tab';
      return active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING ? 'Tab' : 'Shift+Tab';
    }, test);
    if (where === 'here') return;
    await page.keyboard.press(where);
  }
  throw new Error(`Tab never reached ${what} in ${MAX_TABS} presses`);
}

/** Presses Tab / Shift+Tab until `target` has focus (bounded); throws if it never does. */
export function tabTo(page: Page, target: Locator, what = String(target)): Promise<void> {
  return tabUntil(page, target, (t, a) => t === a, what);
}

/** The keyboard: Tab and Shift+Tab to move, arrows inside radio groups, Enter and Space to act. */
export function keyboardActions(page: Page): Actions {
  return {
    async press(target) {
      await tabTo(page, target);
      await page.keyboard.press('Enter');
    },
    async check(target) {
      const type = await target.evaluate((el) => (el as HTMLInputElement).type);
      if (type !== 'radio') {
        await tabTo(page, target);
        if (!(await target.isChecked())) await page.keyboard.press('Space');
        return;
      }
      // Tab stops once per radio group (on its checked radio, or its first); arrows move within it.
      await tabUntil(
        page,
        target,
        (t, a) => a instanceof HTMLInputElement && a.type === 'radio' && a.name === (t as HTMLInputElement).name && a.form === (t as HTMLInputElement).form,
        String(target),
      );
      for (let i = 0; i < 50; i++) {
        const step = await target.evaluate((el) => {
          const active = document.activeElement as HTMLInputElement;
          if (active === el) return 'here';
          return active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING ? 'ArrowDown' : 'ArrowUp';
        });
        if (step === 'here') break;
        await page.keyboard.press(step);
      }
      await expect(target).toBeFocused();
      if (!(await target.isChecked())) await page.keyboard.press('Space');
      await expect(target).toBeChecked();
    },
    async fill(target, value) {
      await tabTo(page, target);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    },
    async setFiles(target, files) {
      await tabTo(page, target);
      const chooser = page.waitForEvent('filechooser');
      await page.keyboard.press('Space');
      await (await chooser).setFiles(files);
    },
    async select(target, label) {
      // A focused, closed select moves through its options with the arrow keys and fires change each step.
      await tabTo(page, target);
      const labels = await target.evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.label));
      const goal = labels.indexOf(label);
      if (goal < 0) throw new Error(`${String(target)} has no option "${label}"`);
      for (let i = 0; i < labels.length; i++) {
        const at = await target.evaluate((el) => (el as HTMLSelectElement).selectedIndex);
        if (at === goal) return;
        await page.keyboard.press(at < goal ? 'ArrowDown' : 'ArrowUp');
      }
      await expect(target).toHaveValue(await target.evaluate((el, i) => (el as HTMLSelectElement).options[i].value, goal));
    },
  };
}
