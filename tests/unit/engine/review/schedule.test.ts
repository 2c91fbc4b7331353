import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, MS_PER_DAY } from '../../../../src/engine/review/hlr';
import { itemHistories, type Practice } from '../../../../src/engine/review/history';
import { nextDueAt, recallCurves, schedule, TARGET_RECALL } from '../../../../src/engine/review/schedule';
import { manualClock } from '../../support/manualClock';

// Default weights, target recall 0.8, so an item is due log2(1/0.8) = 0.321928 half-lives after its last practice.
//   q1 (lesson a): right once      θ·x = −1 + 1.5√2 − 0.5  = 0.621320  h = 1.538282 d  due at 0.495216 d
//   q2 (lesson b): right twice     θ·x = −1 + 1.5√3 − 0.5  = 1.098076  h = 2.140690 d  due at 0.689148 d
//   q3 (lesson a): wrong once      θ·x = −1 + 1.5 − 0.5√2  = −0.207107 h = 0.866273 d  due at 0.278878 d
const DAY = MS_PER_DAY;

describe('scheduling reviews across simulated days', () => {
  it('brings items back as their predicted recall falls below the target, lowest first', () => {
    expect(TARGET_RECALL).toBe(0.8);
    const { clock, advance } = manualClock();
    const practices: Practice[] = [
      { checkId: 'q1', lessonSlug: 'a', correct: true, at: clock.now() },
      { checkId: 'q2', lessonSlug: 'b', correct: true, at: clock.now() },
      { checkId: 'q2', lessonSlug: 'b', correct: true, at: clock.now() },
      { checkId: 'q3', lessonSlug: 'a', correct: false, at: clock.now() },
    ];
    const due = () => schedule(itemHistories(practices), DEFAULT_WEIGHTS, clock.now()).filter((s) => s.due);

    // Day 0.25: q3's recall is 2^(−0.25/0.866273) = 0.818700, still above 0.8: nothing is due.
    advance(0.25 * DAY);
    expect(due()).toEqual([]);
    expect(nextDueAt(schedule(itemHistories(practices), DEFAULT_WEIGHTS, clock.now()))! / DAY).toBeCloseTo(0.278878, 6);

    // Day 0.6: q3 at 2^(−0.6/0.866273) = 0.618728 and q1 at 2^(−0.6/1.538282) = 0.763106 are due, q3 first;
    // q2 at 2^(−0.6/2.140690) = 0.823429 is not, and is the next to come due (day 0.689148).
    advance(0.35 * DAY);
    const at06 = due();
    expect(at06.map((s) => s.checkId)).toEqual(['q3', 'q1']);
    expect(at06[0].recall).toBeCloseTo(0.618728, 6);
    expect(at06[1].recall).toBeCloseTo(0.763106, 6);
    expect(nextDueAt(schedule(itemHistories(practices), DEFAULT_WEIGHTS, clock.now()))! / DAY).toBeCloseTo(0.689148, 6);

    // The learner gets q3 right at day 0.6: one right, one wrong, θ·x = −1 + 1.5√2 − 0.5√2 = 0.414214,
    // h = 1.332572 days, due again at 0.6 + 1.332572 × 0.321928 = 1.028992.
    practices.push({ checkId: 'q3', lessonSlug: 'a', correct: true, at: clock.now() });
    const q3 = schedule(itemHistories(practices), DEFAULT_WEIGHTS, clock.now()).find((s) => s.checkId === 'q3')!;
    expect(q3.halfLife).toBeCloseTo(1.332572, 6);
    expect(q3.dueAt / DAY).toBeCloseTo(1.028992, 6);
    expect(q3.due).toBe(false);

    // Day 1: q1 at 2^(−1/1.538282) = 0.637247 and q2 at 2^(−1/2.140690) = 0.723398 are due; q3 at
    // 2^(−0.4/1.332572) = 0.812156 is not.
    advance(0.4 * DAY);
    expect(due().map((s) => [s.checkId, Number(s.recall.toFixed(6))])).toEqual([
      ['q1', 0.637247],
      ['q2', 0.723398],
    ]);

    // Lesson a's predicted recall (mean of q1 and q3): now (0.637247 + 0.812156)/2 = 0.724701, and with no
    // practice for 14 more days (2^(−15/1.538282) + 2^(−14.4/1.332572))/2 = 0.000859. Lesson b is q2 alone.
    const curves = recallCurves(itemHistories(practices), DEFAULT_WEIGHTS, clock.now(), ['a', 'b', 'c']);
    expect(curves.map((c) => c.lesson)).toEqual(['a', 'b']);
    expect(curves[0].points).toHaveLength(29); // day 0, 0.5, …, 14
    expect(curves[0].points[0].recall).toBeCloseTo(0.724701, 6);
    expect(curves[0].points[28]).toEqual({ day: 14, recall: expect.closeTo(0.000859, 6) as number });
    expect(curves[1].points[0].recall).toBeCloseTo(0.723398, 6);
  });
});
