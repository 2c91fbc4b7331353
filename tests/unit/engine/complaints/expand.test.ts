import { describe, expect, it } from 'vitest';
import { expandTemplate } from '../../../../src/engine/complaints/expand';
import { COMPLAINT_SLOTS } from '../../../../src/engine/complaints/slots';
import { CATEGORY_TEMPLATES, CLOSERS, OPENERS } from '../../../../src/engine/complaints/templates';
import { addTypos } from '../../../../src/engine/complaints/typos';
import { createRng } from '../../../../src/engine/random/rng';

describe('expandTemplate', () => {
  const slots = { thing: () => 'kettle' };

  it.each([
    { template: 'plain text.', expected: ['plain text.'] },
    { template: 'a {b|c} d', expected: ['a b d', 'a c d'] },
    { template: 'the [thing] broke', expected: ['the kettle broke'] },
    { template: '{x {y|z}|w}', expected: ['x y', 'x z', 'w'] },
    { template: 'I am {very |}sad .', expected: ['I am very sad.', 'I am sad.'] },
  ])('expands "$template" to one of its alternatives', ({ template, expected }) => {
    const rng = createRng(1);
    for (let i = 0; i < 20; i++) expect(expected).toContain(expandTemplate(template, slots, rng));
  });

  it('throws on an unknown slot', () => {
    expect(() => expandTemplate('[nope]', slots, createRng(1))).toThrow(/nope/);
  });

  it('expands every corpus template with the corpus slots', () => {
    const rng = createRng(2);
    const all = [...OPENERS, ...CLOSERS, ...CATEGORY_TEMPLATES.flatMap((c) => [...c.core, ...c.detail, ...c.mixed])];
    for (const t of all) {
      for (let i = 0; i < 5; i++) expect(expandTemplate(t, COMPLAINT_SLOTS, rng)).not.toMatch(/[{}[\]|]/);
    }
  });
});

describe('addTypos', () => {
  const text = 'The parcel never arrived, and tracking says delivered.';

  it('changes nothing at rate 0', () => {
    expect(addTypos(text, 0, createRng(1))).toBe(text);
  });

  it('makes one slip in every word of 4+ letters at rate 1, keeping short words and punctuation', () => {
    const out = addTypos(text, 1, createRng(3));
    const before = text.split(' ');
    const after = out.split(' ');
    expect(after).toHaveLength(before.length);
    after.forEach((w, i) => {
      const letters = before[i].replace(/[^A-Za-z]/g, '');
      if (letters.length < 4) expect(w).toBe(before[i]);
      else expect(Math.abs(w.length - before[i].length)).toBeLessThanOrEqual(1);
    });
    expect(out.endsWith('.')).toBe(true);
    expect(out).not.toBe(text);
  });

  it('is deterministic for the same seed', () => {
    expect(addTypos(text, 0.5, createRng(9))).toBe(addTypos(text, 0.5, createRng(9)));
  });
});
