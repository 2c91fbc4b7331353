import type { RolloutResult } from './simulate';

/** Where one region stands on one day of a simulated rollout. */
export type RegionStatus =
  | { kind: 'waiting' }
  | { kind: 'watching'; look: number; of: number }
  | { kind: 'live' }
  | { kind: 'breached' }
  | { kind: 'rolled-back' }
  | { kind: 'never' };

/**
 * Status of region r at the end of day `day` (0-based): waiting to switch on; watched (look k of the
 * window); live for everyone; the region whose guardrail fired the rollback (from that day on); rolled
 * back with the rest; or never switched on because the rollback came first.
 */
export function regionStatus(result: RolloutResult, r: number, day: number): RegionStatus {
  const region = result.regions[r];
  const rollback = result.rollback;
  if (rollback && day >= rollback.day) {
    if (region.start > rollback.day) return { kind: 'never' };
    if (rollback.region === r) return { kind: 'breached' };
    return day > rollback.day ? { kind: 'rolled-back' } : statusBefore(region.start, region.watchEnd, day);
  }
  return statusBefore(region.start, region.watchEnd, day);
}

function statusBefore(start: number, watchEnd: number, day: number): RegionStatus {
  if (day < start) return { kind: 'waiting' };
  if (day <= watchEnd) return { kind: 'watching', look: day - start + 1, of: watchEnd - start + 1 };
  return { kind: 'live' };
}
