import type { Rng } from '../random/rng';

/** A slot filler: returns the text for a [slot] in a template. */
export type SlotFiller = (rng: Rng) => string;

/** Picks one element uniformly: index floor(u · n) for u from rng. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

const ALTERNATION = /\{([^{}]*)\}/;
const SLOT = /\[(\w+)\]/g;

/**
 * Expands a template: each {a|b|c} becomes one of its alternatives (uniformly;
 * an empty alternative is allowed, innermost braces first, left to right), then
 * each [name] becomes slots[name](rng). Unknown slots throw, so a typo in a
 * template fails a test instead of reaching a learner.
 */
export function expandTemplate(template: string, slots: Record<string, SlotFiller>, rng: Rng): string {
  let text = template;
  for (let m = ALTERNATION.exec(text); m; m = ALTERNATION.exec(text)) {
    text = text.slice(0, m.index) + pick(rng, m[1].split('|')) + text.slice(m.index + m[0].length);
  }
  text = text.replace(SLOT, (_, name: string) => {
    const fill = slots[name];
    if (!fill) throw new Error(`unknown template slot [${name}]`);
    return fill(rng);
  });
  return text.replace(/\s+/g, ' ').replace(/\s+([.,?!;])/g, '$1').trim();
}
