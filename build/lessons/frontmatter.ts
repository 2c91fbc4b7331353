import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import { LessonError } from './errors.ts';

const id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single dashes'));
const line = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`));

/** One entry of "Sources and further reading": who and when, what, and optionally where to read it. */
const SourceSchema = v.strictObject({
  cite: line(200),
  title: line(300),
  url: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(500), v.regex(/^https:\/\/[^\s"'<>]+$/, 'must be an https:// address'))),
  note: v.optional(line(400)),
});

/** The frontmatter every lesson file must carry; see docs/AUTHORING.md. */
export const FrontmatterSchema = v.pipe(
  v.strictObject({
    number: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(99)),
    slug: id,
    title: line(120),
    summary: line(300),
    minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(180)),
    status: v.picklist(['ready', 'outline']),
    coming: v.optional(line(400)),
    objectives: v.pipe(v.array(line(300)), v.minLength(2), v.maxLength(8)),
    sections: v.pipe(
      v.array(v.strictObject({ id, title: line(120) })),
      v.minLength(1),
      v.maxLength(20),
    ),
    recap: v.pipe(v.array(line(400)), v.minLength(2), v.maxLength(8)),
    sources: v.optional(v.pipe(v.array(SourceSchema), v.minLength(1), v.maxLength(12))),
  }),
  v.check((fm) => fm.status !== 'outline' || fm.coming !== undefined, 'an outline lesson needs a "coming" sentence'),
  v.check((fm) => new Set(fm.sections.map((s) => s.id)).size === fm.sections.length, 'section ids must be unique'),
);

export type Frontmatter = v.InferOutput<typeof FrontmatterSchema>;

/** Splits `---\nyaml\n---\nbody` and validates the YAML against the schema. */
export function readFrontmatter(file: string, source: string): { frontmatter: Frontmatter; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new LessonError(file, 'must start with a frontmatter block between two "---" lines');
  let raw: unknown;
  try {
    raw = parseYaml(match[1]);
  } catch (error) {
    throw new LessonError(file, `frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  return { frontmatter: validate(file, 'frontmatter', FrontmatterSchema, raw), body: match[2] };
}

/** Validates `value` against `schema`, throwing a LessonError that names the field at fault. */
export function validate<T extends v.GenericSchema>(file: string, where: string, schema: T, value: unknown): v.InferOutput<T> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = v.getDotPath(issue);
  throw new LessonError(file, `${where}${path ? ` field "${path}"` : ''}: ${issue.message}`);
}
