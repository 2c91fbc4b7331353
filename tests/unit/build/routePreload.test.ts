import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { ROUTE_PRELOAD_SCRIPT, routePreloadsOf, routeTableBlock, withRoutePreload, type RoutePreloads } from '../../../build/routePreload';

const MAP: RoutePreloads = {
  pages: {
    runs: ['assets/RunsPage.css', 'assets/RunsPage.js', 'assets/RunsView.js'],
    settings: ['assets/SettingsPage.js'],
    record: ['assets/RecordPage.js'],
    present: ['assets/PresenterPage.js'],
    notes: ['assets/NotesPage.js'],
    lesson: ['assets/LessonPage.css', 'assets/LessonPage.js'],
  },
  lessons: { roles: ['assets/roles.js'], agile: ['assets/agile.js'] },
};

/** Runs the inline script on a page at `hash` whose route table is `table`; returns the links it added. */
function runInline(hash: string, table: string | null = JSON.stringify(MAP)) {
  const appended: Record<string, string>[] = [];
  const document = {
    baseURI: 'https://course.example/app/index.html',
    getElementById: (id: string) => (id === 'route-files' && table !== null ? { textContent: table } : null),
    createElement: () => ({}) as Record<string, string>,
    head: { appendChild: (link: Record<string, string>) => appended.push({ ...link }) },
  };
  runInNewContext(ROUTE_PRELOAD_SCRIPT, { location: { hash }, document, URL });
  return appended;
}

/** The files the inline script links for `hash`, as paths under the app. */
const filesFor = (hash: string) => runInline(hash).map((link) => link.href.replace('https://course.example/app/', ''));

describe('the inline script: which files a route gets', () => {
  it('gives a page route its page chunks, with or without a query', () => {
    expect(filesFor('#/runs')).toEqual(MAP.pages.runs);
    expect(filesFor('#/runs?lab=drift-lab&q=x')).toEqual(MAP.pages.runs);
    expect(filesFor('#/settings')).toEqual(['assets/SettingsPage.js']);
  });

  it('gives a lesson section, the presenter view and the notes window the page and that lesson', () => {
    expect(filesFor('#/lesson/roles/sorter')).toEqual(['assets/LessonPage.css', 'assets/LessonPage.js', 'assets/roles.js']);
    expect(filesFor('#/present/agile')).toEqual(['assets/PresenterPage.js', 'assets/agile.js']);
    expect(filesFor('#/notes/roles/gap?x=1')).toEqual(['assets/NotesPage.js', 'assets/roles.js']);
  });

  it('preloads nothing for the course map, a lesson opened without its section, or the tools', () => {
    for (const hash of ['', '#', '#/', '#/lesson/roles', '#/tools']) expect(filesFor(hash), hash).toEqual([]);
  });

  it('trusts nothing in the address: unknown names, inherited properties, odd segments and long hashes preload nothing extra', () => {
    expect(filesFor('#/constructor')).toEqual([]);
    expect(filesFor('#/hasownproperty')).toEqual([]);
    expect(filesFor('#/lesson/constructor/x')).toEqual(MAP.pages.lesson);
    expect(filesFor('#/lesson/__proto__/x')).toEqual([]);
    expect(filesFor('#/runs/extra')).toEqual([]);
    expect(filesFor('#/lesson/roles/a/b')).toEqual([]);
    expect(filesFor('#/Runs')).toEqual([]);
    expect(filesFor(`#/runs${'x'.repeat(10_000)}`)).toEqual([]);
    expect(filesFor(`#/lesson/roles/${'a'.repeat(65)}`)).toEqual([]);
    expect(filesFor('#/<img src=x onerror=1>')).toEqual([]);
  });

  it("links the route's files as low-priority preloads, by absolute URL, styles in CORS mode", () => {
    expect(runInline('#/runs')).toEqual([
      { rel: 'preload', as: 'style', crossOrigin: '', fetchPriority: 'low', href: 'https://course.example/app/assets/RunsPage.css' },
      { rel: 'modulepreload', fetchPriority: 'low', href: 'https://course.example/app/assets/RunsPage.js' },
      { rel: 'modulepreload', fetchPriority: 'low', href: 'https://course.example/app/assets/RunsView.js' },
    ]);
  });

  it('does nothing, and throws nothing, when the table is missing or unreadable', () => {
    expect(runInline('#/runs', null)).toEqual([]);
    expect(runInline('#/runs', '{"pages": ')).toEqual([]);
    expect(runInline('#/runs', 'null')).toEqual([]);
    expect(runInline('#/runs', '{"pages": {}}')).toEqual([]);
  });

  it('is the source file without comment lines or indentation, so what the CSP hashes is small and fixed', () => {
    expect(ROUTE_PRELOAD_SCRIPT.startsWith('(function () {')).toBe(true);
    expect(ROUTE_PRELOAD_SCRIPT).not.toMatch(/^\s|\n\s|\n\/\/|\/\*\*/);
    expect(ROUTE_PRELOAD_SCRIPT).not.toContain('</script');
  });
});

function chunk(fileName: string, facadeModuleId: string | null, imports: string[] = [], css: string[] = [], isEntry = false): Rollup.OutputChunk {
  return { type: 'chunk', fileName, facadeModuleId, imports, isEntry, viteMetadata: { importedCss: new Set(css), importedAssets: new Set() } } as unknown as Rollup.OutputChunk;
}

function bundleOf(...chunks: Rollup.OutputChunk[]): Rollup.OutputBundle {
  return Object.fromEntries(chunks.map((c) => [c.fileName, c]));
}

const PAGES = ['Runs', 'Settings', 'Record', 'Presenter', 'Notes', 'Lesson'];

describe('routePreloadsOf', () => {
  const bundle = () =>
    bundleOf(
      chunk('assets/index.js', '/app/index.html', ['assets/client.js'], ['assets/index.css'], true),
      chunk('assets/client.js', null),
      chunk('assets/shared.js', null, ['assets/client.js', 'assets/deep.js'], ['assets/shared.css']),
      chunk('assets/deep.js', null, ['assets/index.js']),
      ...PAGES.map((name) => chunk(`assets/${name}Page.js`, `/app/src/pages/${name}Page.svelte`, ['assets/index.js', 'assets/shared.js'], [`assets/${name}Page.css`])),
      chunk('assets/roles.js', '\0virtual:lesson/roles', ['assets/client.js']),
      chunk('assets/agile.js', '\0virtual:lesson/agile', []),
    );

  it('lists each page chunk with what it imports beyond the first load, stylesheets first', () => {
    const map = routePreloadsOf(bundle());
    expect(map.pages.runs).toEqual(['assets/RunsPage.css', 'assets/shared.css', 'assets/RunsPage.js', 'assets/shared.js', 'assets/deep.js']);
    expect(Object.keys(map.pages).sort()).toEqual(['lesson', 'notes', 'present', 'record', 'runs', 'settings']);
    expect(map.lessons).toEqual({ roles: ['assets/roles.js'], agile: ['assets/agile.js'] });
  });

  it('stops the build when a page chunk or the entry is missing, instead of shipping a stale table', () => {
    const missingPage = bundle();
    delete missingPage['assets/RunsPage.js'];
    expect(() => routePreloadsOf(missingPage)).toThrow(/RunsPage\.svelte/);
    const missingEntry = bundle();
    delete missingEntry['assets/index.js'];
    expect(() => routePreloadsOf(missingEntry)).toThrow(/entry/);
  });
});

describe('withRoutePreload', () => {
  const html = [
    '<head>',
    '<script type="module" crossorigin src="./assets/index.js"></script>',
    '<link rel="modulepreload" crossorigin href="./assets/client.js">',
    '<link rel="stylesheet" crossorigin href="./assets/index.css">',
    '</head>',
  ].join('\n');

  it('puts the table and the script after the entry and before its stylesheet', () => {
    const out = withRoutePreload(html, MAP);
    const order = ['<script type="module"', 'rel="modulepreload"', 'id="route-files"', `<script>${ROUTE_PRELOAD_SCRIPT}</script>`, 'rel="stylesheet"'].map((part) => out.indexOf(part));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const table = /<script type="application\/json" id="route-files">(.*?)<\/script>/.exec(out)?.[1];
    expect(JSON.parse(table ?? '')).toEqual(MAP);
  });

  it('refuses a page without a module script followed by a stylesheet', () => {
    expect(() => withRoutePreload('<head><link rel="stylesheet" href="a.css"></head>', MAP)).toThrow(/module script/);
    expect(() => withRoutePreload('<head><script type="module" src="a.js"></script></head>', MAP)).toThrow(/stylesheet/);
  });

  it('writes the table so that no value can close its block', () => {
    const block = routeTableBlock({ pages: { runs: ['</script><script>alert(1)</script>'] }, lessons: {} });
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(block.replace(/^<script[^>]*>|<\/script>$/g, '')).pages.runs[0]).toBe('</script><script>alert(1)</script>');
  });
});
