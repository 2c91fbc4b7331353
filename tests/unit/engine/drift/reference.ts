import reference from '../../../fixtures/tools/reference.json';

/** One case of tests/fixtures/tools/reference.json (written by scripts/reference/tools_reference.py). */
export interface ToolCase<I, E> {
  inputs: I;
  expected: E;
  source: string;
}

/** The cases of one family of the tools fixture, typed by the caller. */
export function toolCases<I, E>(family: string): ToolCase<I, E>[] {
  const cases = (reference as unknown as Record<string, unknown>)[family];
  if (!Array.isArray(cases) || cases.length === 0) throw new Error(`no tools reference family ${family}`);
  return cases as ToolCase<I, E>[];
}

/** The integer recipe for large samples: value_i = ((i·mul + add) mod mod)/div, exactly as numpy evaluates it. */
export interface Recipe {
  n: number;
  mul: number;
  add: number;
  mod: number;
  div: number;
}

export function recipeValues(r: Recipe): Float64Array {
  const out = new Float64Array(r.n);
  for (let i = 0; i < r.n; i++) out[i] = ((i * r.mul + r.add) % r.mod) / r.div;
  return out;
}

/** Four significant digits: |actual − expected| ≤ 5e-5·|expected| (+ a floor for values near 0). */
export const SIG4 = 5e-5;
