import { describe, expect, it } from 'vitest';
import { gainOf, scoreAnswers } from '../../../src/engine/prepost/score';

const q = (id: string, correctIndex: number) => ({ id, options: [0, 1, 2, 3].map((i) => ({ correct: i === correctIndex })) });

describe('pre/post scoring', () => {
  const questions = [q('a', 0), q('b', 2), q('c', 3)];

  it('scores authored indices: two of three right', () => {
    expect(scoreAnswers(questions, [0, 1, 3])).toEqual({
      answers: [
        { questionId: 'a', choice: 0, correct: true },
        { questionId: 'b', choice: 1, correct: false },
        { questionId: 'c', choice: 3, correct: true },
      ],
      score: 2,
      total: 3,
    });
  });

  it.each([
    [[0, 1]],
    [[0, 1, 4]],
    [[0, -1, 3]],
    [[0, 1.5, 3]],
  ])('refuses incomplete or out-of-range answers %j', (choices) => {
    expect(() => scoreAnswers(questions, choices)).toThrow();
  });

  it('gives the gain only when both checks exist over the same questions', () => {
    expect(gainOf({ score: 1, total: 3 }, { score: 3, total: 3 })).toEqual({ before: 1, after: 3, total: 3, gain: 2 });
    expect(gainOf({ score: 3, total: 3 }, { score: 2, total: 3 })?.gain).toBe(-1);
    expect(gainOf(undefined, { score: 3, total: 3 })).toBeNull();
    expect(gainOf({ score: 1, total: 3 }, undefined)).toBeNull();
    expect(gainOf({ score: 1, total: 2 }, { score: 3, total: 3 })).toBeNull();
  });
});
