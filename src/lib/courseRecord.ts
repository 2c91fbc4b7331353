import type { LessonMeta } from '../content/types';
import { gainOf, type Gain } from '../engine/prepost/score';
import { assessmentId, type AnswerRecord, type AssessmentRecord, type ProgressRecord, type RunRecord } from '../persistence/schema';

/** One lesson's line of the course record. */
export interface LessonRecordRow {
  slug: string;
  number: number;
  title: string;
  sectionsDone: number;
  sections: number;
  completed: boolean;
  /** Knowledge checks answered, and answered right at the latest attempt. */
  checksAnswered: number;
  checksRight: number;
  checks: number;
  gain: Gain | null;
  /** The pre check alone, when there is no post check yet. */
  preOnly: { score: number; total: number } | null;
}

/** Runs of one lab (demo runs left out: they are an instructor's, not the learner's). */
export interface LabRunsRow {
  lab: string;
  runs: number;
  latest: number; // epoch ms
}

export interface CourseRecord {
  lessons: LessonRecordRow[];
  lessonsCompleted: number;
  checksRight: number;
  checks: number;
  runs: LabRunsRow[];
  totalRuns: number;
}

/**
 * The learner's course record, from what is stored on the device: per lesson the
 * sections done, the knowledge checks right (latest answer per check), and the gain
 * from the pre to the post check; per lab the number of runs. A lesson counts as
 * completed when every section is marked done. Pure, so the printable page and its
 * tests read the same numbers.
 */
export function buildCourseRecord(
  lessons: readonly LessonMeta[],
  progress: Readonly<Record<string, ProgressRecord>>,
  answers: Readonly<Record<string, AnswerRecord>>,
  assessments: Readonly<Record<string, AssessmentRecord>>,
  runs: readonly RunRecord[],
): CourseRecord {
  const rows = lessons.map((lesson): LessonRecordRow => {
    const done = progress[lesson.slug]?.completedSections ?? [];
    const sectionsDone = lesson.sections.filter((s) => done.includes(s.id)).length;
    const answered = lesson.checkIds.map((id) => answers[id]).filter((a): a is AnswerRecord => a !== undefined);
    const pre = assessments[assessmentId(lesson.slug, 'pre')];
    const gain = gainOf(pre, assessments[assessmentId(lesson.slug, 'post')]);
    return {
      slug: lesson.slug,
      number: lesson.number,
      title: lesson.title,
      sectionsDone,
      sections: lesson.sections.length,
      completed: sectionsDone === lesson.sections.length,
      checksAnswered: answered.length,
      checksRight: answered.filter((a) => a.correct).length,
      checks: lesson.checkIds.length,
      gain,
      preOnly: !gain && pre ? { score: pre.score, total: pre.total } : null,
    };
  });
  const byLab = new Map<string, LabRunsRow>();
  for (const run of runs) {
    if (run.demo) continue;
    const row = byLab.get(run.lab) ?? { lab: run.lab, runs: 0, latest: 0 };
    row.runs += 1;
    row.latest = Math.max(row.latest, run.createdAt);
    byLab.set(run.lab, row);
  }
  const labRows = [...byLab.values()].sort((a, b) => b.runs - a.runs || (a.lab < b.lab ? -1 : 1));
  return {
    lessons: rows,
    lessonsCompleted: rows.filter((r) => r.completed).length,
    checksRight: rows.reduce((sum, r) => sum + r.checksRight, 0),
    checks: rows.reduce((sum, r) => sum + r.checks, 0),
    runs: labRows,
    totalRuns: labRows.reduce((sum, r) => sum + r.runs, 0),
  };
}
