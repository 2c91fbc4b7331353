import type { AnswerRecord, ProgressRecord, ReviewRecord } from '../persistence/schema';
import { appStorage } from './storage.svelte';

/**
 * The learner's progress as the pages see it: completed sections, last position and
 * answers, loaded from the active repository and reloaded when another tab (or an
 * import or reset) changes them.
 */
class ProgressState {
  ready = $state(false);
  lessons = $state.raw<Record<string, ProgressRecord>>({});
  answers = $state.raw<Record<string, AnswerRecord>>({});

  constructor() {
    appStorage.onChange((kind) => {
      if (kind === 'all' || kind === 'progress' || kind === 'answers') void this.load();
    });
  }

  async load(): Promise<void> {
    const repo = appStorage.repo;
    const [progress, answers] = await Promise.all([repo.listProgress(), repo.listAnswers()]);
    this.lessons = Object.fromEntries(progress.map((p) => [p.slug, p]));
    this.answers = Object.fromEntries(answers.map((a) => [a.checkId, a]));
    this.ready = true;
  }

  /** Remembers the section the learner is on, so "Continue" returns there. */
  async visit(slug: string, sectionId: string): Promise<void> {
    if (this.lessons[slug]?.lastSection === sectionId) return;
    const record = await appStorage.write((repo) => repo.setLastPosition(slug, sectionId));
    if (record) this.lessons = { ...this.lessons, [slug]: record };
  }

  async markSectionDone(slug: string, sectionId: string): Promise<void> {
    const record = await appStorage.write((repo) => repo.markSectionDone(slug, sectionId));
    if (record) this.lessons = { ...this.lessons, [slug]: record };
  }

  /** Stores the latest answer to a check and, in the same write, one practice for the spaced review. */
  async answer(checkId: string, lessonSlug: string, choice: number, correct: boolean): Promise<void> {
    const at = Date.now();
    const record: AnswerRecord = { checkId, lessonSlug, choice, correct, answeredAt: at };
    // The same id as the schema-2 migration gives an answer it turns into a practice.
    const practice: ReviewRecord = { id: `${checkId}@${at}`, checkId, lessonSlug, correct, at, source: 'check' };
    this.answers = { ...this.answers, [checkId]: record };
    await appStorage.write(async (repo) => {
      await repo.recordAnswer(record);
      await repo.addReview(practice);
    });
  }
}

export const progress = new ProgressState();
