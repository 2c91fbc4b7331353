import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import { marked, type Token, type TokensList } from 'marked';
import type { Block } from '../../src/content/types.ts';
import { isInteractiveId } from '../../src/content/interactiveIds.ts';
import { LessonError } from './errors.ts';
import { validate } from './frontmatter.ts';
import { assertSafeText, assertSafeTokens, renderSafeInline } from './safety.ts';

const CheckSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single dashes')),
    question: v.pipe(v.string(), v.minLength(1), v.maxLength(600)),
    options: v.pipe(
      v.array(
        v.strictObject({
          text: v.pipe(v.string(), v.minLength(1), v.maxLength(400)),
          correct: v.optional(v.boolean(), false),
          explain: v.pipe(v.string(), v.minLength(1, 'every option needs an explanation'), v.maxLength(1200)),
        }),
      ),
      v.minLength(2),
      v.maxLength(6),
    ),
  }),
  v.check((c) => c.options.filter((o) => o.correct).length === 1, 'exactly one option must be marked correct: true'),
);

/**
 * Turns the Markdown of one section into blocks: prose (HTML rendered now, at build
 * time), knowledge checks, instructor notes and interactives (fenced blocks whose
 * language is `check`, `instructor` or `interactive`).
 */
export function compileSectionBody(file: string, sectionId: string, markdown: string): Block[] {
  const tokens = marked.lexer(markdown);
  const blocks: Block[] = [];
  let prose: Token[] = [];
  const where = `section "${sectionId}"`;

  const flushProse = () => {
    if (prose.some((t) => t.type !== 'space')) blocks.push({ kind: 'prose', html: renderTokens(prose, tokens) });
    prose = [];
  };

  assertSafeTokens(file, where, tokens);
  for (const token of tokens) {
    if (token.type === 'heading' && token.depth < 3) {
      throw new LessonError(file, `${where}: use "###" or deeper for headings inside a section ("${token.text}")`);
    }
    if (token.type !== 'code' || !['check', 'instructor', 'interactive'].includes(token.lang ?? '')) {
      prose.push(token);
      continue;
    }
    flushProse();
    if (token.lang === 'interactive') {
      const interactiveId = token.text.trim();
      if (!isInteractiveId(interactiveId)) throw new LessonError(file, `${where}: unknown interactive "${interactiveId}"`);
      blocks.push({ kind: 'interactive', id: interactiveId });
    } else if (token.lang === 'instructor') {
      blocks.push({ kind: 'instructor', html: renderMarkdown(file, `${where} instructor note`, token.text) });
    } else {
      blocks.push(compileCheck(file, where, token.text));
    }
  }
  flushProse();
  return blocks;
}

function compileCheck(file: string, where: string, yamlText: string): Block {
  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (error) {
    throw new LessonError(file, `${where}: a check is not valid YAML: ${(error as Error).message}`);
  }
  const check = validate(file, `${where} check`, CheckSchema, raw);
  const field = (path: string) => `${where} check field "${path}"`;
  return {
    kind: 'check',
    id: check.id,
    questionHtml: renderSafeInline(file, field('question'), check.question),
    options: check.options.map((o, i) => {
      assertSafeText(file, field(`options.${i}.text`), o.text);
      return { text: o.text, correct: o.correct, explainHtml: renderMarkdown(file, field(`options.${i}.explain`), o.explain) };
    }),
  };
}

function renderMarkdown(file: string, where: string, markdown: string): string {
  const tokens = marked.lexer(markdown);
  assertSafeTokens(file, where, tokens);
  return marked.parser(tokens);
}

function renderTokens(subset: Token[], all: TokensList): string {
  return marked.parser(Object.assign([...subset], { links: all.links }) as TokensList);
}
