import { describe, expect, it } from 'vitest';
import type { LessonMeta } from '../../../src/content/types';
import { buildCourseRecord } from '../../../src/lib/courseRecord';
import type { AssessmentRecord, RunRecord } from '../../../src/persistence/schema';

const lesson = (slug: string, number: number, sections: string[], checkIds: string[]): LessonMeta => ({
  number,
  slug,
  title: slug.toUpperCase(),
  summary: '',
  minutes: 30,
  status: 'ready',
  objectives: [],
  sections: sections.map((id) => ({ id, title: id })),
  checkIds,
  interactiveIds: [],
});
const assessment = (slug: string, phase: 'pre' | 'post', score: number, total = 3): AssessmentRecord => ({
  id: `${slug}:${phase}`,
  lessonSlug: slug,
  phase,
  answers: [],
  score,
  total,
  at: 1,
});
const run = (lab: string, createdAt: number, demo?: boolean): RunRecord => ({
  id: `${lab}-${createdAt}`,
  lab,
  params: {},
  seed: 1,
  datasetVersion: 'd',
  metrics: {},
  backend: 'js',
  durationMs: 1,
  createdAt,
  ...(demo ? { demo } : {}),
});

describe('the course record', () => {
  const lessons = [lesson('roles', 1, ['a', 'b'], ['roles-q1', 'roles-q2']), lesson('agile', 3, ['x', 'y', 'z'], ['agile-q1'])];
  const record = buildCourseRecord(
    lessons,
    {
      roles: { slug: 'roles', completedSections: ['b', 'a', 'gone'], lastSection: 'b', updatedAt: 1 },
      agile: { slug: 'agile', completedSections: ['x'], lastSection: 'x', updatedAt: 1 },
    },
    {
      'roles-q1': { checkId: 'roles-q1', lessonSlug: 'roles', choice: 0, correct: true, answeredAt: 1 },
      'roles-q2': { checkId: 'roles-q2', lessonSlug: 'roles', choice: 1, correct: false, answeredAt: 1 },
      'other-q9': { checkId: 'other-q9', lessonSlug: 'other', choice: 0, correct: true, answeredAt: 1 },
    },
    { 'roles:pre': assessment('roles', 'pre', 1), 'roles:post': assessment('roles', 'post', 3), 'agile:pre': assessment('agile', 'pre', 2) },
    [run('ab-test-lab', 5), run('ab-test-lab', 9), run('drift-lab', 7), run('ab-test-lab', 20, true)],
  );

  it('counts sections done that the lesson still has, and completion only when all are done', () => {
    expect(record.lessons.map((r) => [r.slug, r.sectionsDone, r.sections, r.completed])).toEqual([
      ['roles', 2, 2, true],
      ['agile', 1, 3, false],
    ]);
    expect(record.lessonsCompleted).toBe(1);
  });

  it('scores the latest answer of each check of the lesson, ignoring other lessons', () => {
    expect(record.lessons.map((r) => [r.checksAnswered, r.checksRight, r.checks])).toEqual([
      [2, 1, 2],
      [0, 0, 1],
    ]);
    expect([record.checksRight, record.checks]).toEqual([1, 3]);
  });

  it('shows the gain from pre to post, or the pre check alone', () => {
    expect(record.lessons[0].gain).toEqual({ before: 1, after: 3, total: 3, gain: 2 });
    expect(record.lessons[0].preOnly).toBeNull();
    expect(record.lessons[1].gain).toBeNull();
    expect(record.lessons[1].preOnly).toEqual({ score: 2, total: 3 });
  });

  it('counts runs per lab, most first, leaving demo runs out', () => {
    expect(record.runs).toEqual([
      { lab: 'ab-test-lab', runs: 2, latest: 9 },
      { lab: 'drift-lab', runs: 1, latest: 7 },
    ]);
    expect(record.totalRuns).toBe(3);
  });
});
