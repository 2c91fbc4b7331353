import { describe, expect, it } from 'vitest';
import { STOPWORDS, tokenize } from '../../../../src/engine/text/tokenize';

describe('tokenize', () => {
  it.each([
    { text: "I can't log in!", expected: ['cant', 'log'] },
    { text: 'The parcel (order #123456) arrived', expected: ['parcel', 'order', 'arrived'] },
    { text: 'Charged $49.99 TWICE', expected: ['charged', 'twice'] },
    { text: 'e-mail', expected: ['mail'] },
    { text: 'Where is my parcel?\nNot here.', expected: ['where', 'parcel', 'not'] },
    { text: 'It’s broken, isn’t it', expected: ['broken', 'isnt'] },
    { text: '', expected: [] },
  ])('turns "$text" into $expected', ({ text, expected }) => {
    expect(tokenize(text)).toEqual(expected);
  });

  it('keeps negations and question words out of the stopwords', () => {
    for (const w of ['not', 'no', 'never', 'cant', 'wont', 'where', 'why']) expect(STOPWORDS.has(w)).toBe(false);
  });
});
