import { describe, expect, it } from 'vitest';
import { compileLesson } from '../../../build/lessons/compile';
import type { Lesson } from '../../../src/content/types';

// Every field the app shows, each with a place to inject hostile text. YAML values are
// written with JSON.stringify: a JSON string is a valid double-quoted YAML scalar.
interface Fields {
  title: string;
  summary: string;
  coming: string;
  objective: string;
  sectionTitle: string;
  recap: string;
  body: string;
  question: string;
  option: string;
  explain: string;
  note: string;
}

const safe: Fields = {
  title: 'What ML engineering is',
  summary: 'A summary.',
  coming: 'The lab arrives later.',
  objective: 'One objective.',
  sectionTitle: 'Introduction',
  recap: 'First point.',
  body: 'Some **prose**.',
  question: 'Which is right?',
  option: 'This one',
  explain: 'Because it is.',
  note: 'Ask the room.',
};

const FENCE = '```';
const y = (text: string) => JSON.stringify(text);

function lesson(overrides: Partial<Fields>): string {
  const f = { ...safe, ...overrides };
  return `---
number: 1
slug: roles
title: ${y(f.title)}
summary: ${y(f.summary)}
minutes: 25
status: outline
coming: ${y(f.coming)}
objectives:
  - ${y(f.objective)}
  - Another objective.
sections:
  - id: intro
    title: ${y(f.sectionTitle)}
recap:
  - ${y(f.recap)}
  - Second point.
---
<!-- section: intro -->
${f.body}

${FENCE}check
id: roles-one
question: ${y(f.question)}
options:
  - text: ${y(f.option)}
    correct: true
    explain: ${y(f.explain)}
  - text: That one
    explain: Because it is not.
${FENCE}

${FENCE}instructor
${f.note}
${FENCE}
`;
}

const FILE = 'lessons/01-roles/lesson.md';
const compile = (overrides: Partial<Fields>): Lesson => compileLesson(FILE, '01-roles', lesson(overrides));

const where = {
  body: 'section "intro"',
  question: 'section "intro" check field "question"',
  option: 'section "intro" check field "options.0.text"',
  explain: 'section "intro" check field "options.0.explain"',
  note: 'section "intro" instructor note',
  title: 'frontmatter field "title"',
  summary: 'frontmatter field "summary"',
  coming: 'frontmatter field "coming"',
  objective: 'frontmatter field "objectives.0"',
  sectionTitle: 'frontmatter field "sections.0.title"',
  recap: 'frontmatter field "recap.0"',
} satisfies Record<keyof Fields, string>;

const html = (tag: string) => `raw HTML is not allowed in lessons (${tag})`;
const link = (href: string) => `link ${JSON.stringify(href)} is not allowed (links must start with https://, http://, mailto: or #/)`;
const image = (src: string) => `image ${JSON.stringify(src)} is not allowed (an image must be a file on this site, e.g. /images/chart.svg)`;

const IMG = '<img src=x onerror=alert(1)>';
const hostile: { field: keyof Fields; attack: string; text: string; problem: string }[] = [
  // Raw HTML, in every field the app shows.
  { field: 'body', attack: 'an HTML block', text: IMG, problem: html(IMG) },
  { field: 'body', attack: 'inline HTML', text: 'Some <b onclick="alert(1)">bold</b> text.', problem: html('<b onclick="alert(1)">') },
  { field: 'body', attack: 'a script element', text: '<script>alert(1)</script>', problem: html('<script>alert(1)</script>') },
  { field: 'body', attack: 'HTML inside a list item', text: '- one\n- two <svg onload=alert(1)>', problem: html('<svg onload=alert(1)>') },
  { field: 'body', attack: 'HTML inside a table cell', text: '| a |\n| - |\n| <img src=x onerror=alert(1)> |', problem: html(IMG) },
  { field: 'question', attack: 'an img with onerror', text: `Which? ${IMG}`, problem: html(IMG) },
  { field: 'question', attack: 'a script element', text: '<script>alert(1)</script>', problem: html('<script>') },
  { field: 'option', attack: 'an img with onerror', text: `This ${IMG}`, problem: html(IMG) },
  { field: 'explain', attack: 'an img with onerror', text: `Because ${IMG}`, problem: html(IMG) },
  { field: 'note', attack: 'an iframe', text: '<iframe src="https://example.org"></iframe>', problem: html('<iframe src="https://example.org"></iframe>') },
  { field: 'recap', attack: 'an img with onerror', text: `Point ${IMG}`, problem: html(IMG) },
  { field: 'objective', attack: 'a bold tag', text: 'Name <b>three</b> things.', problem: html('<b>') },
  { field: 'summary', attack: 'a script element', text: 'A <script>alert(1)</script> summary.', problem: html('<script>') },
  { field: 'title', attack: 'an img with onerror', text: `Title ${IMG}`, problem: html(IMG) },
  { field: 'sectionTitle', attack: 'an img with onerror', text: `Intro ${IMG}`, problem: html(IMG) },
  { field: 'coming', attack: 'an HTML comment', text: 'Soon <!-- hidden -->', problem: html('<!-- hidden -->') },
  // Links and images outside the URL policy.
  { field: 'body', attack: 'a javascript: link', text: '[click](javascript:alert(1))', problem: link('javascript:alert(1)') },
  { field: 'body', attack: 'a mixed-case javascript: link', text: '[click](JaVaScRiPt:alert(1))', problem: link('JaVaScRiPt:alert(1)') },
  { field: 'body', attack: 'a javascript: link with a tab entity in the scheme', text: '[click](jav&#x09;ascript:alert(1))', problem: link('jav&#x09;ascript:alert(1)') },
  { field: 'body', attack: 'a javascript: link with an entity-encoded letter', text: '[click](&#106;avascript:alert(1))', problem: link('&#106;avascript:alert(1)') },
  { field: 'body', attack: 'a javascript: link with an entity-encoded colon', text: '[click](javascript&colon;alert(1))', problem: link('javascript&colon;alert(1)') },
  { field: 'body', attack: 'a javascript: link in angle brackets with a tab', text: '[click](<java\tscript:alert(1)>)', problem: link('java\tscript:alert(1)') },
  { field: 'body', attack: 'a javascript: autolink', text: 'See <javascript:alert(1)>.', problem: link('javascript:alert(1)') },
  { field: 'body', attack: 'a javascript: reference link', text: 'See [the docs][d].\n\n[d]: javascript:alert(1)', problem: link('javascript:alert(1)') },
  { field: 'body', attack: 'a vbscript: link', text: '[click](vbscript:msgbox(1))', problem: link('vbscript:msgbox(1)') },
  { field: 'body', attack: 'a data: link', text: '[click](data:text/html;base64,PHNjcmlwdD4=)', problem: link('data:text/html;base64,PHNjcmlwdD4=') },
  { field: 'body', attack: 'a protocol-relative link to another site', text: '[click](//evil.example/x)', problem: link('//evil.example/x') },
  { field: 'body', attack: 'a data: image', text: '![x](data:image/svg+xml;base64,PHN2Zz4=)', problem: image('data:image/svg+xml;base64,PHN2Zz4=') },
  { field: 'body', attack: 'a javascript: image', text: '![x](javascript:alert(1))', problem: image('javascript:alert(1)') },
  { field: 'body', attack: 'an image from another site', text: '![x](https://evil.example/x.png)', problem: image('https://evil.example/x.png') },
  { field: 'body', attack: 'a javascript: link inside emphasis in a list', text: '- **[click](javascript:alert(1))**', problem: link('javascript:alert(1)') },
  { field: 'question', attack: 'a javascript: link', text: 'Which [one](javascript:alert(1))?', problem: link('javascript:alert(1)') },
  { field: 'question', attack: 'a data: image', text: 'Which ![x](data:image/png;base64,AAAA)?', problem: image('data:image/png;base64,AAAA') },
  { field: 'option', attack: 'a vbscript: link', text: '[This](vbscript:msgbox(1))', problem: link('vbscript:msgbox(1)') },
  { field: 'explain', attack: 'a javascript: reference link', text: 'See [this][x].\n\n[x]: javascript:alert(1)', problem: link('javascript:alert(1)') },
  { field: 'explain', attack: 'a data: image', text: 'See ![x](data:image/png;base64,AAAA)', problem: image('data:image/png;base64,AAAA') },
  { field: 'note', attack: 'an entity-encoded javascript: link', text: '[ask](&#x6A;avascript:alert(1))', problem: link('&#x6A;avascript:alert(1)') },
  { field: 'note', attack: 'a javascript: autolink', text: '<javascript:alert(1)>', problem: link('javascript:alert(1)') },
  { field: 'recap', attack: 'a javascript: link', text: 'Point [x](javascript:alert(1))', problem: link('javascript:alert(1)') },
  { field: 'summary', attack: 'a data: link', text: 'A [summary](data:text/html,x).', problem: link('data:text/html,x') },
];

describe('a lesson carrying markup or a hostile URL fails the build', () => {
  it.each(hostile)('$field: $attack', ({ field, text, problem }) => {
    expect(() => compile({ [field]: text })).toThrow(`${FILE}: ${where[field]}: ${problem}`);
  });

  it('covers every field the app shows', () => {
    expect(new Set(hostile.map((h) => h.field))).toEqual(new Set(Object.keys(safe)));
  });
});

const blockHtml = (l: Lesson, kind: 'prose' | 'instructor') =>
  l.body[0].blocks.flatMap((b) => (b.kind === kind ? [b.html] : [])).join('');
const check = (l: Lesson) => {
  const block = l.body[0].blocks.find((b) => b.kind === 'check');
  if (block?.kind !== 'check') throw new Error('no check compiled');
  return block;
};

const allowed: { name: string; fields: Partial<Fields>; rendered: (l: Lesson) => string; contains: string }[] = [
  { name: 'an https link', fields: { body: '[docs](https://example.org/a?b=c)' }, rendered: (l) => blockHtml(l, 'prose'), contains: '<a href="https://example.org/a?b=c">docs</a>' },
  { name: 'an http link', fields: { body: '[docs](http://example.org)' }, rendered: (l) => blockHtml(l, 'prose'), contains: '<a href="http://example.org">docs</a>' },
  { name: 'a mailto link', fields: { body: '[write](mailto:team@example.org)' }, rendered: (l) => blockHtml(l, 'prose'), contains: '<a href="mailto:team@example.org">write</a>' },
  { name: 'an in-app link', fields: { body: '[lesson 2](#/lesson/simplicity/intro)' }, rendered: (l) => blockHtml(l, 'prose'), contains: '<a href="#/lesson/simplicity/intro">lesson 2</a>' },
  { name: 'an https autolink', fields: { body: 'See <https://example.org>.' }, rendered: (l) => blockHtml(l, 'prose'), contains: '<a href="https://example.org">https://example.org</a>' },
  { name: 'a bare www autolink', fields: { body: 'See www.example.org today.' }, rendered: (l) => blockHtml(l, 'prose'), contains: '<a href="http://www.example.org">www.example.org</a>' },
  { name: 'an e-mail autolink', fields: { body: 'Write to team@example.org.' }, rendered: (l) => blockHtml(l, 'prose'), contains: '<a href="mailto:team@example.org">team@example.org</a>' },
  { name: 'an https reference link', fields: { body: 'See [docs][d].\n\n[d]: https://example.org' }, rendered: (l) => blockHtml(l, 'prose'), contains: '<a href="https://example.org">docs</a>' },
  { name: 'an image on this site', fields: { body: '![A chart](/images/chart.svg)' }, rendered: (l) => blockHtml(l, 'prose'), contains: '<img src="/images/chart.svg" alt="A chart">' },
  { name: 'a less-than sign in prose', fields: { body: 'Keep p < 0.05 in mind.' }, rendered: (l) => blockHtml(l, 'prose'), contains: 'p &lt; 0.05' },
  { name: 'code showing HTML', fields: { body: 'Write `<img onerror>` nowhere.' }, rendered: (l) => blockHtml(l, 'prose'), contains: '<code>&lt;img onerror&gt;</code>' },
  { name: 'emphasis and an in-app link in a question', fields: { question: 'Is **this** [right](#/lesson/roles/intro)?' }, rendered: (l) => check(l).questionHtml, contains: 'Is <strong>this</strong> <a href="#/lesson/roles/intro">right</a>?' },
  { name: 'a mailto link in an explanation', fields: { explain: 'Ask [us](mailto:team@example.org).' }, rendered: (l) => check(l).options[0].explainHtml, contains: '<a href="mailto:team@example.org">us</a>' },
  { name: 'an https link in an instructor note', fields: { note: 'Read [this](https://example.org) first.' }, rendered: (l) => blockHtml(l, 'instructor'), contains: '<a href="https://example.org">this</a>' },
  { name: 'a less-than sign in a recap point', fields: { recap: 'Peeking at p < 0.05 inflates errors.' }, rendered: (l) => l.recap[0], contains: 'p < 0.05' },
];

describe('a lesson with allowed links compiles', () => {
  it.each(allowed)('$name', ({ fields, rendered, contains }) => {
    expect(rendered(compile(fields))).toContain(contains);
  });
});
