import type { AssessmentAnswer } from '../../persistence/schema';

/** What scoring needs of a question: its id and which authored option is correct. */
export interface ScorableQuestion {
  id: string;
  options: readonly { correct: boolean }[];
}

/**
 * Scores one pre- or post-lesson check. `choices[i]` is the authored index the learner
 * picked for question i (never the display position: options are shuffled per learner).
 * Returns one answer per question, the number right and the number asked.
 * Throws if a choice is missing or out of range: the form only submits complete answers.
 */
export function scoreAnswers(
  questions: readonly ScorableQuestion[],
  choices: readonly number[],
): { answers: AssessmentAnswer[]; score: number; total: number } {
  if (choices.length !== questions.length) throw new Error(`Expected ${questions.length} answers, got ${choices.length}.`);
  const answers = questions.map((q, i) => {
    const choice = choices[i];
    if (!Number.isInteger(choice) || choice < 0 || choice >= q.options.length) throw new Error(`Answer ${i + 1} is not one of its options.`);
    return { questionId: q.id, choice, correct: q.options[choice].correct };
  });
  return { answers, score: answers.filter((a) => a.correct).length, total: questions.length };
}

/** The learner's change from before to after a lesson, in questions right. */
export interface Gain {
  before: number;
  after: number;
  total: number;
  /** after − before: positive when the lesson taught something the pre check missed. */
  gain: number;
}

/**
 * The gain between a pre and a post check, or null unless both exist and were asked
 * over the same number of questions (a lesson whose questions changed in between
 * cannot be compared fairly).
 */
export function gainOf(pre: { score: number; total: number } | undefined, post: { score: number; total: number } | undefined): Gain | null {
  if (!pre || !post || pre.total !== post.total || pre.total === 0) return null;
  return { before: pre.score, after: post.score, total: post.total, gain: post.score - pre.score };
}
