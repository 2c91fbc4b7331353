import { describe, expect, it } from 'vitest';
import { compileLesson, checkCourse } from '../../../build/lessons/compile';
import { compileCourse } from '../../../build/lessons/plugin';

const FENCE = '```';

function lessonSource(overrides: { frontmatter?: string; body?: string } = {}): string {
  const frontmatter =
    overrides.frontmatter ??
    `number: 1
slug: roles
title: What ML engineering is
summary: A summary.
minutes: 25
status: ready
objectives:
  - One objective.
  - Another objective.
sections:
  - id: intro
    title: Introduction
  - id: sorter
    title: Sort the work
recap:
  - First point.
  - Second point.`;
  const body =
    overrides.body ??
    `<!-- section: intro -->
Some **prose**.

${FENCE}check
id: roles-one
question: Which is right?
options:
  - text: This one
    correct: true
    explain: Because it is.
  - text: That one
    explain: Because it is not.
${FENCE}

${FENCE}instructor
Ask the room.
${FENCE}

<!-- section: sorter -->
${FENCE}interactive
role-sorter
${FENCE}
`;
  return `---\n${frontmatter}\n---\n${body}`;
}

describe('compileLesson', () => {
  it('compiles frontmatter, sections and every kind of block', () => {
    const lesson = compileLesson('lessons/01-roles/lesson.md', '01-roles', lessonSource());
    expect(lesson.slug).toBe('roles');
    expect(lesson.sections.map((s) => s.id)).toEqual(['intro', 'sorter']);
    expect(lesson.checkIds).toEqual(['roles-one']);
    expect(lesson.interactiveIds).toEqual(['role-sorter']);
    const kinds = lesson.body[0].blocks.map((b) => b.kind);
    expect(kinds).toEqual(['prose', 'check', 'instructor']);
    const prose = lesson.body[0].blocks[0];
    expect(prose.kind === 'prose' && prose.html).toContain('<strong>prose</strong>');
    const check = lesson.body[0].blocks[1];
    expect(check.kind === 'check' && check.options.map((o) => o.correct)).toEqual([true, false]);
  });

  const malformed = [
    { name: 'no frontmatter', source: 'just text', problem: 'must start with a frontmatter block' },
    { name: 'invalid YAML', source: '---\ntitle: [unclosed\n---\n', problem: 'not valid YAML' },
    {
      name: 'a missing title',
      source: lessonSource().replace('title: What ML engineering is\n', ''),
      problem: 'field "title"',
    },
    { name: 'minutes out of range', source: lessonSource().replace('minutes: 25', 'minutes: 900'), problem: 'field "minutes"' },
    { name: 'a slug that is not the folder', source: lessonSource().replace('slug: roles', 'slug: other'), problem: 'does not match its folder' },
    {
      name: 'an outline without "coming"',
      source: lessonSource().replace('status: ready', 'status: outline'),
      problem: 'needs a "coming" sentence',
    },
    {
      name: 'a section without its marker',
      source: lessonSource().replace('<!-- section: sorter -->', ''),
      problem: 'must match the frontmatter sections',
    },
    { name: 'text before the first marker', source: lessonSource().replace('---\n<!--', '---\nStray\n<!--'), problem: 'belongs to no section' },
    { name: 'an unknown interactive', source: lessonSource().replace('role-sorter', 'mystery-lab'), problem: 'unknown interactive "mystery-lab"' },
    { name: 'two correct options', source: lessonSource().replace('explain: Because it is not.', 'correct: true\n    explain: Because.'), problem: 'exactly one option' },
    {
      name: 'an option without explanation',
      source: lessonSource().replace('    explain: Because it is not.\n', ''),
      problem: 'field "options.1.explain"',
    },
    { name: 'raw HTML', source: lessonSource().replace('Some **prose**.', 'Some <script>alert(1)</script>.'), problem: 'raw HTML is not allowed' },
    { name: 'an h2 inside a section', source: lessonSource().replace('Some **prose**.', '## Big heading'), problem: 'use "###"' },
  ];
  for (const { name, source, problem } of malformed) {
    it(`fails on ${name}, naming the file and the problem`, () => {
      expect(() => compileLesson('lessons/01-roles/lesson.md', '01-roles', source)).toThrow(
        expect.objectContaining({ message: expect.stringMatching(/^lessons\/01-roles\/lesson\.md: /) }),
      );
      expect(() => compileLesson('lessons/01-roles/lesson.md', '01-roles', source)).toThrow(problem);
    });
  }
});

describe('checkCourse', () => {
  it('refuses a check id used in two lessons', () => {
    const a = compileLesson('a.md', '01-roles', lessonSource());
    const b = { ...a, number: 2, slug: 'other' };
    expect(() => checkCourse([{ file: 'a.md', lesson: a }, { file: 'b.md', lesson: b }])).toThrow('check id "roles-one" is already used in a.md');
  });
});

describe('the course in lessons/', () => {
  it('compiles, with six lessons in order and every check explained', () => {
    const course = compileCourse('lessons');
    expect(course.map((c) => c.lesson.slug)).toEqual(['roles', 'simplicity', 'agile', 'experiments', 'mlops', 'review']);
    const options = course.flatMap(({ lesson }) => lesson.body.flatMap((s) => s.blocks).flatMap((b) => (b.kind === 'check' ? b.options : [])));
    expect(options.length).toBeGreaterThan(0);
    expect(options.filter((o) => o.explainHtml.trim() === '')).toEqual([]);
  });
});
