import { describe, expect, it } from 'vitest';
import { featurizeText, featurizeTexts, knownTokens } from '../../../../src/engine/text/featurize';
import { buildVocabulary } from '../../../../src/engine/text/vocabulary';

// Vocabulary (minCount 1): late, parcel, refund (df 2, idf ln(5/3)+1 ≈ 1.51083), charged (df 1, idf ln(5/2)+1 ≈ 1.91629).
const vocab = buildVocabulary(['refund refund parcel', 'parcel late', 'refund charged', 'late'], { minCount: 1 });

describe('featurizeTexts', () => {
  it('counts word occurrences per text (bag of words), ignoring unknown words', () => {
    const m = featurizeTexts(['Refund, refund! parcel', 'nothing known here', 'late late late'], vocab, 'count');
    expect(m.rows).toBe(3);
    expect(m.cols).toBe(4);
    expect(m.data).toBeInstanceOf(Float32Array);
    expect(Array.from(m.data)).toEqual([0, 1, 2, 0, 0, 0, 0, 0, 3, 0, 0, 0]);
  });

  it('weights by idf and scales each row to unit length for tf-idf', () => {
    // "refund charged": (1.51083, 1.91629) / √(1.51083² + 1.91629²) = (0.61913, 0.78529)
    const m = featurizeTexts(['refund charged', 'xyz'], vocab, 'tfidf');
    expect(m.data[0]).toBe(0);
    expect(m.data[2]).toBeCloseTo(0.6191302964899972, 6);
    expect(m.data[3]).toBeCloseTo(0.7852882757103967, 6);
    expect(Array.from(m.data.subarray(4))).toEqual([0, 0, 0, 0]);
  });

  it('gives a single text the same row as the matrix does', () => {
    const text = 'Late parcel, I want a refund';
    for (const w of ['count', 'tfidf'] as const) {
      expect(Array.from(featurizeText(text, vocab, w))).toEqual(Array.from(featurizeTexts([text], vocab, w).data));
    }
  });
});

describe('knownTokens', () => {
  it('splits a text into words the vocabulary knows and words it ignores', () => {
    expect(knownTokens('My parcel is late, I want a refund today', vocab)).toEqual({
      known: ['parcel', 'late', 'refund'],
      unknown: ['want', 'today'],
    });
  });
});
