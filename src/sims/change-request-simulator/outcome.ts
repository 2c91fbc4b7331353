import type { ChangeRequestResult, ChangeKind } from '../../engine/agile/change-requests';
import type { CostVerdict } from '../../messages/change-request-simulator';

/** Totals within this share of the larger one count as "about the same". */
export const SAME_SHARE = 0.05;

/** Which build cost more in total: 'same' when |modular − coupled| ≤ 5 % of the larger total. */
export function costVerdict(total: { modular: number; coupled: number }): CostVerdict {
  const diff = total.modular - total.coupled;
  if (Math.abs(diff) <= SAME_SHARE * Math.max(total.modular, total.coupled)) return 'same';
  return diff > 0 ? 'modular' : 'coupled';
}

/**
 * The first request after which the modular running total is at most the coupled one: 0 when it never
 * was more expensive (even right after the build), null when it is still more expensive at the end.
 */
export function breakEven(result: ChangeRequestResult): number | null {
  const { modular, coupled } = result.cumulative;
  const k = modular.findIndex((m, i) => m <= coupled[i]);
  return k === -1 ? null : k;
}

/**
 * Among the kinds in the stream, the one where coupling costs most over modular (largest coupled − modular
 * > 0), and the one where the modular build costs most over coupled (largest modular − coupled > 0).
 */
export function extremes(result: ChangeRequestResult): { coupledWorst: ChangeKind | null; modularWorst: ChangeKind | null } {
  let coupledWorst: ChangeKind | null = null;
  let modularWorst: ChangeKind | null = null;
  let up = 0;
  let down = 0;
  for (const c of result.stream) {
    const d = c.coupled.days - c.modular.days;
    if (d > up) [up, coupledWorst] = [d, c.kind];
    if (-d > down) [down, modularWorst] = [-d, c.kind];
  }
  return { coupledWorst, modularWorst };
}
