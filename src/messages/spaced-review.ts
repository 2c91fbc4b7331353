/** UI strings of the Spaced review. Loaded with its chunk only. */

const TIMES = ['never', 'once', 'twice'];

/** "once", "twice", "3 times". */
export function times(n: number): string {
  return TIMES[n] ?? `${n} times`;
}

/** The learner's history with an item in words: "right twice and wrong once". */
export function historyWords(right: number, wrong: number): string {
  if (right > 0 && wrong > 0) return `you got it right ${times(right)} and wrong ${times(wrong)}`;
  if (right > 0) return `you got it right ${times(right)}`;
  return `you got it wrong ${times(wrong)}`;
}

/** A span of time in words, rounded to what a learner would say: "about 40 minutes", "about 5 hours", "about 3 days". */
export function spanWords(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `about ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(ms / 3_600_000);
  if (hours < 36) return `about ${hours} hour${hours === 1 ? '' : 's'}`;
  const days = Math.round(ms / 86_400_000);
  return `about ${days} days`;
}

/** A recall probability as a whole percentage. */
export const percent = (p: number) => `${Math.round(p * 100)}%`;

/** Half-life in days, in words. */
export const halfLifeWords = (days: number) => spanWords(days * 86_400_000).replace('about ', '');

export const spacedReviewMessages = {
  intro:
    'Questions from the course’s knowledge checks, each brought back when the model predicts you are close to forgetting it. Every answer here, and every knowledge check you answer in a lesson, is a practice the model learns from. Nothing leaves your device.',
  loading: 'Loading your history…',
  empty: {
    title: 'Nothing to review yet',
    body: 'The review brings back questions you have answered before, each one when the model predicts your recall has dropped below 80%. You have not answered any knowledge check yet, so there is nothing to schedule.',
    how: 'Answer the knowledge checks in the lessons, or start here with questions from the lessons you have opened. Either way, the answers become your history.',
    start: 'Start with new questions',
    lesson1: 'Go to lesson 1',
  },
  dueCount: (due: number, practiced: number) =>
    `${due === 0 ? 'Nothing is' : due === 1 ? '1 question is' : `${due} questions are`} due now, out of ${practiced} you have practiced.`,
  fitted: (n: number) => `Fitted to your history: the weights below were learned from your ${n} repeat practices.`,
  defaults: (n: number, need: number) =>
    `Default weights: the model is fitted to your own history once you have ${need} repeat practices (answers to a question you had answered before); you have ${n}.`,
  fitting: 'Fitting the model to your history…',
  weights: (bias: string, right: string, wrong: string) => `Half-life h = 2^(${bias} ${right}·√(1+right) ${wrong}·√(1+wrong) + lesson weight) days.`,
  lessonWeights: 'Lesson weights',
  question: {
    due: (lesson: string) => `Due for review · ${lesson}`,
    fresh: (lesson: string) => `New question · ${lesson}`,
    submit: 'Check answer',
    chooseFirst: 'Choose an answer first.',
    correct: 'Correct.',
    incorrect: 'Not quite.',
    next: 'Next question',
    finish: 'Done for now',
    why: 'Why this question now',
  },
  /** Reasoning for a practiced item, from the model's numbers. */
  reasoning: (recallNow: number, msUntilHalf: number, right: number, wrong: number) =>
    msUntilHalf > 0
      ? `You will likely forget this in ${spanWords(msUntilHalf)}: ${historyWords(right, wrong)}.`
      : `You have likely forgotten this by now (predicted recall ${percent(recallNow)}): ${historyWords(right, wrong)}.`,
  detail: (halfLife: string, ago: string, recallNow: string) => `Half-life ${halfLife} · last practiced ${ago} ago · predicted recall now ${recallNow}.`,
  freshReasoning: 'You have not answered this question yet, so the model has no history for it. Your answer becomes its first practice.',
  nothingDue: (span: string, lesson: string) => `Nothing is due now. The next question (${lesson}) comes due in ${span}.`,
  allDone: 'Nothing is due now, and no practiced questions are waiting.',
  checkAgain: 'Check again',
  newQuestion: 'Practice a new question',
  noNew: 'You have answered every question of the lessons you have opened.',
  session: (n: number) => `${n} answered in this session.`,
  chart: {
    title: 'Your predicted recall per lesson, next two weeks',
    xLabel: 'Days from now',
    yLabel: 'Predicted recall',
    target: 'Review target 80%',
    summary: (lines: string[]) =>
      lines.length
        ? `If you practiced nothing more: ${lines.join('; ')}.`
        : 'No lesson has a practiced question yet.',
    lessonLine: (lesson: string, now: string, later: string) => `${lesson} from ${now} today to ${later} in two weeks`,
    caption: 'Mean predicted recall of each lesson’s practiced questions, if you practiced nothing more',
    day: 'Day',
  },
  items: {
    summary: 'Every question you have practiced',
    caption: 'Your practiced questions, closest to forgotten first',
    columns: ['Question', 'Lesson', 'Right', 'Wrong', 'Half-life', 'Recall now', 'Due'],
    dueNow: 'now',
    dueIn: (span: string) => `in ${span}`,
  },
  storageFailed: 'Your answer could not be saved on this device; it counts for this session only.',
};
