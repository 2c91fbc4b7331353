import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPLAINT_BOUNDS, COMPLAINT_CATEGORIES } from '../../../src/engine/complaints/generate';
import { CATEGORY_TEMPLATES } from '../../../src/engine/complaints/templates';
import { SALES_BOUNDS } from '../../../src/engine/sales/generate';

/**
 * Numbers and names that lesson 2 quotes from its labs must be the labs' own: the
 * lesson is read next to the running lab, and a learner who counts the categories
 * or reads the coefficients should find what the text says.
 */
const lesson = readFileSync('lessons/02-simplicity/lesson.md', 'utf8');
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };
const toNumber = (s: string) => NUMBER_WORDS[s.toLowerCase()] ?? Number(s.replace(/,/g, ''));
const one = (re: RegExp): string[] => {
  const m = re.exec(lesson);
  expect(m, `lesson 2 should contain ${re}`).not.toBeNull();
  return m!.slice(1);
};

describe('lesson 2 quotes the complaint lab correctly', () => {
  it('gives the number of categories the engine has, wherever it counts them', () => {
    const complaintLines = lesson.split('\n').filter((l) => /complaint/i.test(l));
    const counts = complaintLines.flatMap((l) => [...l.matchAll(/\b(\d+|two|three|four|five|six|seven|eight) (?:complaint )?categories\b/gi)].map((m) => toNumber(m[1])));
    expect(counts.length).toBeGreaterThanOrEqual(2);
    for (const n of counts) expect(n).toBe(COMPLAINT_CATEGORIES.length);
    // The illustrative network in the deployment table has one output per category.
    const [outputs] = one(/three layers of 256, (\d+) outputs/);
    expect(Number(outputs)).toBe(COMPLAINT_CATEGORIES.length);
  });

  it('names the categories exactly as the engine does', () => {
    const [list] = one(/in \d+ categories: ([a-z ,]+?)\./);
    const names = list.split(/, | and /).map((s) => s.trim());
    expect(names).toEqual(COMPLAINT_CATEGORIES);
  });

  it('routes complaints only to categories that exist', () => {
    const targets = [
      ...[...lesson.matchAll(/⇒ \*\*([a-z ]+)\*\*/g)].map((m) => m[1]),
      ...[...lesson.matchAll(/routed to (?!the )([a-z]+(?: [a-z]+)?)\b/gi)].map((m) => m[1]),
      ...[...lesson.matchAll(/belong in ([a-z]+)\b/gi)].map((m) => m[1]),
      ...[...lesson.matchAll(/\*\*([a-z ]+), 0\.\d+\*\*/g)].map((m) => m[1]),
    ];
    expect(targets.length).toBeGreaterThanOrEqual(4);
    for (const t of targets) {
      expect(COMPLAINT_CATEGORIES.some((c) => c === t.toLowerCase() || c.startsWith(t.toLowerCase() + ' ')), t).toBe(true);
    }
    expect(lesson).not.toMatch(/\bShipping\b/);
  });

  it('states the default label noise and the largest category share', () => {
    const [noise] = one(/by default (\d+)% of the labels are deliberately wrong/);
    expect(Number(noise)).toBe(COMPLAINT_BOUNDS.labelNoise.default * 100);
    const [share] = one(/roughly (\d+)% you get by always guessing the largest category/);
    expect(Number(share)).toBe(Math.max(...CATEGORY_TEMPLATES.map((c) => c.weight)) * 100);
  });
});

describe('lesson 2 quotes the sales lab defaults correctly', () => {
  const level = SALES_BOUNDS.level.default;

  it('reads the default coefficients', () => {
    const [weekly] = one(/about (\d+) units a week\), its coefficients/);
    expect(Number(weekly)).toBe(level);
    const [trend] = one(/baseline sales grow by about \*\*([\d.]+) units\*\*/);
    expect(Number(trend)).toBe(SALES_BOUNDS.trendPerWeek.default);
    const [promo] = one(/A promotion week sells about \*\*(\d+) more units\*\*/);
    expect(Number(promo)).toBe(SALES_BOUNDS.promoLift.default * level);
    const [holiday] = one(/A holiday week \(Black Friday, Christmas\) sells about \*\*(\d+) more units\*\*/);
    expect(Number(holiday)).toBe(SALES_BOUNDS.holidayLift.default * level);
  });

  it('uses the same promotion coefficient in its check as in its text', () => {
    const [checked] = one(/promotion coefficient of \+(\d+) units per week/);
    expect(Number(checked)).toBe(SALES_BOUNDS.promoLift.default * level);
  });
});

describe('lesson 1 quotes the Notebook-to-production lab correctly', () => {
  const roles = readFileSync('lessons/01-roles/lesson.md', 'utf8');

  it('names the number of sizes and of queues the lab uses', async () => {
    const { FAMILY, SIZES } = await import('../../../src/sims/notebook-to-production/family');
    const m = /one model family in (\w+) sizes\*\* \(([a-z, ]+) networks that route a support ticket to one of (\w+) queues\)/.exec(roles);
    expect(m).not.toBeNull();
    expect(NUMBER_WORDS[m![1]]).toBe(SIZES.length);
    expect(m![2].split(/, | and /)).toEqual([...SIZES]);
    expect(NUMBER_WORDS[m![3]]).toBe(FAMILY.classes);
  });
});
