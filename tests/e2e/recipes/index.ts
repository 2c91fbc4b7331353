import { readFileSync, readdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { simLoaders } from '../../../src/content/interactives';
import { INTERACTIVE_NAMES, type InteractiveId } from '../../../src/content/interactiveIds';
import type { Actions } from './actions';

/**
 * One recipe per landed interactive: `tests/e2e/recipes/<interactive-id>.ts`, whose
 * default export starts on the lab's section, runs the lab with its defaults to a
 * visible result and asserts that the result is there. It acts on the lab only through
 * `act` (see `actions.ts`): the offline test runs every recipe with the mouse, the
 * keyboard-only course test with keys. Both fail for a landed lab without a recipe, and
 * the keyboard test for a recipe that takes no `act` or uses the mouse behind its back.
 */
export type RunToResult = (page: Page, region: Locator, act: Actions) => Promise<void>;

const here = new URL('./', import.meta.url);

/** The ids that have a recipe file here. */
export function recipeIds(): string[] {
  return readdirSync(here)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'actions.ts')
    .map((f) => f.slice(0, -'.ts'.length))
    .sort();
}

/** The recipe of one interactive. */
export async function loadRecipe(id: string): Promise<RunToResult> {
  const module = (await import(new URL(`./${id}.ts`, here).href)) as { default: RunToResult };
  return module.default;
}

/** The interactives that have landed: the keys of `simLoaders` in src/content/interactives.ts. */
export function landedLabs(): InteractiveId[] {
  return (Object.keys(simLoaders) as InteractiveId[]).sort();
}

/** The accessible name of an interactive's region. */
export const labName = (id: InteractiveId): string => INTERACTIVE_NAMES[id];

/**
 * Where each interactive sits in the course: `#/lesson/<slug>/<section>` of the
 * section whose ```interactive block names it, read from lessons/NN-slug/lesson.md.
 */
export function labRoutes(): Map<string, string> {
  const routes = new Map<string, string>();
  const lessons = new URL('../../../lessons/', import.meta.url);
  for (const folder of readdirSync(lessons).filter((f) => /^\d\d-/.test(f)).sort()) {
    const text = readFileSync(new URL(`${folder}/lesson.md`, lessons), 'utf8');
    const slug = /^slug:\s*(\S+)/m.exec(text)?.[1];
    let section = '';
    for (const match of text.matchAll(/<!-- section: ([\w-]+) -->|```interactive\n([\w-]+)/g)) {
      if (match[1]) section = match[1];
      else if (match[2] && slug) routes.set(match[2], `#/lesson/${slug}/${section}`);
    }
  }
  return routes;
}
