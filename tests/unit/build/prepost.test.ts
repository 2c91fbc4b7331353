import { describe, expect, it } from 'vitest';
import { compilePrePost } from '../../../build/lessons/prepost';
import { compileCourse } from '../../../build/lessons/plugin';

const FILE = 'lessons/01-roles/prepost.yaml';

function question(id: string, correct = 'Right answer here', wrong = ['Wrong answer one', 'Wrong answer two']): string {
  const options = [`      - text: ${correct}\n        correct: true`, ...wrong.map((w) => `      - text: ${w}`)].join('\n');
  return `  - id: ${id}\n    prompt: A question?\n    options:\n${options}\n    explain: Because.\n`;
}
const file = (...questions: string[]) => `questions:\n${questions.join('')}`;

describe('a lesson’s pre/post check', () => {
  it('compiles three questions with exactly one correct option each', () => {
    const compiled = compilePrePost(FILE, 'roles', file(question('roles-pp-1'), question('roles-pp-2'), question('roles-pp-3')));
    expect(compiled.map((q) => q.id)).toEqual(['roles-pp-1', 'roles-pp-2', 'roles-pp-3']);
    expect(compiled[0].options).toEqual([
      { text: 'Right answer here', correct: true },
      { text: 'Wrong answer one', correct: false },
      { text: 'Wrong answer two', correct: false },
    ]);
  });

  it.each([
    ['two questions', file(question('roles-pp-1'), question('roles-pp-2')), /exactly 3 questions/],
    ['an id of another lesson', file(question('roles-pp-1'), question('agile-pp-2'), question('roles-pp-3')), /must start with "roles-pp-"/],
    ['an id used twice', file(question('roles-pp-1'), question('roles-pp-1'), question('roles-pp-3')), /used twice/],
    ['a correct option that gives itself away by length', file(question('roles-pp-1', 'x'.repeat(40), ['y'.repeat(20), 'z'.repeat(10)]), question('roles-pp-2'), question('roles-pp-3')), /2\.00 times as long/],
    ['a link in a prompt', file(question('roles-pp-1').replace('A question?', '"[here](javascript:alert(1))"'), question('roles-pp-2'), question('roles-pp-3')), /not allowed/],
    ['no correct option', file(question('roles-pp-1').replace('\n        correct: true', ''), question('roles-pp-2'), question('roles-pp-3')), /exactly one option must be marked/],
  ])('refuses %s, naming the file', (_name, source, message) => {
    expect(() => compilePrePost(FILE, 'roles', source)).toThrow(message);
    expect(() => compilePrePost(FILE, 'roles', source)).toThrow(FILE);
  });

  it('is present, valid and unique across the course for every lesson', () => {
    const course = compileCourse('lessons');
    const ids = course.flatMap(({ lesson }) => lesson.prepost.map((q) => q.id));
    expect(course.every(({ lesson }) => lesson.prepost.length === 3)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
