import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import type { Lesson } from '../../src/content/types.ts';
import { checkCourse, compileLesson, toMeta } from './compile.ts';
import { compilePrePost } from './prepost.ts';

const INDEX_ID = 'virtual:lessons';
const LESSON_PREFIX = 'virtual:lesson/';

/** Reads and compiles every lessons/NN-slug/lesson.md, in folder order. */
export function compileCourse(dir: string): { file: string; lesson: Lesson }[] {
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const compiled = folders.map((folder) => {
    const path = join(dir, folder, 'lesson.md');
    const file = relative(process.cwd(), path);
    if (!existsSync(path)) throw new Error(`${file}: missing (every lesson folder needs a lesson.md)`);
    const prepostPath = join(dir, folder, 'prepost.yaml');
    const prepostFile = relative(process.cwd(), prepostPath);
    if (!existsSync(prepostPath)) throw new Error(`${prepostFile}: missing (every lesson folder needs a prepost.yaml, see docs/AUTHORING.md)`);
    const slug = folder.replace(/^\d{2}-/, '');
    const prepost = compilePrePost(prepostFile, slug, readFileSync(prepostPath, 'utf8'));
    return { file, lesson: compileLesson(file, folder, readFileSync(path, 'utf8'), prepost) };
  });
  checkCourse(compiled);
  return compiled.sort((a, b) => a.lesson.number - b.lesson.number);
}

/**
 * Compiles lessons at build time into virtual modules: `virtual:lessons` (the map:
 * metadata plus a lazy loader per lesson) and `virtual:lesson/<slug>` (one body each),
 * so the home route never downloads lesson bodies. A malformed lesson fails the build.
 */
export function lessonsPlugin(dir = 'lessons'): Plugin {
  let course: { file: string; lesson: Lesson }[] | null = null;
  const load = () => (course ??= compileCourse(dir));
  return {
    name: 'ml-that-works-lessons',
    buildStart() {
      course = null;
      load();
    },
    resolveId(id) {
      if (id === INDEX_ID || id.startsWith(LESSON_PREFIX)) return '\0' + id;
    },
    load(id) {
      if (!id.startsWith('\0virtual:')) return;
      const lessons = load();
      for (const { file } of lessons) {
        this.addWatchFile(join(process.cwd(), file));
        this.addWatchFile(join(process.cwd(), file.replace(/lesson\.md$/, 'prepost.yaml')));
      }
      if (id === '\0' + INDEX_ID) {
        const loaders = lessons
          .map(({ lesson }) => `  ${JSON.stringify(lesson.slug)}: () => import(${JSON.stringify(LESSON_PREFIX + lesson.slug)}),`)
          .join('\n');
        return `export const lessons = ${JSON.stringify(lessons.map(({ lesson }) => toMeta(lesson)))};\nexport const loaders = {\n${loaders}\n};\n`;
      }
      const slug = id.slice(('\0' + LESSON_PREFIX).length);
      const found = lessons.find(({ lesson }) => lesson.slug === slug);
      if (!found) throw new Error(`No lesson with slug "${slug}"`);
      return `export default ${JSON.stringify(found.lesson)};\n`;
    },
    configureServer(server) {
      server.watcher.add(dir);
      server.watcher.on('change', (path) => {
        if (!(path.endsWith('.md') || path.endsWith('.yaml')) || !path.includes(dir)) return;
        course = null;
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith('\0virtual:lesson')) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
