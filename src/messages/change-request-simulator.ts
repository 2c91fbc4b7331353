import type { Architecture, ChangeKind, Component } from '../engine/agile/change-requests';

/** How a prediction or an outcome names the pipeline that costs more. */
export type CostVerdict = Architecture | 'same';

const days = (n: string) => `${n} person-day${n === '1' ? '' : 's'}`;

/** UI strings of the Change-request simulator. Loaded with its chunk only. */
export const changeRequestMessages = {
  intro:
    'The same five-stage pipeline, built twice: once modular, with a versioned contract between every two stages, once tightly coupled, each stage calling into the next. Then the business changes its mind, again and again. Count the rework.',
  costModel:
    'How rework is counted: a change costs its edit effort in every component it edits. In the modular build it also costs 1 person-day for each contract whose two sides are both edited. In the coupled build, every component downstream of an edit that is not edited itself must be re-tested and re-integrated, at its re-test effort.',
  limits:
    'Limits: an illustrative cost model with fixed efforts per component, not measurements from a real team; real changes vary in size and teams learn.',
  tryTitle: 'What to try',
  tryList: [
    'Set the change requests to 1, then 2: when do the contracts pay for themselves?',
    'Step through the requests and watch which stages light up in each build. Which kinds cost the modular build more?',
    'Try seed 13: a stream heavy in “explain” and “replace the model” requests.',
    'Set the days to write a contract to 0, then to 6.',
    'In the delivery view, set feedback to every 6 sprints, then every sprint, and watch when the team learns that the goal moved.',
  ],
  components: { ingest: 'Ingest', features: 'Features', model: 'Model', serving: 'Serving', dashboard: 'Dashboard' } satisfies Record<Component, string>,
  architectures: { modular: 'Modular', coupled: 'Tightly coupled' } satisfies Record<Architecture, string>,
  architectureHints: {
    modular: 'A versioned contract (schema, checks) between every two stages.',
    coupled: 'Each stage calls straight into the next; no contracts.',
  } satisfies Record<Architecture, string>,
  kinds: {
    'data-source': 'A new data source',
    'new-kpi': 'A new KPI',
    explain: '“Explain every prediction”',
    regulation: 'A new regulation',
    'replace-model': '“Replace the model with a dashboard”',
  } satisfies Record<ChangeKind, string>,
  /** The kinds inside a sentence. */
  kindPhrases: {
    'data-source': 'a new data source',
    'new-kpi': 'a new KPI',
    explain: '“explain every prediction”',
    regulation: 'a new regulation',
    'replace-model': '“replace the model with a dashboard”',
  } satisfies Record<ChangeKind, string>,
  /** The builds inside a sentence. */
  buildPhrases: { modular: 'the modular build', coupled: 'the tightly coupled build' } satisfies Record<Architecture, string>,
  kindHints: {
    'data-source': 'Read a new source and turn it into features.',
    'new-kpi': 'Compute a new KPI from the data and show it.',
    explain: 'Compute reasons for each prediction, return them and show them.',
    regulation: 'Stop keeping a personal field; log every decision for audit.',
    'replace-model': 'Retire the model and its endpoint; show the features on a dashboard instead.',
  } satisfies Record<ChangeKind, string>,
  controls: {
    legend: 'The change requests',
    changes: 'Change requests',
    changesHint: 'How many requests arrive after the build, drawn from the five kinds with equal chance.',
    contract: 'Days to write one contract',
    contractHint: 'Up-front cost of each of the modular build’s 4 contracts, in person-days.',
    seed: 'Seed',
    deliveryLegend: 'Delivery over 12 sprints',
    feedback: 'Feedback every (sprints)',
    feedbackHint: 'Iterative delivery shows working software to stakeholders at the end of every n-th sprint.',
    goal: 'Goal moves at sprint',
    goalHint: '0: the goal never moves. Teams only notice at a feedback point.',
    worth: 'Value kept by work for the old goal',
    worthHint: 'Percent of its value an increment keeps once the goal has moved.',
    overhead: 'Release overhead of iterative delivery',
    overheadHint: 'Percent of each sprint spent releasing instead of building.',
  },
  prediction: {
    legend: (n: number) => `Your prediction: counting the build, which pipeline will have cost more person-days after ${n} change request${n === 1 ? '' : 's'}?`,
    options: { modular: 'The modular one', coupled: 'The tightly coupled one', same: 'About the same (within 5%)' } satisfies Record<CostVerdict, string>,
    needed: 'Choose a prediction first, then run.',
  },
  run: 'Run the change requests',
  idle: 'Make your prediction, then run the change requests.',
  stale: 'The settings have changed since this run. Run the change requests again to see them.',
  done: (n: number, modular: string, coupled: string) => `${n} change requests costed: modular ${days(modular)}, tightly coupled ${days(coupled)}.`,
  totals: {
    title: 'Person-days, build included',
    build: 'Build',
    changes: 'Change requests',
    total: 'Total',
    caption: 'Person-days spent on each pipeline',
    item: 'Item',
  },
  stream: {
    title: 'The change requests, one by one',
    listLabel: 'Change requests in order of arrival',
    keys: 'In the list, the arrow keys, Home and End move from request to request.',
    item: (i: number, kind: string, m: string, c: string) => `${i}. ${kind}: modular ${m} d, coupled ${c} d`,
    previous: 'Previous request',
    next: 'Next request',
    position: (i: number, n: number) => `Request ${i} of ${n}`,
  },
  graph: {
    title: (i: number, kind: string) => `Request ${i}: ${kind}`,
    summary: (arch: string, edited: string, retested: string, contracts: number, total: string) =>
      `${arch}: edits ${edited}` +
      (retested ? `; re-tests ${retested}` : '') +
      (contracts > 0 ? `; versions ${contracts} contract${contracts === 1 ? '' : 's'}` : '') +
      `. ${days(total)}.`,
    edit: (d: string) => `edit · ${d} d`,
    retest: (d: string) => `re-test · ${d} d`,
    unchanged: 'no change',
    contract: 'contract',
    contractVersioned: 'contract v+1 · 1 d',
    direct: 'direct calls',
    total: (d: string) => `Total: ${days(d)}`,
    legend: { label: 'Legend of the graphs', edit: 'Edited', retest: 'Re-tested, not edited', unchanged: 'Unchanged', contract: 'Contract versioned' },
    tableCaption: (i: number) => `What request ${i} costs, component by component (person-days)`,
    component: 'Component',
    contractsRow: 'Contracts versioned',
    totalRow: 'Total',
    cellEdit: (d: string) => `edit ${d}`,
    cellRetest: (d: string) => `re-test ${d}`,
    cellNone: '–',
  },
  costChart: {
    title: 'Person-days spent, build first, then each change request',
    summary: (n: number, m: string, c: string, breakEven: number | null) =>
      `After the build and ${n} requests: modular ${days(m)}, tightly coupled ${days(c)}. ` +
      (breakEven === null ? 'The modular build never caught up.' : breakEven === 0 ? 'The modular build was never more expensive.' : `The modular build caught up at request ${breakEven}.`),
    x: 'Change requests handled',
    y: 'Person-days',
    caption: 'Cost of each change request and running totals (person-days)',
    columns: { index: 'Request', kind: 'Kind', modular: 'Modular', coupled: 'Tightly coupled', modularTotal: 'Modular so far', coupledTotal: 'Coupled so far' },
    buildRow: 'Build',
  },
  takeaway: {
    title: 'What your numbers say',
    outcome: (more: string, moreDays: string, less: string, lessDays: string, diff: string, pct: string) =>
      `Counting the build, ${more} cost ${days(moreDays)} and ${less} ${days(lessDays)}: ${diff} more (${pct}).`,
    same: (m: string, c: string) => `Counting the build, the two cost about the same: modular ${days(m)}, tightly coupled ${days(c)}.`,
    right: (predicted: string) => `You predicted “${predicted}”: that is what happened.`,
    wrong: (predicted: string) => `You predicted “${predicted}”: not this time.`,
    contracts: (upfront: string, breakEven: number | null) =>
      breakEven === null
        ? `The contracts cost ${days(upfront)} up front and this stream never paid them back.`
        : breakEven === 0
          ? 'With contracts that cost nothing to write, the modular build was never behind.'
          : `The contracts cost ${days(upfront)} up front and had paid for themselves by request ${breakEven}.`,
    costly: (kind: string, m: string, c: string) =>
      `The coupled build hurt most on ${kind} (${m} d modular, ${c} d coupled): an early edit makes everything downstream re-test.`,
    modularCostly: (kind: string, m: string, c: string) =>
      `Requests that edit every stage after their first edit cost the modular build more, such as ${kind} (${m} d against ${c} d): it versions each contract they cross, and nothing is left downstream for coupling to break.`,
  },
  delivery: {
    heading: 'Iterative versus big-bang delivery',
    title: 'Value in users’ hands at the end of each sprint',
    intro:
      'The same team, the same backlog of 12 increments, delivered two ways. Iterative ships every sprint and shows stakeholders working software at each feedback point; big-bang ships everything at the end. The goal moves mid-way, and a team only learns it from feedback on working software.',
    summary: (it: string, bb: string, itEnd: string, bbEnd: string) =>
      `Value delivered over the 12 sprints (sum of each sprint’s value in use): iterative ${it}, big-bang ${bb}. In use after sprint 12: iterative ${itEnd}, big-bang ${bbEnd}.`,
    markers: 'Dotted lines: iterative feedback points. Solid line: the goal moves.',
    x: 'Sprint',
    y: 'Value in use (points)',
    iterative: 'Iterative',
    bigBang: 'Big-bang',
    goalMoves: 'goal moves',
    caption: 'Value in use and value delivered so far, sprint by sprint (value points)',
    columns: {
      sprint: 'Sprint',
      goal: 'Goal in force',
      feedback: 'Iterative feedback',
      iterative: 'Iterative in use',
      bigBang: 'Big-bang in use',
      iterativeSum: 'Iterative delivered so far',
      bigBangSum: 'Big-bang delivered so far',
    },
    goals: { original: 'original', new: 'new' },
    yes: 'yes',
    no: '–',
    takeaway: {
      noGoalChange: (it: string, bb: string) =>
        `With a goal that never moves, big-bang ends with more in use (no release overhead), but iterative delivered ${it} along the way against big-bang’s ${bb}.`,
      learned: (g: number, itLearned: string, bbLearned: string, stale: number) =>
        `The goal moved at sprint ${g}. Iterative learned it ${itLearned}; big-bang ${bbLearned}, so ${stale} of its 12 increments were built for the old goal.`,
      result: (it: string, bb: string, itEnd: string, bbEnd: string) =>
        `Over the 12 sprints iterative delivered ${it} value points of use against big-bang’s ${bb}, and it ends with ${itEnd} in use against ${bbEnd}.`,
      atSprint: (s: number) => `at the feedback point after sprint ${s}`,
      never: 'never, within the 12 sprints',
      atRelease: 'only at its release',
    },
  },
  model: 'change-cost model',
};
