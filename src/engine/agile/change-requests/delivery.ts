/**
 * Iterative versus big-bang delivery of the same backlog, sprint by sprint. Value is counted in
 * "value points": one increment built in one sprint, for the goal in force, is worth 1 point while it is
 * in production.
 */

export interface DeliveryConfig {
  /** Sprints in the horizon (1–24); the lab uses 12. */
  sprints: number;
  /** Iterative delivery shows working software to stakeholders at the end of every `feedbackEvery`-th sprint (≥ 1). */
  feedbackEvery: number;
  /** The goal moves at the start of this sprint (1-based), or null for a goal that never moves. */
  goalChangeSprint: number | null;
  /** Share of its value, in [0, 1], that an increment built for the old goal keeps once the goal has moved. */
  oldGoalWorth: number;
  /** Share of each sprint, in [0, 0.9], that iterative delivery spends releasing instead of building. */
  releaseOverhead: number;
}

export interface DeliverySprint {
  sprint: number;
  /** Whether stakeholders see working software at the end of this sprint. */
  feedback: { iterative: boolean; bigBang: boolean };
  /** The goal in force during this sprint. */
  goal: 'original' | 'new';
  /** Whether the increment built this sprint aims at the new goal (the teams know of the move). */
  aimsAtNew: { iterative: boolean; bigBang: boolean };
  /** Value in production at the end of the sprint, in value points. */
  value: { iterative: number; bigBang: number };
  /** Running sum of `value` up to and including this sprint (value points × sprints). */
  cumulative: { iterative: number; bigBang: number };
}

export interface DeliveryResult {
  sprints: DeliverySprint[];
  /** The sprint at whose end each team learns that the goal moved (null: never, within the horizon). */
  learnedAt: { iterative: number | null; bigBang: number | null };
}

/**
 * Both delivery plans build one increment per sprint. Iterative ships each increment at the end of its
 * sprint, each of size 1 − releaseOverhead; big-bang builds increments of size 1 and ships all of them at
 * the end of the last sprint. Stakeholders see working software only at a release that is a feedback
 * point: for iterative, the end of every `feedbackEvery`-th sprint; for big-bang, the end of the last sprint.
 * When the goal moves at the start of sprint g, a team learns it at its first feedback point t ≥ g and
 * aims every increment from sprint t + 1 at the new goal. From sprint g on, an increment built for the old
 * goal is worth `oldGoalWorth` of its size, one built for the new goal its full size.
 * value(s) = Σ over increments in production at the end of sprint s of size × worth; cumulative(s) = Σ_{k ≤ s} value(k).
 */
export function simulateDelivery(config: DeliveryConfig): DeliveryResult {
  const n = Math.max(1, Math.min(24, Math.trunc(config.sprints)));
  const every = Math.max(1, Math.trunc(config.feedbackEvery));
  const g = config.goalChangeSprint;
  const worth = Math.min(1, Math.max(0, config.oldGoalWorth));
  const size = 1 - Math.min(0.9, Math.max(0, config.releaseOverhead));
  const isFeedback = { iterative: (s: number) => s % every === 0, bigBang: (s: number) => s === n };
  const learned = (plan: 'iterative' | 'bigBang'): number | null => {
    if (g === null) return null;
    for (let t = Math.max(1, g); t <= n; t++) if (isFeedback[plan](t)) return t;
    return null;
  };
  const learnedAt = { iterative: learned('iterative'), bigBang: learned('bigBang') };
  const aimsAtNew = (plan: 'iterative' | 'bigBang', s: number) => learnedAt[plan] !== null && s > learnedAt[plan]!;

  const sprints: DeliverySprint[] = [];
  let cumIterative = 0;
  let cumBigBang = 0;
  for (let s = 1; s <= n; s++) {
    const goalMoved = g !== null && s >= g;
    const worthOf = (newGoal: boolean) => (goalMoved ? (newGoal ? 1 : worth) : newGoal ? 0 : 1);
    let iterative = 0;
    for (let i = 1; i <= s; i++) iterative += size * worthOf(aimsAtNew('iterative', i));
    let bigBang = 0;
    if (s === n) for (let i = 1; i <= n; i++) bigBang += worthOf(aimsAtNew('bigBang', i));
    cumIterative += iterative;
    cumBigBang += bigBang;
    sprints.push({
      sprint: s,
      feedback: { iterative: isFeedback.iterative(s), bigBang: isFeedback.bigBang(s) },
      goal: goalMoved ? 'new' : 'original',
      aimsAtNew: { iterative: aimsAtNew('iterative', s), bigBang: aimsAtNew('bigBang', s) },
      value: { iterative, bigBang },
      cumulative: { iterative: cumIterative, bigBang: cumBigBang },
    });
  }
  return { sprints, learnedAt };
}
