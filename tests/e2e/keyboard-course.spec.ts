import type { Page } from '@playwright/test';
import { compileCourse } from '../../build/lessons/plugin';
import type { Lesson } from '../../src/content/types';
import { test, expect, waitForApp } from './fixtures';
import { keyboardActions, type Actions } from './recipes/actions';
import { labName, landedLabs, loadRecipe, recipeIds, type RunToResult } from './recipes/index';

/**
 * The whole course with the keyboard alone: every lesson from the course map, every section
 * done with "Mark section done · Next section", every knowledge check answered right, every
 * lab that has landed (the keys of simLoaders) run to a result through its recipe driven by
 * keys, and then the presenter view. Focus moves only by Tab, Shift+Tab and arrows; Enter and
 * Space act. A tripwire in the page records any pointer or mouse event, so a recipe that
 * clicks fails here with the lab's name.
 */
test.use({ reducedMotion: 'reduce' }); // labs skip their replays; nothing here waits on an animation

const course: Lesson[] = compileCourse('lessons').map((c) => c.lesson);

/** Records every pointer and mouse event in the page; keyboard activation never makes one. */
const MOUSE_TRIPWIRE = () => {
  const seen: string[] = [];
  (window as unknown as { __mouse: string[] }).__mouse = seen;
  const note = (event: Event) => {
    const target = event.target as Element | null;
    seen.push(`${event.type} on ${target?.tagName?.toLowerCase() ?? '?'} "${(target?.textContent ?? '').trim().slice(0, 40)}"`);
  };
  for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'wheel', 'contextmenu', 'dblclick']) {
    window.addEventListener(type, note, { capture: true });
  }
  // A click from Enter or Space has detail 0; a mouse click counts its presses.
  window.addEventListener('click', (event) => event.detail > 0 && note(event), { capture: true });
};

const mouseEvents = (page: Page) => page.evaluate(() => (window as unknown as { __mouse: string[] }).__mouse.splice(0));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function answerCheck(page: Page, act: Actions, id: string, correctText: string): Promise<void> {
  const form = page.locator(`form[data-check="${id}"]`);
  await act.check(form.getByRole('radio', { name: new RegExp(`^[A-Z]\\s*${escape(correctText)}$`) }));
  await act.press(form.getByRole('button', { name: 'Check answer' }));
  await expect(form.getByText('Correct.', { exact: true })).toBeVisible();
}

test('the whole course, every check and every landed lab, then the presenter view, with the keyboard alone', async ({ page, context }) => {
  test.setTimeout(420_000); // the course end to end, labs training models included
  const landed = landedLabs();
  expect(landed.filter((id) => !recipeIds().includes(id)), 'landed labs without a recipe in tests/e2e/recipes/<id>.ts').toEqual([]);
  const recipes = new Map<string, RunToResult>();
  for (const id of landed) recipes.set(id, await loadRecipe(id));
  expect(
    landed.filter((id) => recipes.get(id)!.length < 3),
    'landed labs whose recipe takes no `act` (write its steps with act.press / act.check / act.fill / act.setFiles)',
  ).toEqual([]);
  const placed = new Set(course.flatMap((l) => l.interactiveIds));
  expect(landed.filter((id) => !placed.has(id)), 'landed labs that no lesson places').toEqual([]);

  await context.addInitScript(MOUSE_TRIPWIRE);
  const act = keyboardActions(page);
  await page.goto('./#/');
  await waitForApp(page);
  const ran: string[] = [];

  for (const lesson of course) {
    await test.step(`lesson ${lesson.number}: ${lesson.slug}`, async () => {
      await expect(page).toHaveURL(/#\/$/);
      const card = page.getByRole('article', { name: lesson.title });
      await act.press(card.getByRole('link', { name: 'Start lesson' }));
      for (const [i, section] of lesson.body.entries()) {
        await expect(page.locator('#section-title')).toHaveText(section.title);
        await expect(page).toHaveURL(new RegExp(`#/lesson/${lesson.slug}/${section.id}$`));
        for (const block of section.blocks) {
          if (block.kind === 'check') {
            const correct = block.options.find((o) => o.correct)!;
            await answerCheck(page, act, block.id, correct.text);
          } else if (block.kind === 'interactive' && recipes.has(block.id)) {
            const region = page.getByRole('region', { name: labName(block.id as never) });
            await recipes.get(block.id)!(page, region, act);
            expect(await mouseEvents(page), `mouse events while the ${block.id} recipe ran`).toEqual([]);
            ran.push(block.id);
          }
        }
        const last = i === lesson.body.length - 1;
        await act.press(page.getByRole('button', { name: last ? 'Finish lesson' : 'Mark section done · Next section →' }));
      }
    });
  }

  expect([...ran].sort(), 'every landed lab ran').toEqual(expect.arrayContaining(landed));
  for (const lesson of course) {
    const card = page.getByRole('article', { name: lesson.title });
    await expect(card).toContainText(`${lesson.sections.length} of ${lesson.sections.length} sections done`);
    await expect(card).toContainText(`${lesson.checkIds.length} of ${lesson.checkIds.length} checks answered`);
  }

  await test.step('the presenter view, by keyboard', async () => {
    // "Review lesson" opens the last section; the presenter view starts there and steps back.
    const lesson = course[0];
    const sections = lesson.body;
    await act.press(page.getByRole('article', { name: lesson.title }).getByRole('link', { name: 'Review lesson' }));
    await expect(page.locator('#section-title')).toHaveText(sections.at(-1)!.title);
    await act.press(page.getByRole('link', { name: 'Present this lesson' }));
    await expect(page).toHaveURL(new RegExp(`#/present/${lesson.slug}/${sections.at(-1)!.id}$`));
    for (let i = sections.length - 1; i >= 0; i--) {
      const section = sections[i];
      await expect(page.locator('#section-title')).toHaveText(section.title);
      const check = section.blocks.find((b) => b.kind === 'check');
      if (check?.kind === 'check') {
        const question = page.locator(`[data-room-check="${check.id}"]`);
        await act.press(question.getByRole('button', { name: 'Reveal answer' }));
        await expect(question.locator('li.correct')).toContainText(check.options.find((o) => o.correct)!.text);
        // Focus is on that button now: Space is the button's (it hides the answer again), not a step.
        await page.keyboard.press('Space');
        await expect(question.locator('li.correct')).toHaveCount(0);
        await expect(page.locator('#section-title')).toHaveText(section.title);
      }
      if (i > 0) await page.keyboard.press('ArrowLeft'); // arrows step even with focus on a button
    }
    await act.press(page.getByRole('link', { name: 'Leave the presenter view' }));
    await expect(page).toHaveURL(new RegExp(`#/lesson/${lesson.slug}/${sections[0].id}$`));
  });

  expect(await mouseEvents(page), 'mouse events anywhere in the course').toEqual([]);
});
