/**
 * Scenarios: an interactive's parameters and seed, kept in the URL so a scenario
 * can be shared. Every value is validated and clamped to its bounds; anything a link
 * asked for that we could not honour comes back as a notice the page shows.
 */

export type ParamSpec =
  | { kind: 'int'; label: string; min: number; max: number; default: number }
  | { kind: 'number'; label: string; min: number; max: number; default: number; step: number }
  | { kind: 'enum'; label: string; values: readonly string[]; default: string }
  | { kind: 'bool'; label: string; default: boolean };

type ValueOf<P extends ParamSpec> = P extends { kind: 'enum'; values: readonly (infer V)[] }
  ? V
  : P extends { kind: 'bool' }
    ? boolean
    : number;

export type ParamSpecs = Record<string, ParamSpec>;
export type ScenarioValues<S extends ParamSpecs> = { -readonly [K in keyof S]: ValueOf<S[K]> };

export interface ScenarioSpec<S extends ParamSpecs> {
  /** URL key prefix, unique per interactive: `ab` gives `ab.seed=42`. */
  prefix: string;
  params: S;
}

export interface Notice {
  param: string;
  message: string;
}

const MAX_VALUE_LENGTH = 32;
const NUMBER_TEXT = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
export const MAX_SEED = 2 ** 31 - 1;

export function defineScenario<const S extends ParamSpecs>(prefix: string, params: S): ScenarioSpec<S> {
  if (!/^[a-z]{1,8}$/.test(prefix)) throw new Error(`Scenario prefix "${prefix}" must be 1-8 lowercase letters`);
  return { prefix, params };
}

export const intParam = (label: string, min: number, max: number, def: number) =>
  ({ kind: 'int', label, min, max, default: def }) as const;
export const numberParam = (label: string, min: number, max: number, def: number, step: number) =>
  ({ kind: 'number', label, min, max, default: def, step }) as const;
export const enumParam = <const V extends readonly string[]>(label: string, values: V, def: V[number]) =>
  ({ kind: 'enum', label, values, default: def }) as const;
export const boolParam = (label: string, def: boolean) => ({ kind: 'bool', label, default: def }) as const;
export const seedParam = (def = 42) => intParam('Seed', 0, MAX_SEED, def);

/** The default value of every parameter. */
export function defaults<S extends ParamSpecs>(spec: ScenarioSpec<S>): ScenarioValues<S> {
  const out: Record<string, unknown> = {};
  for (const [key, p] of Object.entries(spec.params)) out[key] = p.default;
  return out as ScenarioValues<S>;
}

/** Reads this interactive's values from a URL query; unknown or bad values fall back with a notice. */
export function readScenario<S extends ParamSpecs>(
  spec: ScenarioSpec<S>,
  query: URLSearchParams,
): { values: ScenarioValues<S>; notices: Notice[] } {
  const raw: Record<string, unknown> = {};
  const notices: Notice[] = [];
  for (const [name, text] of query) {
    if (!name.startsWith(spec.prefix + '.')) continue;
    const key = name.slice(spec.prefix.length + 1);
    if (!Object.hasOwn(spec.params, key)) {
      notices.push({ param: key, message: `The link's setting "${key.slice(0, 40)}" is not part of this interactive and was ignored.` });
      continue;
    }
    raw[key] = text;
  }
  const result = clampScenario(spec, raw);
  return { values: result.values, notices: [...notices, ...result.notices] };
}

/**
 * Validates and bounds values (strings from a URL, or numbers from a control).
 * Missing keys take their default; out-of-range numbers are clamped; anything
 * unreadable takes the default. Each change made is reported as a notice.
 */
export function clampScenario<S extends ParamSpecs>(
  spec: ScenarioSpec<S>,
  raw: Record<string, unknown>,
): { values: ScenarioValues<S>; notices: Notice[] } {
  const values: Record<string, unknown> = {};
  const notices: Notice[] = [];
  for (const [key, p] of Object.entries(spec.params)) {
    if (!Object.hasOwn(raw, key) || raw[key] === undefined) {
      values[key] = p.default;
      continue;
    }
    const { value, message } = coerce(p, raw[key]);
    values[key] = value;
    if (message) notices.push({ param: key, message: `${p.label}: ${message}` });
  }
  return { values: values as ScenarioValues<S>, notices };
}

function coerce(p: ParamSpec, input: unknown): { value: unknown; message?: string } {
  const shown = String(input).slice(0, MAX_VALUE_LENGTH);
  if (p.kind === 'bool') {
    if (input === true || input === 'true' || input === '1') return { value: true };
    if (input === false || input === 'false' || input === '0') return { value: false };
    return { value: p.default, message: `"${shown}" is not yes or no; using ${p.default ? 'yes' : 'no'}.` };
  }
  if (p.kind === 'enum') {
    if (typeof input === 'string' && p.values.includes(input)) return { value: input };
    return { value: p.default, message: `"${shown}" is not one of ${p.values.join(', ')}; using ${p.default}.` };
  }
  const n = toNumber(input);
  if (n === null) return { value: p.default, message: `"${shown}" is not a number; using ${format(p.default)}.` };
  let value = p.kind === 'int' ? Math.round(n) : roundToStep(n, p.step);
  if (value < p.min) return { value: p.min, message: `${format(n)} is below the minimum; using ${format(p.min)}.` };
  if (value > p.max) return { value: p.max, message: `${format(n)} is above the maximum; using ${format(p.max)}.` };
  if (Object.is(value, -0)) value = 0;
  return { value };
}

function toNumber(input: unknown): number | null {
  if (typeof input === 'number') return Number.isFinite(input) ? input : null;
  if (typeof input !== 'string' || input.length > MAX_VALUE_LENGTH || !NUMBER_TEXT.test(input.trim())) return null;
  const n = Number(input);
  return Number.isFinite(n) ? n : null;
}

function roundToStep(n: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Number((Math.round(n / step) * step).toFixed(decimals));
}

function format(n: number): string {
  return Math.abs(n) >= 1e15 ? n.toExponential(2) : n.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** Writes values into a copy of `query` under the prefix, leaving out defaults to keep links short. */
export function writeScenario<S extends ParamSpecs>(
  spec: ScenarioSpec<S>,
  values: ScenarioValues<S>,
  query: URLSearchParams,
): URLSearchParams {
  const out = new URLSearchParams();
  for (const [name, text] of query) if (!name.startsWith(spec.prefix + '.')) out.append(name, text);
  for (const [key, p] of Object.entries(spec.params)) {
    const value = (values as Record<string, unknown>)[key];
    if (value !== p.default) out.set(`${spec.prefix}.${key}`, String(value));
  }
  return out;
}
