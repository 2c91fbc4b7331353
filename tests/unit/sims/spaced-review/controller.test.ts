import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, MS_PER_DAY } from '../../../../src/engine/review/hlr';
import { MIN_FIT_INSTANCES } from '../../../../src/engine/review/fit';
import { createMemoryRepository } from '../../../../src/persistence/memoryRepository';
import { emptyProgress } from '../../../../src/persistence/repository';
import type { ReviewRecord } from '../../../../src/persistence/schema';
import type { ReviewQuestion } from '../../../../src/sims/spaced-review/bank';
import { SpacedReviewController } from '../../../../src/sims/spaced-review/controller.svelte';

const question = (checkId: string, lessonSlug: string): ReviewQuestion => ({
  checkId,
  lessonSlug,
  lessonLabel: `Lesson ${lessonSlug}`,
  questionHtml: `<p>${checkId}?</p>`,
  options: [
    { text: 'wrong one', correct: false, explainHtml: '' },
    { text: 'right', correct: true, explainHtml: '' },
    { text: 'wrong two', correct: false, explainHtml: '' },
  ],
});
const BANK = [question('a1', 'a'), question('a2', 'a'), question('b1', 'b')];
const practice = (checkId: string, lessonSlug: string, correct: boolean, days: number): ReviewRecord => ({
  id: `${checkId}@${days * MS_PER_DAY}`,
  checkId,
  lessonSlug,
  correct,
  at: days * MS_PER_DAY,
  source: 'check',
});

function setup(records: ReviewRecord[], opened: string[] = []) {
  const repo = createMemoryRepository();
  let now = 0;
  const review = new SpacedReviewController({
    now: () => now,
    loadBank: async () => BANK,
    repo: () => repo,
    write: (operation) => operation(repo),
    learnerSeed: async () => 7,
  });
  const ready = (async () => {
    for (const r of records) await repo.addReview(r);
    for (const slug of opened) await repo.putProgress(emptyProgress(slug, 0));
  })();
  return { repo, review, ready, setNow: (days: number) => (now = days * MS_PER_DAY) };
}

/** The display position of the right option of the question on screen. */
const rightPosition = (review: SpacedReviewController) => review.current!.order.findIndex((i) => review.current!.question.options[i].correct);

describe('the Spaced review controller', () => {
  it('offers new questions only from opened lessons, and records an answer as a review practice', async () => {
    const { repo, review, ready, setNow } = setup([], ['a']);
    await ready;
    setNow(2);
    await review.load();
    expect(review.current).toBeNull();
    expect(review.fresh.map((q) => q.checkId)).toEqual(['a1', 'a2']);
    review.practiceNew();
    expect(review.current?.question.checkId).toBe('a1');
    expect(review.current?.status).toBeNull();
    await review.answer(rightPosition(review));
    expect(review.current?.answered).toBe(rightPosition(review));
    expect(await repo.listReviews()).toEqual([
      { id: `a1@${2 * MS_PER_DAY}`, checkId: 'a1', lessonSlug: 'a', correct: true, at: 2 * MS_PER_DAY, source: 'review' },
    ]);
    expect(review.fresh.map((q) => q.checkId)).toEqual(['a2']);
  });

  it('asks the due questions lowest recall first and moves on with the clock', async () => {
    // Day 0: a1 wrong (h = 0.866 days), b1 right (h = 1.538 days). Day 1: recall 2^(−1/0.866) = 0.449 and 2^(−1/1.538) = 0.637, both due.
    const { review, ready, setNow } = setup([practice('a1', 'a', false, 0), practice('b1', 'b', true, 0)]);
    await ready;
    setNow(1);
    await review.load();
    expect(review.due.map((s) => s.checkId)).toEqual(['a1', 'b1']);
    expect(review.current?.question.checkId).toBe('a1');
    expect(review.current?.status?.recall).toBeCloseTo(0.449, 3);
    await review.answer(rightPosition(review));
    review.next();
    expect(review.current?.question.checkId).toBe('b1');
    await review.answer(0 === rightPosition(review) ? 1 : 0);
    review.next();
    // a1 is now 1 right, 1 wrong (h = 2^(√2 − 1) = 1.333 days); b1 1 right, 1 wrong, just answered: nothing is due.
    expect(review.current).toBeNull();
    expect(review.histories.find((h) => h.checkId === 'b1')).toMatchObject({ right: 1, wrong: 1 });
    expect(review.curves.map((c) => c.lesson)).toEqual(['a', 'b']);
  });

  it('keeps the default weights below the threshold and fits them from it on', async () => {
    // One item practiced MIN_FIT_INSTANCES + 1 times, right every half day: MIN_FIT_INSTANCES repeat practices.
    const records = Array.from({ length: MIN_FIT_INSTANCES + 1 }, (_, k) => practice('a1', 'a', true, k / 2));
    const below = setup(records.slice(0, MIN_FIT_INSTANCES));
    await below.ready;
    await below.review.load();
    expect(below.review.instances).toBe(MIN_FIT_INSTANCES - 1);
    expect(below.review.fitted).toBe(false);
    expect(below.review.weights).toBe(DEFAULT_WEIGHTS);

    const at = setup(records);
    await at.ready;
    await at.review.load();
    expect(at.review.instances).toBe(MIN_FIT_INSTANCES);
    expect(at.review.fitted).toBe(true);
    expect(at.review.weights).not.toEqual(DEFAULT_WEIGHTS);
  });
});
