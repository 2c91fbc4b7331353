/**
 * Random identifiers for stored records (runs, models).
 *
 * `crypto.randomUUID` exists only in a secure context (https or localhost); a page
 * a learner opens over plain http at a room's LAN address has `crypto.getRandomValues`
 * but no `randomUUID`. This builds the same RFC 4122 version-4 UUID from 16 random
 * bytes: 122 random bits, the version nibble set to 4 and the variant bits to 10.
 */

type RandomSource = Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string };

/** A version-4 UUID from 16 bytes (the bytes are changed in place to set version and variant). */
export function uuidFromBytes(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw new Error('A UUID needs exactly 16 bytes');
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // variant 10xx
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A random version-4 UUID: `crypto.randomUUID` where the context offers it, else built from `crypto.getRandomValues`. */
export function randomId(source: RandomSource = crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  return uuidFromBytes(source.getRandomValues(new Uint8Array(16)));
}
