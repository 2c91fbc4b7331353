import { describe, expect, it } from 'vitest';
import { COMPLAINT_BOUNDS, generateComplaints } from '../../../../src/engine/complaints/generate';
import { createRng } from '../../../../src/engine/random/rng';

describe('generateComplaints', () => {
  it('gives an identical corpus for the same seed and a different one for another seed', () => {
    const a = generateComplaints(createRng(42), { size: 300 });
    const b = generateComplaints(createRng(42), { size: 300 });
    const c = generateComplaints(createRng(43), { size: 300 });
    expect(a).toEqual(b);
    expect(a.texts).not.toEqual(c.texts);
  });

  it('defaults to 2,000 complaints in at least 4 categories, all of them used', () => {
    const corpus = generateComplaints(createRng(1));
    expect(corpus.texts).toHaveLength(COMPLAINT_BOUNDS.size.default);
    expect(corpus.labels).toBeInstanceOf(Int32Array);
    expect(corpus.categories.length).toBeGreaterThanOrEqual(4);
    expect(corpus.categories).toEqual(expect.arrayContaining(['billing', 'delivery', 'product defect', 'account access']));
    const seen = new Set(corpus.cleanLabels);
    expect(seen.size).toBe(corpus.categories.length);
  });

  it.each([
    { size: 5, expected: 100 },
    { size: 1e9, expected: 20_000 },
    { size: NaN, expected: 2_000 },
    { size: 150.4, expected: 150 },
  ])('clamps size $size to $expected', ({ size, expected }) => {
    expect(generateComplaints(createRng(1), { size }).texts).toHaveLength(expected);
  });

  it('keeps every label equal to the clean label when label noise is 0', () => {
    const corpus = generateComplaints(createRng(2), { size: 500, labelNoise: 0 });
    expect(corpus.labels).toEqual(corpus.cleanLabels);
  });

  it.each([0.1, 0.25, 0.4])('flips about a %f share of labels, always to a different category', (labelNoise) => {
    const corpus = generateComplaints(createRng(3), { size: 5_000, labelNoise });
    let flipped = 0;
    for (let i = 0; i < corpus.labels.length; i++) if (corpus.labels[i] !== corpus.cleanLabels[i]) flipped++;
    // Binomial(5000, p): 4 standard deviations is at most 0.028.
    expect(Math.abs(flipped / 5_000 - labelNoise)).toBeLessThan(0.03);
  });

  it('clamps label noise above 0.4', () => {
    const corpus = generateComplaints(createRng(4), { size: 5_000, labelNoise: 0.9 });
    let flipped = 0;
    for (let i = 0; i < corpus.labels.length; i++) if (corpus.labels[i] !== corpus.cleanLabels[i]) flipped++;
    expect(flipped / 5_000).toBeLessThan(0.43);
  });

  it('mixes signals: some delivery complaints ask for a refund', () => {
    const corpus = generateComplaints(createRng(5), { size: 2_000, mixedRate: 1 });
    const delivery = corpus.categories.indexOf('delivery');
    const mixed = corpus.texts.filter((t, i) => corpus.cleanLabels[i] === delivery && /refund|money back/.test(t));
    expect(mixed.length).toBeGreaterThan(10);
  });

  it('writes varied texts: most complaints are unique', () => {
    const corpus = generateComplaints(createRng(6), { size: 2_000 });
    expect(new Set(corpus.texts).size).toBeGreaterThan(1_900);
  });

  it('leaves no unexpanded template syntax', () => {
    const corpus = generateComplaints(createRng(7), { size: 3_000, mixedRate: 1 });
    for (const t of corpus.texts) expect(t).not.toMatch(/[{}[\]|]/);
  });
});
