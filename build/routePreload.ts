import { readFileSync } from 'node:fs';
import type { Plugin, Rollup } from 'vite';
import { builtPagePlugin } from './builtPage.ts';

/**
 * The chunks each route needs beyond the first load, by route kind: `pages.runs` for
 * `#/runs`, `pages.lesson` plus `lessons.<slug>` for `#/lesson/<slug>/…`, and so on.
 */
export interface RoutePreloads {
  pages: Record<string, string[]>;
  lessons: Record<string, string[]>;
}

/** The page component each route kind loads lazily (src/App.svelte, src/pages/LessonRoute.svelte). */
const PAGE_MODULES: Record<string, string> = {
  runs: '/src/pages/RunsPage.svelte',
  settings: '/src/pages/SettingsPage.svelte',
  record: '/src/pages/RecordPage.svelte',
  present: '/src/pages/PresenterPage.svelte',
  notes: '/src/pages/NotesPage.svelte',
  lesson: '/src/pages/LessonPage.svelte',
};
const LESSON_FACADE = '\0virtual:lesson/';

/**
 * The inline script that reads the table and links the route's files: routePreload.inline.js
 * without its comment lines and indentation (every page carries it). A plain string function
 * of the file, so every process that writes the CSP (build, servers, tests) gets the same hash.
 */
export const ROUTE_PRELOAD_SCRIPT = readFileSync(new URL('./routePreload.inline.js', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('//') && !/^\/\*\*.*\*\/$/.test(line))
  .join('\n');

/** The table as a JSON data block, which the browser never runs and the CSP leaves alone. */
export function routeTableBlock(map: RoutePreloads): string {
  // File names are [\w.-] only; escaping `<` still keeps any value from closing the block.
  return `<script type="application/json" id="route-files">${JSON.stringify(map).replace(/</g, '\\u003c')}</script>`;
}

/** Reads the route table from the bundle: each page chunk and what it imports that the entry does not. */
export function routePreloadsOf(bundle: Rollup.OutputBundle): RoutePreloads {
  const chunks = Object.values(bundle).filter((file): file is Rollup.OutputChunk => file.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closure = (start: Rollup.OutputChunk, skip: Set<string>): string[] => {
    const seen = new Set<string>();
    const visit = (chunk: Rollup.OutputChunk | undefined) => {
      if (!chunk || seen.has(chunk.fileName) || skip.has(chunk.fileName)) return;
      seen.add(chunk.fileName);
      for (const imported of chunk.imports) visit(byFile.get(imported));
    };
    visit(start);
    return [...seen];
  };
  const entry = chunks.find((chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith('index.html'));
  if (!entry) throw new Error('route preload: no index.html entry chunk in the bundle');
  const firstLoad = new Set(closure(entry, new Set()));
  const filesOf = (chunk: Rollup.OutputChunk) => {
    const scripts = closure(chunk, firstLoad);
    const styles = scripts.flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])]);
    return [...styles, ...scripts];
  };

  const pages: Record<string, string[]> = {};
  for (const [kind, module] of Object.entries(PAGE_MODULES)) {
    const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
    if (!chunk) throw new Error(`route preload: no chunk for ${module} (was it renamed? update PAGE_MODULES)`);
    pages[kind] = filesOf(chunk);
  }
  const lessons: Record<string, string[]> = {};
  for (const chunk of chunks) {
    if (chunk.facadeModuleId?.startsWith(LESSON_FACADE)) lessons[chunk.facadeModuleId.slice(LESSON_FACADE.length)] = filesOf(chunk);
  }
  if (Object.keys(lessons).length === 0) throw new Error('route preload: no lesson chunks in the bundle');
  return { pages, lessons };
}

/**
 * index.html with the route table and the script that reads it, after the entry's module
 * script and before its stylesheet (an inline script waits for the stylesheets above it).
 */
export function withRoutePreload(html: string, map: RoutePreloads): string {
  const entry = html.indexOf('<script type="module"');
  const at = html.indexOf('<link rel="stylesheet"', entry);
  if (entry < 0 || at < 0) throw new Error('route preload: index.html has no module script followed by a stylesheet to put the preload between');
  return `${html.slice(0, at)}${routeTableBlock(map)}\n    <script>${ROUTE_PRELOAD_SCRIPT}</script>\n    ${html.slice(at)}`;
}

/**
 * Writes the route preload into the built index.html. Hash routes are invisible to the
 * server, so only the page can tell which chunks it is about to need; inline, it asks for
 * them while the entry still downloads.
 */
export const routePreloadPlugin = (): Plugin => builtPagePlugin('route-preload', (html, bundle) => withRoutePreload(html, routePreloadsOf(bundle)));
