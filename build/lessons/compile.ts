import type { Lesson, LessonMeta, PrePostQuestion, Section } from '../../src/content/types.ts';
import { compileSectionBody } from './blocks.ts';
import { checkKnowledgeChecks } from './checkRules.ts';
import { LessonError } from './errors.ts';
import { readFrontmatter } from './frontmatter.ts';
import { assertSafeFrontmatter } from './safety.ts';

const SECTION_MARKER = /^<!--\s*section:\s*([^\s]+)\s*-->\s*$/gm;

/**
 * Compiles one lesson file. `folder` is the lesson's folder name (NN-slug): the
 * slug and number in the frontmatter must agree with it.
 */
export function compileLesson(file: string, folder: string, source: string, prepost: PrePostQuestion[] = []): Lesson {
  const { frontmatter, body } = readFrontmatter(file, source);
  assertSafeFrontmatter(file, frontmatter);
  const folderMatch = /^(\d{2})-([a-z0-9-]+)$/.exec(folder);
  if (!folderMatch) throw new LessonError(file, `folder "${folder}" must be named NN-slug, e.g. 01-roles`);
  if (folderMatch[2] !== frontmatter.slug) throw new LessonError(file, `slug "${frontmatter.slug}" does not match its folder "${folder}"`);
  if (Number(folderMatch[1]) !== frontmatter.number) throw new LessonError(file, `number ${frontmatter.number} does not match its folder "${folder}"`);

  const chunks = splitSections(file, body);
  const expected = frontmatter.sections.map((s) => s.id);
  const found = chunks.map((c) => c.id);
  if (expected.join() !== found.join()) {
    throw new LessonError(
      file,
      `section markers [${found.join(', ')}] must match the frontmatter sections [${expected.join(', ')}] one to one, in order`,
    );
  }
  const sections: Section[] = frontmatter.sections.map((meta, i) => ({
    ...meta,
    blocks: compileSectionBody(file, meta.id, chunks[i].markdown),
  }));
  checkKnowledgeChecks(file, { body: sections });
  const blocks = sections.flatMap((s) => s.blocks);
  return {
    ...frontmatter,
    checkIds: blocks.flatMap((b) => (b.kind === 'check' ? [b.id] : [])),
    interactiveIds: blocks.flatMap((b) => (b.kind === 'interactive' ? [b.id] : [])),
    body: sections,
    prepost,
  };
}

function splitSections(file: string, body: string): { id: string; markdown: string }[] {
  const markers = [...body.matchAll(SECTION_MARKER)];
  const before = body.slice(0, markers[0]?.index ?? body.length);
  if (before.trim()) throw new LessonError(file, 'text before the first "<!-- section: id -->" marker belongs to no section');
  return markers.map((m, i) => ({
    id: m[1],
    markdown: body.slice(m.index + m[0].length, markers[i + 1]?.index ?? body.length),
  }));
}

/** Checks what only the whole course can tell: unique numbers, slugs and check ids. */
export function checkCourse(lessons: { file: string; lesson: Lesson }[]): void {
  const numbers = new Map<number, string>();
  const checks = new Map<string, string>();
  for (const { file, lesson } of lessons) {
    const other = numbers.get(lesson.number);
    if (other) throw new LessonError(file, `number ${lesson.number} is already used by ${other}`);
    numbers.set(lesson.number, file);
    for (const id of [...lesson.checkIds, ...lesson.prepost.map((q) => q.id)]) {
      const owner = checks.get(id);
      if (owner) throw new LessonError(file, `check id "${id}" is already used in ${owner}`);
      checks.set(id, file);
    }
  }
}

/** The course map's view of a lesson (in the first load): everything but the bodies, recap and sources. */
export function toMeta(lesson: Lesson): LessonMeta {
  const { body: _body, prepost: _prepost, recap: _recap, sources: _sources, ...meta } = lesson;
  return meta;
}
