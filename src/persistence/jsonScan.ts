/** Keys that could pollute prototypes when a parsed object is later merged or spread. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Deepest nesting a progress file may have (the schema itself needs 5; sim states get the rest). */
export const MAX_JSON_DEPTH = 32;

/** What `scanJson` found wrong, if anything. */
export type ScanProblem = { kind: 'forbidden-key'; key: string } | { kind: 'too-deep' };

/**
 * Walks a value produced by `JSON.parse` without recursion and reports the
 * first own key in `FORBIDDEN_KEYS` at any depth, or nesting deeper than
 * `maxDepth`. Returns null when the value is clean.
 */
export function scanJson(value: unknown, maxDepth = MAX_JSON_DEPTH): ScanProblem | null {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maxDepth) return { kind: 'too-deep' };
    if (Array.isArray(current)) {
      for (const item of current) stack.push([item, depth + 1]);
      continue;
    }
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.has(key)) return { kind: 'forbidden-key', key };
      stack.push([(current as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return null;
}

/**
 * True when `value` is made only of null, booleans, strings, finite numbers,
 * arrays and plain objects (what survives a JSON round trip unchanged).
 * Assumes bounded depth (run `scanJson` first).
 */
export function isJsonSafe(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current === 'string' || typeof current === 'boolean') continue;
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) return false;
      continue;
    }
    if (Array.isArray(current)) {
      for (const item of current) stack.push(item);
    } else if (typeof current === 'object' && Object.getPrototypeOf(current) === Object.prototype) {
      for (const item of Object.values(current)) stack.push(item);
    } else {
      return false;
    }
  }
  return true;
}
