import type { Rng } from '../random/rng';

/**
 * Adds seeded typos: each word of ≥ 4 letters is, with probability `rate`
 * (clamped to [0, 1]), changed once by one of three equally likely slips —
 * swap two adjacent letters, drop a letter, or double a letter. Punctuation and
 * spacing are kept. Draws from rng only for eligible words, so the same text,
 * rate and rng state give the same output.
 */
export function addTypos(text: string, rate: number, rng: Rng): string {
  const p = Math.min(1, Math.max(0, rate));
  if (p === 0) return text;
  return text.replace(/[A-Za-z]{4,}/g, (word) => {
    if (rng() >= p) return word;
    const kind = Math.floor(rng() * 3);
    if (kind === 0) {
      const i = Math.floor(rng() * (word.length - 1));
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    }
    const i = Math.floor(rng() * word.length);
    return kind === 1 ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i + 1) + word.slice(i);
  });
}
