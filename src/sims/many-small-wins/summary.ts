import type { ManySmallWinsResult } from '../../engine/experiments';

export interface ProgramSummary {
  shipped: number;
  /** False wins over shipped changes; NaN when nothing shipped. */
  falseShare: number;
  /** Mean measured lift over mean true lift of the true wins; NaN when there are none. */
  exaggeration: number;
  /** Truly positive changes (shipped or missed). */
  positives: number;
  /** Final compound lifts, as fractions (0.12 = +12 %). */
  claimed: number;
  realized: number;
  oracle: number;
}

/**
 * What a year of tests adds up to: how many shipped, what share of the wins are false, how much the real
 * wins were overstated by their own tests (winner's curse: mean measured / mean true lift of true wins),
 * and the compound lifts Π(1 + lift) − 1 claimed, realized and available.
 */
export function programSummary(result: ManySmallWinsResult): ProgramSummary {
  const { counts, compound } = result;
  const shipped = counts['true-win'] + counts['false-win'];
  let observed = 0;
  let truth = 0;
  for (const change of result.changes) {
    if (change.kind !== 'true-win') continue;
    observed += change.observedLift;
    truth += change.trueLift;
  }
  return {
    shipped,
    falseShare: shipped > 0 ? counts['false-win'] / shipped : NaN,
    exaggeration: counts['true-win'] > 0 ? observed / truth : NaN,
    positives: counts['true-win'] + counts['missed-win'],
    claimed: compound.claimed - 1,
    realized: compound.realized - 1,
    oracle: compound.oracle - 1,
  };
}
