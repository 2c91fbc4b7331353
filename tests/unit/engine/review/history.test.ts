import { describe, expect, it } from 'vitest';
import { MS_PER_DAY } from '../../../../src/engine/review/hlr';
import { itemHistories, P_MAX, P_MIN, trainingInstances, type Practice } from '../../../../src/engine/review/history';

const day = (d: number) => d * MS_PER_DAY;
const practices: Practice[] = [
  { checkId: 'q2', lessonSlug: 'b', correct: true, at: day(1) },
  { checkId: 'q1', lessonSlug: 'a', correct: false, at: day(0) },
  { checkId: 'q1', lessonSlug: 'a', correct: true, at: day(2) },
  { checkId: 'q1', lessonSlug: 'a', correct: false, at: day(2.5) },
];

describe('practice history', () => {
  it('counts right and wrong answers per item and keeps the latest practice', () => {
    expect(itemHistories(practices)).toEqual([
      { checkId: 'q1', lessonSlug: 'a', right: 1, wrong: 2, lastAt: day(2.5), lastCorrect: false },
      { checkId: 'q2', lessonSlug: 'b', right: 1, wrong: 0, lastAt: day(1), lastCorrect: true },
    ]);
  });

  it('makes one training instance of every practice after an item’s first', () => {
    // q1: wrong at day 0, right at day 2 (Δ = 2, before: 0 right 1 wrong), wrong at 2.5 (Δ = 0.5, before: 1 right 1 wrong).
    // Right: p = 0.9, h = −2/log2(0.9) = 2/0.152003 = 13.157626 days.
    // Wrong: p = 0.1, h = −0.5/log2(0.1) = 0.5/3.321928 = 0.150515 days.
    const instances = trainingInstances(practices);
    expect(instances).toHaveLength(2);
    expect(instances[0]).toMatchObject({ counts: { right: 0, wrong: 1 }, lesson: 'a', deltaDays: 2, p: P_MAX });
    expect(instances[0].h).toBeCloseTo(13.157626, 5);
    expect(instances[1]).toMatchObject({ counts: { right: 1, wrong: 1 }, lesson: 'a', deltaDays: 0.5, p: P_MIN });
    expect(instances[1].h).toBeCloseTo(0.150515, 6);
  });
});
