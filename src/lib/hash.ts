/**
 * Content hashing for "dataset version" strings: FNV-1a 64-bit over a canonical
 * byte serialisation, printed as 16 lowercase hex digits.
 *
 * The 64-bit state is kept as four 16-bit limbs so that every product fits in a
 * double exactly (no BigInt on the hot path).
 */

const encoder = new TextEncoder();

/**
 * FNV-1a 64-bit of a byte sequence: h = 0xcbf29ce484222325; for each byte b,
 * h = (h XOR b) * 0x100000001b3 mod 2^64. Returns 16 lowercase hex digits.
 */
export function fnv1a64(bytes: Uint8Array): string {
  // Offset basis 0xcbf2_9ce4_8422_2325, limbs low to high.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < bytes.length; i++) {
    h0 ^= bytes[i];
    // Prime 0x100_0000_01b3 = 0x01b3 + 0x0100 * 2^32 (limbs p0 = 0x1b3, p2 = 0x100).
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + h0 * 0x100 + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + h1 * 0x100 + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  const hex = (x: number) => x.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

/**
 * Canonical JSON: object keys sorted by code unit, typed arrays written as plain
 * number arrays, non-finite numbers as the strings "NaN" / "Infinity" /
 * "-Infinity", -0 as 0, bigints as decimal strings, undefined members and
 * functions omitted (as JSON.stringify does). Throws on cycles.
 *
 * With `significantDigits`, every finite non-integer is first rounded to that many
 * significant digits (integers are written exactly).
 */
export function canonicalJson(value: unknown, significantDigits?: number): string {
  const number = (v: number): string => {
    if (!Number.isFinite(v)) return JSON.stringify(String(v));
    if (v === 0) return '0';
    if (significantDigits === undefined || Number.isInteger(v)) return JSON.stringify(v);
    return JSON.stringify(Number(v.toPrecision(significantDigits)));
  };
  const seen = new Set<object>();
  const walk = (v: unknown): string | undefined => {
    if (v === null) return 'null';
    switch (typeof v) {
      case 'string':
        return JSON.stringify(v);
      case 'boolean':
        return v ? 'true' : 'false';
      case 'number':
        return number(v);
      case 'bigint':
        return JSON.stringify(v.toString());
      case 'undefined':
      case 'function':
      case 'symbol':
        return undefined;
    }
    const obj = v as object;
    if (seen.has(obj)) throw new TypeError('canonicalJson: cyclic structure');
    seen.add(obj);
    let out: string;
    if (ArrayBuffer.isView(obj) && !(obj instanceof DataView)) {
      out = walk(Array.from(obj as unknown as ArrayLike<number | bigint>)) as string;
    } else if (Array.isArray(obj)) {
      out = '[' + obj.map((x) => walk(x) ?? 'null').join(',') + ']';
    } else {
      const parts: string[] = [];
      for (const key of Object.keys(obj).sort()) {
        const s = walk((obj as Record<string, unknown>)[key]);
        if (s !== undefined) parts.push(JSON.stringify(key) + ':' + s);
      }
      out = '{' + parts.join(',') + '}';
    }
    seen.delete(obj);
    return out;
  };
  return walk(value) ?? 'null';
}

/**
 * Significant digits a dataset version keeps of a non-integer in structured data.
 * Browsers' JavaScript engines may round Math.log, Math.exp and Math.pow differently
 * in the last bit (Firefox's SpiderMonkey against Chromium's V8 and Safari's
 * JavaScriptCore, measured by the cross-engine smoke suite), and the seeded
 * simulations use them; 12 digits keep a version the same in every browser while any
 * real change of the data still changes it.
 */
export const HASH_SIGNIFICANT_DIGITS = 12;

/**
 * Content hash used as a dataset version: FNV-1a 64-bit (16 hex digits) of
 * - a string: its UTF-8 bytes;
 * - an ArrayBuffer or ArrayBufferView (typed array, DataView): its raw bytes in
 *   platform byte order (little-endian on every browser we target);
 * - anything else: the UTF-8 bytes of {@link canonicalJson}(data, {@link HASH_SIGNIFICANT_DIGITS}),
 *   so that key order does not matter, a typed array nested in an object hashes like a
 *   number array, and last-bit differences between browsers do not change the version.
 */
export function contentHash(data: string | ArrayBufferView | ArrayBuffer | unknown): string {
  if (typeof data === 'string') return fnv1a64(encoder.encode(data));
  if (data instanceof ArrayBuffer) return fnv1a64(new Uint8Array(data));
  if (ArrayBuffer.isView(data)) {
    return fnv1a64(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  }
  return fnv1a64(encoder.encode(canonicalJson(data, HASH_SIGNIFICANT_DIGITS)));
}
