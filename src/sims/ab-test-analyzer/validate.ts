/** Why a typed value is refused. */
export type FieldProblem = 'empty' | 'not-number' | 'negative' | 'fractional' | 'zero' | 'too-large' | 'above-visitors' | 'share-range' | 'sd-negative' | 'too-few';

export type FieldKind = 'visitors' | 'conversions' | 'share' | 'mean' | 'sd';

/** Largest count or magnitude accepted (keeps every computation in exact double arithmetic). */
export const MAX_COUNT = 1_000_000_000;
const NUMBER_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

/**
 * Checks one typed field: visitors are whole numbers ≥ 1 (≥ 2 for a continuous KPI), conversions whole
 * numbers ≥ 0, the share of B a percentage strictly between 0 and 100, a standard deviation ≥ 0, a
 * mean any number; all at most 10⁹ in size. Returns the number or the problem.
 */
export function checkField(kind: FieldKind, text: string, continuous = false): { value: number } | { problem: FieldProblem } {
  const t = text.replace(/,/g, '').trim();
  if (t === '') return { problem: 'empty' };
  if (!NUMBER_TEXT.test(t)) return { problem: 'not-number' };
  const v = Number(t);
  if (!Number.isFinite(v) || Math.abs(v) > MAX_COUNT) return { problem: 'too-large' };
  if (kind === 'mean') return { value: v };
  if (kind === 'sd') return v < 0 ? { problem: 'sd-negative' } : { value: v };
  if (kind === 'share') return v > 0 && v < 100 ? { value: v } : { problem: 'share-range' };
  if (v < 0) return { problem: 'negative' };
  if (!Number.isInteger(v)) return { problem: 'fractional' };
  if (kind === 'visitors' && v === 0) return { problem: 'zero' };
  if (kind === 'visitors' && continuous && v < 2) return { problem: 'too-few' };
  return { value: v };
}
