import { describe, expect, it } from 'vitest';
import { compileLesson } from '../../../build/lessons/compile';
import { MAX_CORRECT_LENGTH_RATIO } from '../../../build/lessons/checkRules';

const FENCE = '```';
const FILE = 'lessons/01-roles/lesson.md';

function lesson(correct: string, wrong: string[], extraFrontmatter = ''): string {
  const options = [
    `  - text: ${correct}\n    correct: true\n    explain: Why it is right.`,
    ...wrong.map((w) => `  - text: ${w}\n    explain: Why it is wrong.`),
  ].join('\n');
  return `---
number: 1
slug: roles
title: A title
summary: A summary.
minutes: 10
status: ready
objectives:
  - One.
  - Two.
sections:
  - id: intro
    title: Intro
recap:
  - One.
  - Two.${extraFrontmatter}
---
<!-- section: intro -->
${FENCE}check
id: roles-length
question: Which?
options:
${options}
${FENCE}
`;
}

describe('the answer-length rule for knowledge checks', () => {
  it('is 1.5', () => expect(MAX_CORRECT_LENGTH_RATIO).toBe(1.5));

  it('accepts a correct option exactly 1.5 times as long as the longest wrong one', () => {
    // 30 characters against 20 (and a shorter 10): ratio 1.5.
    expect(() => compileLesson(FILE, '01-roles', lesson('a'.repeat(30), ['b'.repeat(20), 'c'.repeat(10)]))).not.toThrow();
  });

  it('rejects a correct option longer than 1.5 times the longest wrong one, naming the file, section and check', () => {
    const source = lesson('a'.repeat(31), ['b'.repeat(20), 'c'.repeat(10)]);
    expect(() => compileLesson(FILE, '01-roles', source)).toThrow(
      `${FILE}: section "intro" check "roles-length": the correct option is 1.55 times as long as the longest wrong one (31 vs 20 characters; at most 1.5)`,
    );
  });

  it('compares against the longest wrong option, not the shortest or the average', () => {
    expect(() => compileLesson(FILE, '01-roles', lesson('a'.repeat(40), ['b'.repeat(5), 'c'.repeat(30)]))).not.toThrow();
  });

  it('ignores surrounding spaces when measuring', () => {
    expect(() => compileLesson(FILE, '01-roles', lesson(`"${'a'.repeat(30)}   "`, ['b'.repeat(20)]))).not.toThrow();
  });

  it('holds for every check in the course', async () => {
    const { compileCourse } = await import('../../../build/lessons/plugin');
    const checks = compileCourse('lessons').flatMap(({ lesson: l }) => l.body.flatMap((s) => s.blocks)).filter((b) => b.kind === 'check');
    for (const c of checks) {
      if (c.kind !== 'check') continue;
      const correct = c.options.find((o) => o.correct)!.text.trim().length;
      const longestWrong = Math.max(...c.options.filter((o) => !o.correct).map((o) => o.text.trim().length));
      expect(correct / longestWrong, c.id).toBeLessThanOrEqual(MAX_CORRECT_LENGTH_RATIO);
    }
  });

  it('leaves "pick the longest option" no better than guessing across the course', async () => {
    const { compileCourse } = await import('../../../build/lessons/plugin');
    const checks = compileCourse('lessons').flatMap(({ lesson: l }) => l.body.flatMap((s) => s.blocks)).flatMap((b) => (b.kind === 'check' ? [b] : []));
    const longestIsCorrect = checks.filter((c) => {
      const correct = c.options.find((o) => o.correct)!.text.trim().length;
      return c.options.every((o) => o.correct || o.text.trim().length < correct);
    }).length;
    // With four options a guess is right 25% of the time; allow up to a third.
    expect(longestIsCorrect / checks.length).toBeLessThanOrEqual(1 / 3);
  });
});

describe('the sources field', () => {
  const sources = `
sources:
  - cite: Sculley et al., 2015
    title: Hidden Technical Debt in Machine Learning Systems
    url: https://example.org/paper.pdf
    note: Why the ML code is a small box.`;

  it('compiles into the lesson', () => {
    const compiled = compileLesson(FILE, '01-roles', lesson('Right', ['Wrong'], sources));
    expect(compiled.sources).toEqual([
      {
        cite: 'Sculley et al., 2015',
        title: 'Hidden Technical Debt in Machine Learning Systems',
        url: 'https://example.org/paper.pdf',
        note: 'Why the ML code is a small box.',
      },
    ]);
  });

  const malformed = [
    { name: 'a non-https address', text: sources.replace('https://example.org', 'http://example.org'), problem: 'field "sources.0.url": must be an https:// address' },
    { name: 'a javascript: address', text: sources.replace('https://example.org/paper.pdf', 'javascript:alert(1)'), problem: 'must be an https:// address' },
    { name: 'a missing title', text: sources.replace('    title: Hidden Technical Debt in Machine Learning Systems\n', ''), problem: 'field "sources.0.title"' },
    { name: 'an unknown field', text: sources + '\n    doi: 10.1/x', problem: 'field "sources.0.doi"' },
    { name: 'an empty list', text: '\nsources: []', problem: 'field "sources"' },
  ];
  for (const { name, text, problem } of malformed) {
    it(`fails on ${name}`, () => {
      expect(() => compileLesson(FILE, '01-roles', lesson('Right', ['Wrong'], text))).toThrow(problem);
    });
  }
});
