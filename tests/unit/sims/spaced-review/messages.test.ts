import { describe, expect, it } from 'vitest';
import { historyWords, spacedReviewMessages as m, spanWords } from '../../../../src/messages/spaced-review';

const HOUR = 3_600_000;

describe('the Spaced review’s reasoning in words', () => {
  it.each([
    { right: 2, wrong: 1, words: 'you got it right twice and wrong once' },
    { right: 1, wrong: 0, words: 'you got it right once' },
    { right: 0, wrong: 3, words: 'you got it wrong 3 times' },
    { right: 5, wrong: 2, words: 'you got it right 5 times and wrong twice' },
  ])('says a history of $right right and $wrong wrong as "$words"', ({ right, wrong, words }) => {
    expect(historyWords(right, wrong)).toBe(words);
  });

  it.each([
    { ms: 20_000, words: 'about 1 minute' },
    { ms: 40 * 60_000, words: 'about 40 minutes' },
    { ms: 12.9 * HOUR, words: 'about 13 hours' },
    { ms: 35 * HOUR, words: 'about 35 hours' },
    { ms: 72 * HOUR, words: 'about 3 days' },
  ])('rounds $ms ms to "$words"', ({ ms, words }) => {
    expect(spanWords(ms)).toBe(words);
  });

  it('explains an item by when it will likely be forgotten, or that it likely is', () => {
    expect(m.reasoning(0.7, 72 * HOUR, 2, 1)).toBe('You will likely forget this in about 3 days: you got it right twice and wrong once.');
    expect(m.reasoning(0.449, -3 * HOUR, 0, 1)).toBe('You have likely forgotten this by now (predicted recall 45%): you got it wrong once.');
  });
});
