import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { filesForRoute, routePreloadSource, routePreloadsOf, type RoutePreloads } from '../../../build/routePreload';

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

describe('filesForRoute', () => {
  it('gives a page route its page chunks, with or without a query', () => {
    expect(filesForRoute('#/runs', MAP)).toEqual(MAP.pages.runs);
    expect(filesForRoute('#/runs?lab=drift-lab&q=x', MAP)).toEqual(MAP.pages.runs);
    expect(filesForRoute('#/settings', MAP)).toEqual(['assets/SettingsPage.js']);
  });

  it('gives a lesson section, the presenter view and the notes window the page and that lesson', () => {
    expect(filesForRoute('#/lesson/roles/sorter', MAP)).toEqual(['assets/LessonPage.css', 'assets/LessonPage.js', 'assets/roles.js']);
    expect(filesForRoute('#/present/agile', MAP)).toEqual(['assets/PresenterPage.js', 'assets/agile.js']);
    expect(filesForRoute('#/notes/roles/gap?x=1', MAP)).toEqual(['assets/NotesPage.js', 'assets/roles.js']);
  });

  it('preloads nothing for the course map, a lesson opened without its section, or the tools', () => {
    for (const hash of ['', '#', '#/', '#/lesson/roles', '#/tools']) expect(filesForRoute(hash, MAP), hash).toEqual([]);
  });

  it('trusts nothing in the address: unknown names, inherited properties, odd segments and long hashes preload nothing extra', () => {
    expect(filesForRoute('#/constructor', MAP)).toEqual([]);
    expect(filesForRoute('#/hasownproperty', MAP)).toEqual([]);
    expect(filesForRoute('#/lesson/constructor/x', MAP)).toEqual(MAP.pages.lesson);
    expect(filesForRoute('#/lesson/__proto__/x', MAP)).toEqual([]);
    expect(filesForRoute('#/runs/extra', MAP)).toEqual([]);
    expect(filesForRoute('#/lesson/roles/a/b', MAP)).toEqual([]);
    expect(filesForRoute('#/Runs', MAP)).toEqual([]);
    expect(filesForRoute(`#/runs${'x'.repeat(10_000)}`, MAP)).toEqual([]);
    expect(filesForRoute(`#/lesson/roles/${'a'.repeat(65)}`, MAP)).toEqual([]);
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

describe('the generated script', () => {
  function run(hash: string) {
    const appended: Record<string, string>[] = [];
    const document = {
      baseURI: 'https://course.example/app/index.html',
      createElement: () => ({}) as Record<string, string>,
      head: { appendChild: (link: Record<string, string>) => appended.push({ ...link }) },
    };
    runInNewContext(routePreloadSource(MAP), { location: { hash }, document, URL });
    return appended;
  }

  it("links the route's files as low-priority preloads, by absolute URL, styles in CORS mode", () => {
    expect(run('#/runs')).toEqual([
      { rel: 'preload', as: 'style', crossOrigin: '', fetchPriority: 'low', href: 'https://course.example/app/assets/RunsPage.css' },
      { rel: 'modulepreload', fetchPriority: 'low', href: 'https://course.example/app/assets/RunsPage.js' },
      { rel: 'modulepreload', fetchPriority: 'low', href: 'https://course.example/app/assets/RunsView.js' },
    ]);
  });

  it('adds nothing on the course map or for an address it does not know', () => {
    expect(run('#/')).toEqual([]);
    expect(run('#/<img src=x onerror=1>')).toEqual([]);
  });
});
