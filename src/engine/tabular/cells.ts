/** Cell texts that count as missing besides the empty cell (compared lower-cased, after trimming). */
export const MISSING_TOKENS = ['na', 'n/a', 'nan', 'null'] as const;

/** True when a cell is missing: empty, blank, or one of MISSING_TOKENS in any case. */
export function isMissing(cell: string): boolean {
  if (cell === '') return true;
  if (cell.length > 8) return false;
  const c = cell.charCodeAt(0);
  if (c > 32 && c !== 78 && c !== 110) return false; // fast exit: not blank, not N/n
  const t = cell.trim().toLowerCase();
  return t === '' || (MISSING_TOKENS as readonly string[]).includes(t);
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/** Number() semantics restricted to finite decimal numbers (no 0x/0o/0b literals, no Infinity). */
function slowNumber(cell: string): number {
  const v = +cell;
  if (!Number.isFinite(v)) return NaN;
  const t = cell.charCodeAt(0) <= 32 ? cell.trim() : cell;
  if (t.length > 2 && t.charCodeAt(0) === 48) {
    const c1 = t.charCodeAt(1) | 32;
    if (c1 === 120 || c1 === 111 || c1 === 98) return NaN;
  }
  return v;
}

/**
 * The number a cell holds, or NaN when it is not a finite decimal number. Accepts what a CSV writer
 * produces: optional sign, digits with an optional decimal point, an optional exponent, surrounding
 * blanks ("  -1.5e3 "). Refuses hexadecimal/octal/binary literals, "Infinity" and thousands separators.
 * Plain "-12.34" forms with at most 15 digits take a fast path, m/10^k with both exact doubles, which
 * is correctly rounded and so equal to Number(); anything else goes through Number().
 */
export function parseNumber(cell: string): number {
  const n = cell.length;
  let i = 0;
  let c = cell.charCodeAt(0);
  // A number starts with a digit, a sign, a point or a blank; anything else (a word) is not one.
  if (!((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c <= 32)) return NaN;
  const negative = c === 45;
  if (negative || c === 43) i = 1;
  let m = 0;
  let digits = 0;
  let scale = 0;
  let dot = false;
  for (; i < n; i++) {
    c = cell.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      m = m * 10 + (c - 48);
      digits++;
      if (dot) scale++;
    } else if (c === 46 && !dot) dot = true;
    else return slowNumber(cell);
  }
  if (digits === 0 || digits > 15) return slowNumber(cell);
  const v = scale ? m / POW10[scale] : m;
  return negative ? -v : v;
}
