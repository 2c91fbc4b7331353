import { randomLcg } from 'd3-random';

/** A source of uniform numbers in [0, 1). Every engine takes one; nothing draws from an unseeded source. */
export type Rng = () => number;

/**
 * A seeded uniform source in [0, 1): a linear congruential generator (d3-random's
 * randomLcg). The same integer seed always yields the same sequence.
 */
export function createRng(seed: number): Rng {
  return randomLcg(Math.abs(Math.trunc(seed)) % 2 ** 31);
}

/**
 * Derives an independent child seed from a parent seed and a label, so that two
 * parts of one simulation (e.g. the two arms of a test) do not share a stream.
 */
export function childSeed(seed: number, label: string): number {
  let h = 2166136261 ^ Math.trunc(seed);
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % 2 ** 31;
}
