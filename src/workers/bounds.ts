/**
 * Bounding request fields from an untrusted sender, shared by the worker protocols (tree,
 * models, pilot). No engine code: the page loads it with the protocols.
 */
import type { Clamp } from './jobs';

/** A numeric field's bounds and the value used when it is missing or unreadable. */
export type Bound = { min: number; max: number; default: number; integer: boolean };

/** True for a plain object (not null, not an array). */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `raw` clamped to [b.min, b.max] (rounded first when b.integer; −0 read as 0); b.default when
 * `raw` is missing, non-numeric or non-finite. A change to a value that was sent is recorded in
 * `clamped` under `field` (a non-number as requested NaN).
 */
export function clampField(field: string, raw: unknown, b: Bound, clamped: Clamp[]): number {
  const finite = typeof raw === 'number' && Number.isFinite(raw);
  let used = finite ? Math.min(b.max, Math.max(b.min, b.integer ? Math.round(raw) : raw)) : b.default;
  if (Object.is(used, -0)) used = 0;
  if (raw !== undefined && used !== raw) clamped.push({ field, requested: typeof raw === 'number' ? raw : NaN, used });
  return used;
}
