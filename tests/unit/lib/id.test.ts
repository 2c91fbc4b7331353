import { describe, expect, it } from 'vitest';
import { randomId, uuidFromBytes } from '../../../src/lib/id';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomId', () => {
  it('sets the version and variant bits on the given bytes (hand-computed)', () => {
    // Bytes 0x00..0x0f: byte 6 = 0x06 → 0x46, byte 8 = 0x08 → 0x88.
    const bytes = Uint8Array.from({ length: 16 }, (_, i) => i);
    expect(uuidFromBytes(bytes)).toBe('00010203-0405-4607-8809-0a0b0c0d0e0f');
    // All ones: byte 6 0xff → 0x4f, byte 8 0xff → 0xbf.
    expect(uuidFromBytes(new Uint8Array(16).fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });

  it('refuses anything but 16 bytes', () => {
    expect(() => uuidFromBytes(new Uint8Array(15))).toThrow(/16 bytes/);
  });

  it('uses randomUUID when the context has it', () => {
    const source = { randomUUID: () => 'from-randomUUID', getRandomValues: <T extends ArrayBufferView | null>(a: T) => a };
    expect(randomId(source as unknown as Crypto)).toBe('from-randomUUID');
  });

  it('falls back to getRandomValues where randomUUID is missing (an insecure context)', () => {
    const source = { getRandomValues: <T extends ArrayBufferView | null>(a: T) => (a instanceof Uint8Array && a.fill(0xa5), a) };
    expect(randomId(source as unknown as Crypto)).toBe('a5a5a5a5-a5a5-45a5-a5a5-a5a5a5a5a5a5');
    const real = { getRandomValues: (a: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(a) } as unknown as Crypto;
    const ids = new Set(Array.from({ length: 200 }, () => randomId(real)));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(V4);
  });
});
