import { expect } from 'vitest';
import reference from '../../../fixtures/stats/reference.json';

/** One reference case written by scripts/reference/stats_reference.py. */
export interface ReferenceCase<I, E> {
  inputs: I;
  expected: E;
  source: string;
}

type Families = Record<string, ReferenceCase<Record<string, unknown>, Record<string, unknown>>[]>;

const data = reference as unknown as Families;

/** The cases of one family of tests/fixtures/stats/reference.json, typed by the caller. */
export function referenceCases<I, E>(family: string): ReferenceCase<I, E>[] {
  const cases = data[family];
  if (!Array.isArray(cases) || cases.length === 0) throw new Error(`no reference family ${family}`);
  return cases as unknown as ReferenceCase<I, E>[];
}

/** Asserts |actual − expected| ≤ rel·|expected| + abs, with a message naming the case. */
export function expectClose(actual: number, expected: number, rel: number, what: string, abs = 0): void {
  const tolerance = rel * Math.abs(expected) + abs;
  const ok = Math.abs(actual - expected) <= tolerance || (actual === expected);
  expect(ok, `${what}: got ${actual}, expected ${expected} (±${tolerance.toExponential(2)})`).toBe(true);
}
