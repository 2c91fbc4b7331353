/** UI strings of the Peeking trap. Loaded with its chunk only. */
export const peekingMessages = {
  intro:
    'Simulate many A/A tests: both arms are identical, so every “win” is a false positive. Each test is checked at every look (say, every morning), and three rules decide when to call a winner.',
  controls: {
    legend: 'Simulation settings',
    experiments: 'A/A tests',
    experimentsHint: 'How many identical-arm tests to simulate.',
    looks: 'Looks at the data',
    looksHint: 'Equally spaced checks per test, for example one per day.',
    visitors: 'Visitors per arm between looks',
    visitorsHint: 'New visitors in each arm before the next look. Both arms convert at 5%.',
    alpha: 'Nominal α',
    alphaHint: 'The significance level each look uses, in percent (two-sided).',
    seed: 'Seed',
  },
  run: 'Run the A/A tests',
  cancel: 'Cancel',
  running: (n: string, looks: number) => `Simulating ${n} A/A tests with ${looks} looks each…`,
  cancelled: 'Simulation cancelled.',
  failed: (reason: string) => `The simulation failed: ${reason}`,
  idle: 'Guess first: if you check a test with no real difference every day and stop at the first p below 5%, how often will you declare a winner? Then run the A/A tests.',
  stale: 'The settings have changed since this run. Run the A/A tests again to see them.',
  done: (n: string, looks: number) => `Simulated ${n} A/A tests with ${looks} looks each.`,
  rules: {
    peeking: 'Peek at every look, stop at the first p < α',
    fixed: 'Fixed horizon: one test at this look',
    sequential: 'O’Brien–Fleming (Lan–DeMets)',
  },
  ruleHints: {
    peeking: 'The tempting habit: any look with p below α ends the test as a “win”.',
    fixed: (looks: number) => `Decide once, at look ${looks}, as planned in advance.`,
    sequential: (first: string, last: string) => `Stop early only past a stricter boundary: |z| ≥ ${first} at look 1, down to ${last} at the last look.`,
  },
  finalTitle: (looks: number) => `False-positive rate after ${looks} ${looks === 1 ? 'look' : 'looks'}`,
  rate: (rate: string, lo: string, hi: string) => `${rate} (95% CI ${lo} to ${hi})`,
  timesAlpha: (x: string) => `${x} × the nominal α`,
  covers: 'consistent with α',
  below: 'below α: a conservative rule',
  verdict: (peeking: string, alpha: string, fixed: string, sequential: string) =>
    `Stopping at the first p below ${alpha} declared a false win in ${peeking} of the A/A tests. Planning a single test gave ${fixed}, and the O’Brien–Fleming boundaries gave ${sequential}: both stay near the ${alpha} they promise.`,
  chart: {
    title: 'Share of A/A tests declared a “win” by each look',
    summary: (looks: number, peeking: string, fixed: string, sequential: string, alpha: string) =>
      `By look ${looks}: ${peeking} with peeking, ${fixed} with a single test at that look, ${sequential} with O’Brien–Fleming boundaries; nominal α is ${alpha}.`,
    x: 'Look',
    y: 'False-positive rate',
    alpha: (alpha: string) => `α = ${alpha}`,
    caption: 'False-positive rate of A/A tests by look, for each decision rule',
    columns: {
      look: 'Look',
      peeking: 'Peek, stop at first p < α',
      fixed: 'Fixed horizon at this look',
      sequential: 'O’Brien–Fleming',
      boundary: 'O’Brien–Fleming |z| boundary',
    },
  },
  model: 'A/A tests: peeking vs fixed horizon vs O’Brien–Fleming',
};
