import { marked, type Token } from 'marked';
import { allowedImages, allowedLinks, isAllowedImage, isAllowedLink } from '../../src/content/urlPolicy.ts';
import { LessonError } from './errors.ts';

const shown = (text: string) => JSON.stringify(text.trim().slice(0, 60));

/**
 * Lesson HTML is injected as is, so every field the app shows may carry neither raw HTML
 * nor a link or image outside the URL policy. Checks marked's tokens (not the source
 * text), so autolinks, reference links and `<scheme:…>` links are judged by the URL
 * marked will actually write into the page.
 */
export function assertSafeTokens(file: string, where: string, tokens: Token[]): void {
  marked.walkTokens(tokens, (token) => {
    if (token.type === 'html') {
      throw new LessonError(file, `${where}: raw HTML is not allowed in lessons (${token.raw.trim().slice(0, 60)})`);
    }
    if (token.type === 'link' && !isAllowedLink(token.href)) {
      throw new LessonError(file, `${where}: link ${shown(token.href)} is not allowed (links must start with ${allowedLinks})`);
    }
    if (token.type === 'image' && !isAllowedImage(token.href)) {
      throw new LessonError(file, `${where}: image ${shown(token.href)} is not allowed (an image must be ${allowedImages})`);
    }
  });
}

/**
 * A field shown as plain text (titles, summary, objectives, recap, option texts): Svelte
 * escapes it, but markup or a hostile link in it is still an authoring error, caught the
 * same way as in Markdown fields.
 */
export function assertSafeText(file: string, where: string, text: string): void {
  assertSafeTokens(file, where, marked.lexer(text));
}

/** Renders one line of inline Markdown (a check's question) after the same checks. */
export function renderSafeInline(file: string, where: string, markdown: string): string {
  const tokens = marked.Lexer.lexInline(markdown);
  assertSafeTokens(file, where, tokens);
  return marked.Parser.parseInline(tokens);
}

/** The frontmatter fields the app shows, by their dotted path as in validation messages. */
export function assertSafeFrontmatter(
  file: string,
  fm: { title: string; summary: string; coming?: string; objectives: string[]; recap: string[]; sections: { title: string }[] },
): void {
  const fields: [string, string][] = [
    ['title', fm.title],
    ['summary', fm.summary],
    ...(fm.coming === undefined ? [] : [['coming', fm.coming] as [string, string]]),
    ...fm.objectives.map((text, i): [string, string] => [`objectives.${i}`, text]),
    ...fm.sections.map((s, i): [string, string] => [`sections.${i}.title`, s.title]),
    ...fm.recap.map((text, i): [string, string] => [`recap.${i}`, text]),
  ];
  for (const [path, text] of fields) assertSafeText(file, `frontmatter field "${path}"`, text);
}
