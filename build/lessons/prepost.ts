import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import type { PrePostQuestion } from '../../src/content/types.ts';
import { MAX_CORRECT_LENGTH_RATIO } from './checkRules.ts';
import { LessonError } from './errors.ts';
import { validate } from './frontmatter.ts';
import { assertSafeText } from './safety.ts';

/** How many questions a lesson's pre/post check has: few enough to answer in a minute. */
export const PREPOST_QUESTIONS = 3;

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`));

const QuestionSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*-pp-\d$/, 'must be <lesson slug>-pp-<digit>')),
  prompt: text(400),
  options: v.pipe(
    v.array(v.strictObject({ text: text(200), correct: v.optional(v.literal(true)) })),
    v.minLength(3),
    v.maxLength(5),
    v.check((options) => options.filter((o) => o.correct).length === 1, 'exactly one option must be marked correct: true'),
  ),
  explain: text(600),
});

const PrePostSchema = v.strictObject({
  questions: v.pipe(v.array(QuestionSchema), v.length(PREPOST_QUESTIONS, `must list exactly ${PREPOST_QUESTIONS} questions`)),
});

/**
 * Reads a lesson's `prepost.yaml`: the short check a learner answers before the
 * lesson and again after it (the course map shows the gain). Every text is shown as
 * plain text, checked like frontmatter; ids must start with the lesson's slug; the
 * correct option obeys the same length rule as knowledge checks.
 */
export function compilePrePost(file: string, slug: string, source: string): PrePostQuestion[] {
  let raw: unknown;
  try {
    raw = parseYaml(source);
  } catch (error) {
    throw new LessonError(file, `not valid YAML: ${(error as Error).message}`);
  }
  const { questions } = validate(file, 'pre/post check', PrePostSchema, raw);
  const ids = new Set<string>();
  return questions.map((q, i) => {
    if (!q.id.startsWith(`${slug}-pp-`)) throw new LessonError(file, `question ${i + 1}: id "${q.id}" must start with "${slug}-pp-"`);
    if (ids.has(q.id)) throw new LessonError(file, `question ${i + 1}: id "${q.id}" is used twice`);
    ids.add(q.id);
    const where = `question "${q.id}"`;
    assertSafeText(file, `${where} prompt`, q.prompt);
    assertSafeText(file, `${where} explanation`, q.explain);
    q.options.forEach((o, j) => assertSafeText(file, `${where} option ${j + 1}`, o.text));
    const correct = q.options.find((o) => o.correct)!.text.length;
    const longestWrong = Math.max(...q.options.filter((o) => !o.correct).map((o) => o.text.length));
    if (correct / longestWrong > MAX_CORRECT_LENGTH_RATIO) {
      throw new LessonError(file, `${where}: the correct option is ${(correct / longestWrong).toFixed(2)} times as long as the longest wrong one (at most ${MAX_CORRECT_LENGTH_RATIO})`);
    }
    return { id: q.id, prompt: q.prompt, explain: q.explain, options: q.options.map((o) => ({ text: o.text, correct: o.correct === true })) };
  });
}
