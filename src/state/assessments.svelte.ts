import { assessmentId, type AssessmentRecord } from '../persistence/schema';
import { appStorage } from './storage.svelte';

/**
 * The learner's pre- and post-lesson checks, loaded from the active repository and
 * reloaded when another tab, an import or a reset changes them. Nothing leaves the device.
 */
class AssessmentsState {
  ready = $state(false);
  byId = $state.raw<Record<string, AssessmentRecord>>({});

  constructor() {
    appStorage.onChange((kind) => {
      if (kind === 'all' || kind === 'assessments') void this.load();
    });
  }

  async load(): Promise<void> {
    const list = await appStorage.repo.listAssessments();
    this.byId = Object.fromEntries(list.map((a) => [a.id, a]));
    this.ready = true;
  }

  /** The stored check of one lesson and phase, if any. */
  of(lessonSlug: string, phase: 'pre' | 'post'): AssessmentRecord | undefined {
    return this.byId[assessmentId(lessonSlug, phase)];
  }

  /** Stores a check (replacing the earlier one of that lesson and phase); false if storage refused. */
  async save(record: AssessmentRecord): Promise<boolean> {
    const saved = await appStorage.write(async (repo) => (await repo.putAssessment(record), true));
    if (saved) this.byId = { ...this.byId, [record.id]: record };
    return saved === true;
  }
}

export const assessments = new AssessmentsState();
