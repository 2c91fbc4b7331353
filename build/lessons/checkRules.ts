import type { Block, Lesson } from '../../src/content/types.ts';
import { LessonError } from './errors.ts';

/** How much longer than the longest wrong option the correct one may be. */
export const MAX_CORRECT_LENGTH_RATIO = 1.5;

/**
 * Rules that keep a knowledge check from giving its answer away. Today: the
 * correct option may be at most {@link MAX_CORRECT_LENGTH_RATIO} times as long
 * (in characters, trimmed) as the longest wrong option, because learners learn
 * that "the long careful one" is right. Throws a LessonError naming the check.
 */
export function checkKnowledgeChecks(file: string, lesson: Pick<Lesson, 'body'>): void {
  for (const section of lesson.body) {
    for (const block of section.blocks) if (block.kind === 'check') checkLengths(file, section.id, block);
  }
}

function checkLengths(file: string, sectionId: string, check: Extract<Block, { kind: 'check' }>): void {
  const correct = check.options.find((o) => o.correct);
  const wrong = check.options.filter((o) => !o.correct).map((o) => o.text.trim().length);
  if (!correct || wrong.length === 0) return; // the schema already requires one correct option among two or more
  const longestWrong = Math.max(...wrong);
  const ratio = correct.text.trim().length / longestWrong;
  if (ratio > MAX_CORRECT_LENGTH_RATIO) {
    throw new LessonError(
      file,
      `section "${sectionId}" check "${check.id}": the correct option is ${ratio.toFixed(2)} times as long as the longest wrong one ` +
        `(${correct.text.trim().length} vs ${longestWrong} characters; at most ${MAX_CORRECT_LENGTH_RATIO}), so its length gives the answer away`,
    );
  }
}
