import type { Rng } from '../../random/rng';
import { CHANGE_KINDS, type ChangeKind } from './changes';

/** Most change requests one stream may hold (keeps a run to well under a millisecond). */
export const MAX_CHANGES = 40;

/**
 * A seeded stream of `count` change requests (1 ≤ count ≤ MAX_CHANGES), each kind drawn independently
 * with equal probability 1/5: kind = CHANGE_KINDS[⌊5·u⌋] for u uniform in [0, 1) from `rng`.
 */
export function drawChangeStream(count: number, rng: Rng): ChangeKind[] {
  const n = Math.max(0, Math.min(MAX_CHANGES, Math.trunc(count)));
  return Array.from({ length: n }, () => CHANGE_KINDS[Math.min(CHANGE_KINDS.length - 1, Math.floor(rng() * CHANGE_KINDS.length))]);
}
