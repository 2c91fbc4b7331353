import { describe, expect, it } from 'vitest';
import { buildVocabulary } from '../../../../src/engine/text/vocabulary';

// Document frequencies: refund 2, parcel 2, late 2, charged 1 (N = 4 documents).
const texts = ['refund refund parcel', 'parcel late', 'refund charged', 'late'];

describe('buildVocabulary', () => {
  it('keeps terms in at least minCount documents, by document frequency then alphabetically', () => {
    const v = buildVocabulary(texts, { minCount: 2 });
    expect(v.terms).toEqual(['late', 'parcel', 'refund']);
    expect(Array.from(v.documentFrequency)).toEqual([2, 2, 2]);
    expect(v.index.get('refund')).toBe(2);
    expect(v.documents).toBe(4);
  });

  it('computes the smoothed idf ln((1 + N) / (1 + df)) + 1', () => {
    const v = buildVocabulary(texts, { minCount: 1 });
    expect(v.terms).toEqual(['late', 'parcel', 'refund', 'charged']);
    expect(v.idf[0]).toBeCloseTo(1.5108256237659907, 12); // ln(5/3) + 1
    expect(v.idf[3]).toBeCloseTo(1.916290731874155, 12); // ln(5/2) + 1
  });

  it('keeps only the maxSize most frequent terms (bounded below by 10)', () => {
    const many = Array.from({ length: 30 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i} common`);
    const v = buildVocabulary(many, { minCount: 1, maxSize: 3 });
    expect(v.terms).toHaveLength(10);
    expect(v.terms[0]).toBe('common');
  });

  it('does not depend on the order of the texts', () => {
    expect(buildVocabulary([...texts].reverse(), { minCount: 1 }).terms).toEqual(buildVocabulary(texts, { minCount: 1 }).terms);
  });
});
