/**
 * Common English words that say nothing about a complaint's topic. Negations
 * (not, no, never, cant, wont…) and question words (where, why) are kept on
 * purpose: "where is my parcel" and "can't log in" carry signal.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if of to in on at by for with from as is are was were be been being am ' +
    'it its this that these those i me my mine myself we us our you your yours he him his she her ' +
    'they them their there here so do does did doing have has had having will would shall should ' +
    'can could may might must just very really too also then than what which who whom when how ' +
    'all any some about into over after before up down out off again only own same such more most ' +
    'other now im ive id ill youre thats its dont ok okay please thanks thank hi hello dear regards'
  ).split(' '),
);

/**
 * Splits a text into lowercase word tokens: apostrophes are removed
 * ("can't" → "cant"), every other non-letter/digit character separates tokens,
 * tokens shorter than 2 characters, pure numbers (amounts, dates, order numbers)
 * and {@link STOPWORDS} are dropped. Letters outside a–z are treated as
 * separators, which is enough for this English corpus.
 */
export function tokenize(text: string): string[] {
  const words = text.toLowerCase().replace(/['’]/g, '').split(/[^a-z0-9]+/);
  const out: string[] = [];
  for (const w of words) {
    if (w.length < 2 || STOPWORDS.has(w) || /^[0-9]+$/.test(w)) continue;
    out.push(w);
  }
  return out;
}
