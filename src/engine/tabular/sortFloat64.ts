const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const RADIX = 65536;

/**
 * Sorts finite doubles ascending in place and returns the array — the same order as
 * Float64Array.prototype.sort (−0 before +0) — by an LSD radix sort on 16-bit digits: each double's
 * bits are mapped to an unsigned key that orders like the number (negative: all bits flipped;
 * positive: sign bit set), then four stable counting passes (one skipped when every key shares that
 * digit), then mapped back. O(n) with a 65,536-entry histogram, several times faster than the
 * comparison sort for 10⁶ values. Small arrays and big-endian machines use the built-in sort.
 */
export function sortFloat64(values: Float64Array): Float64Array {
  const n = values.length;
  if (n < 4096 || !LITTLE_ENDIAN) return values.sort();
  let src: Uint32Array = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const original = src;
  for (let i = 0; i < n; i++) {
    const hi = src[2 * i + 1];
    if (hi & 0x80000000) {
      src[2 * i + 1] = ~hi;
      src[2 * i] = ~src[2 * i];
    } else src[2 * i + 1] = hi | 0x80000000;
  }
  let dst: Uint32Array = new Uint32Array(2 * n);
  const counts = new Uint32Array(RADIX);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(src[2 * i + word] >>> shift) & 0xffff]++;
    let sum = 0;
    let trivial = false;
    for (let b = 0; b < RADIX; b++) {
      const c = counts[b];
      if (c === n) trivial = true;
      counts[b] = sum;
      sum += c;
    }
    if (trivial) continue;
    for (let i = 0; i < n; i++) {
      const j = counts[(src[2 * i + word] >>> shift) & 0xffff]++;
      dst[2 * j] = src[2 * i];
      dst[2 * j + 1] = src[2 * i + 1];
    }
    [src, dst] = [dst, src];
  }
  for (let i = 0; i < n; i++) {
    const hi = src[2 * i + 1];
    if (hi & 0x80000000) {
      original[2 * i + 1] = hi & 0x7fffffff;
      original[2 * i] = src[2 * i];
    } else {
      original[2 * i + 1] = ~hi;
      original[2 * i] = ~src[2 * i];
    }
  }
  return values;
}
