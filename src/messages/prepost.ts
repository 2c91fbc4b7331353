/** Strings of the pre- and post-lesson checks and of the course record. */
export const prepostMessages = {
  pre: {
    title: 'Before you start: three quick questions',
    intro: 'Answer from what you know now; guessing is fine. Nothing is graded and nothing leaves this device. The same three questions come back at the end of the lesson, so you can see what you learned.',
    submit: 'Save my answers',
    saved: (score: number, total: number) => `Saved: ${score} of ${total} right before the lesson. The same questions come back in the last section.`,
    skip: 'You can skip this and go straight to the lesson.',
  },
  post: {
    title: 'After the lesson: the same three questions',
    intro: 'These are the questions from the start of the lesson. Answer them again to see what changed.',
    submit: 'Check my answers',
    result: (score: number, total: number) => `${score} of ${total} right after the lesson.`,
    gain: (before: number, after: number, total: number) => {
      const change = after - before;
      const sign = change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '±0';
      return `Before the lesson ${before} of ${total}, after it ${after} of ${total} (${sign}).`;
    },
    noBaseline: 'You did not answer these before the lesson, so there is no gain to show.',
    again: 'Answer again',
  },
  chooseAll: 'Choose an answer for every question first.',
  storageRefused: 'Your answers could not be saved on this device (see the notice at the top of the page).',
  correct: 'Right',
  incorrect: 'Not quite',
  yourAnswer: 'your answer',
  question: (i: number, total: number) => `Question ${i} of ${total}`,
  /** The course map's one line per lesson. */
  card: {
    gain: (before: number, after: number, total: number) => `Before → after the lesson: ${before} → ${after} of ${total}`,
    preOnly: (before: number, total: number) => `Before the lesson: ${before} of ${total} right`,
    none: 'Before and after the lesson: three quick questions, not answered yet',
  },
} as const;

/** Strings of the printable course record (`#/record`). */
export const recordMessages = {
  title: 'Your course record',
  intro: 'A summary of what you did in this course, read from this device. Print it, or save it as a PDF from the print dialog. The progress file in Settings stays the complete, portable record.',
  print: 'Print or save as PDF',
  printedOn: (date: string) => `Made on ${date}.`,
  guest: 'Guest mode: this record shows only what you did in this tab.',
  lessonsTitle: 'Lessons',
  lessonsCaption: 'Each lesson with its sections done, knowledge checks right and the change from the pre to the post check',
  lesson: 'Lesson',
  sections: 'Sections done',
  checks: 'Checks right',
  gain: 'Before → after',
  completed: 'completed',
  notTaken: 'not taken',
  preOnly: (score: number, total: number) => `${score} of ${total} before; no after yet`,
  gainCell: (before: number, after: number, total: number) => `${before} → ${after} of ${total}`,
  of: (done: number, total: number) => `${done} of ${total}`,
  summary: (lessons: number, total: number, right: number, checks: number, runs: number) =>
    `${lessons} of ${total} lessons completed · ${right} of ${checks} knowledge checks right · ${runs} ${runs === 1 ? 'run' : 'runs'} recorded`,
  runsTitle: 'Runs by lab',
  runsCaption: 'Labs you ran, with the number of runs and the latest (demonstration runs left out)',
  lab: 'Lab',
  runCount: 'Runs',
  latest: 'Latest',
  noRuns: 'No runs recorded yet.',
  link: 'Your course record (printable)',
} as const;
