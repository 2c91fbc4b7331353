import { lessons, loaders } from 'virtual:lessons';
import type { CheckOption } from '../../content/types';

/** One knowledge check of the course, as the review asks it. */
export interface ReviewQuestion {
  checkId: string;
  lessonSlug: string;
  /** "Lesson 4: Controlled experiments". */
  lessonLabel: string;
  questionHtml: string;
  options: CheckOption[];
}

/** Every knowledge check of every lesson, in course order (each lesson's chunk is loaded once). */
export async function loadQuestionBank(): Promise<ReviewQuestion[]> {
  const bodies = await Promise.all(lessons.map((meta) => loaders[meta.slug]?.().then((m) => m.default)));
  const out: ReviewQuestion[] = [];
  for (const lesson of bodies) {
    if (!lesson) continue;
    const lessonLabel = `Lesson ${lesson.number}: ${lesson.title}`;
    for (const section of lesson.body) {
      for (const block of section.blocks) {
        if (block.kind === 'check') out.push({ checkId: block.id, lessonSlug: lesson.slug, lessonLabel, questionHtml: block.questionHtml, options: block.options });
      }
    }
  }
  return out;
}
