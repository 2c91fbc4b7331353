import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, fnv1a64 } from '../../../src/lib/hash';

// Reference values: the FNV-1a 64 test vectors published with the algorithm
// (http://www.isthe.com/chongo/src/fnv/test_fnv.c) for "", "a", "b", "foobar";
// the others computed independently with a 5-line Python implementation
// (h ^= b; h = (h * 0x100000001b3) & 0xffffffffffffffff).
const vectors: { name: string; input: string; expected: string }[] = [
  { name: 'the empty string', input: '', expected: 'cbf29ce484222325' },
  { name: '"a"', input: 'a', expected: 'af63dc4c8601ec8c' },
  { name: '"b"', input: 'b', expected: 'af63df4c8601f1a5' },
  { name: '"foobar"', input: 'foobar', expected: '85944171f73967e8' },
  { name: '"hello world"', input: 'hello world', expected: '779a65e7023cd2e7' },
  { name: 'a non-ASCII string (UTF-8 bytes)', input: 'héllo', expected: 'a35ff71f960240e0' },
];

describe('contentHash', () => {
  it.each(vectors)('hashes $name to the FNV-1a 64 test vector', ({ input, expected }) => {
    expect(contentHash(input)).toBe(expected);
  });

  it('hashes raw bytes, including 0x00 and 0xff', () => {
    expect(fnv1a64(new Uint8Array([0, 1, 2, 3, 255]))).toBe('3379bcd0c530506a');
  });

  it('hashes a typed array by its little-endian bytes', () => {
    // Python: fnv(struct.pack('<3i', 1, 2, -3)) and fnv(struct.pack('<2d', 1.5, -2.0))
    expect(contentHash(new Int32Array([1, 2, -3]))).toBe('f85784c76c2ed660');
    expect(contentHash(new Float64Array([1.5, -2]))).toBe('58ae678f916e9fc0');
  });

  it('hashes only the bytes a view covers', () => {
    const whole = new Int32Array([9, 1, 2, -3, 9]);
    expect(contentHash(whole.subarray(1, 4))).toBe('f85784c76c2ed660');
  });

  it('hashes objects through canonical JSON, so key order does not matter', () => {
    // Python: fnv(b'{"a":[1,2,3],"b":"x"}')
    expect(contentHash({ b: 'x', a: [1, 2, 3] })).toBe('ada1cb7c9bd6eafa');
    expect(contentHash({ a: new Int32Array([1, 2, 3]), b: 'x' })).toBe('ada1cb7c9bd6eafa');
  });

  it('gives structured data that differs only in the last bit the same version (browsers round Math.log differently)', () => {
    // The A/B lab's p-value in Firefox and in Chromium for the same seed (cross-engine smoke suite).
    const firefox = 0.00004836785372431988;
    const chromium = 0.00004836785372431987;
    expect(firefox).not.toBe(chromium);
    expect(contentHash([{ p: firefox }])).toBe(contentHash([{ p: chromium }]));
    // Python: fnv(b'[0.333333333333]')
    expect(contentHash([1 / 3])).toBe(contentHash('[0.333333333333]'));
  });

  it('still changes when a value changes in the 12th significant digit', () => {
    expect(contentHash([0.123456789012])).not.toBe(contentHash([0.123456789013]));
  });

  it('changes when one label changes', () => {
    expect(contentHash({ labels: [0, 1, 2] })).not.toBe(contentHash({ labels: [0, 1, 1] }));
  });

  it('always returns 16 lowercase hex digits', () => {
    for (const x of ['', 'x', { n: 1 }, [1, 2], null, 3.5]) {
      expect(contentHash(x)).toMatch(/^[0-9a-f]{16}$/);
    }
  });
});

describe('canonicalJson', () => {
  it.each([
    { name: 'sorts keys', value: { b: 1, a: { d: 2, c: 3 } }, expected: '{"a":{"c":3,"d":2},"b":1}' },
    { name: 'writes non-finite numbers as strings', value: [NaN, Infinity, -Infinity], expected: '["NaN","Infinity","-Infinity"]' },
    { name: 'writes -0 as 0', value: -0, expected: '0' },
    { name: 'omits undefined members', value: { a: undefined, b: 1 }, expected: '{"b":1}' },
    { name: 'writes a typed array as an array', value: new Uint8Array([1, 2]), expected: '[1,2]' },
  ])('$name', ({ value, expected }) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it.each([
    { value: [1 / 3, 2 / 3], digits: 12, expected: '[0.333333333333,0.666666666667]' },
    { value: [123456789.123456, 7], digits: 6, expected: '[123457000,7]' },
    { value: [1e-300 / 3], digits: 3, expected: '[3.33e-301]' },
    { value: [2 ** 60], digits: 3, expected: '[1152921504606847000]' },
  ])('rounds non-integers (only) to $digits significant digits when asked: $expected', ({ value, digits, expected }) => {
    expect(canonicalJson(value, digits)).toBe(expected);
  });

  it('throws on a cycle', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => canonicalJson(a)).toThrow(/cyclic/);
  });
});
