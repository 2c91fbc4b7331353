import type { ChangeRequestConfig } from '../../engine/agile/change-requests';

/** The lab's controls, percentages as 25 for 25 %; goal 0 means the goal never moves. */
export interface CrSettings {
  seed: number;
  changes: number;
  contract: number;
  feedback: number;
  goal: number;
  worth: number;
  overhead: number;
}

/** Sprints in the delivery view. */
export const SPRINTS = 12;

export function toConfig(s: CrSettings): ChangeRequestConfig {
  return {
    seed: s.seed,
    changes: s.changes,
    contractDays: s.contract,
    delivery: {
      sprints: SPRINTS,
      feedbackEvery: s.feedback,
      goalChangeSprint: s.goal === 0 ? null : s.goal,
      oldGoalWorth: s.worth / 100,
      releaseOverhead: s.overhead / 100,
    },
  };
}

/** Two settings with the same key give the same run. */
export function settingsKey(s: CrSettings): string {
  return [s.seed, s.changes, s.contract, s.feedback, s.goal, s.worth, s.overhead].join('|');
}
