import type { Series, TableData } from '../../charts/types';
import type { LessonCurve } from '../../engine/review/schedule';
import { spacedReviewMessages as m, percent } from '../../messages/spaced-review';

type Tone = 1 | 2 | 3 | 4;

/** One line per lesson; with more lessons than colours, the later lines are dashed, so colour is never the only signal. */
export function recallSeries(curves: readonly LessonCurve[], label: (slug: string) => string): Series[] {
  return curves.map((curve, i) => ({
    name: label(curve.lesson),
    points: curve.points.map((p) => ({ x: p.day, y: p.recall })),
    tone: ((i % 4) + 1) as Tone,
    dashed: i % 2 === 1,
  }));
}

/** The table alternative: whole days 0…14 by lesson, as percentages. */
export function recallTable(curves: readonly LessonCurve[], label: (slug: string) => string): TableData {
  const days = curves[0]?.points.filter((p) => Number.isInteger(p.day)).map((p) => p.day) ?? [];
  return {
    caption: m.chart.caption,
    columns: [m.chart.day, ...curves.map((c) => label(c.lesson))],
    rows: days.map((day) => [day, ...curves.map((c) => percent(c.points.find((p) => p.day === day)?.recall ?? 0))]),
  };
}

/** The sentence read before the chart: each lesson from today to day 14. */
export function recallSummary(curves: readonly LessonCurve[], label: (slug: string) => string): string {
  return m.chart.summary(
    curves.map((c) => m.chart.lessonLine(label(c.lesson), percent(c.points[0]?.recall ?? 0), percent(c.points[c.points.length - 1]?.recall ?? 0))),
  );
}
