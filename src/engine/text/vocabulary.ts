import { tokenize } from './tokenize';

/**
 * Terms a featurizer knows, built on training texts only (so the holdout cannot
 * leak into the features). Column j of a feature matrix is terms[j].
 */
export interface Vocabulary {
  terms: string[];
  /** term → column index. */
  index: Map<string, number>;
  /** Number of training documents containing each term. */
  documentFrequency: Int32Array;
  /** Smoothed inverse document frequency: ln((1 + N) / (1 + df)) + 1, N = documents. */
  idf: Float64Array;
  /** Number of training documents N. */
  documents: number;
}

export interface VocabularyOptions {
  /** A term must occur in at least this many training documents; default 2, clamped to 1–50. */
  minCount?: number;
  /** Keep at most this many terms (the most frequent); default 2,000, clamped to 10–5,000. */
  maxSize?: number;
}

export const VOCABULARY_BOUNDS = {
  minCount: { min: 1, max: 50, default: 2 },
  maxSize: { min: 10, max: 5_000, default: 2_000 },
} as const;

const clampInt = (x: number | undefined, b: { min: number; max: number; default: number }) =>
  x === undefined || !Number.isFinite(x) ? b.default : Math.min(b.max, Math.max(b.min, Math.round(x)));

/**
 * Builds a vocabulary from training texts: tokenizes each text, counts in how
 * many documents each term appears (df), keeps terms with df ≥ minCount, and of
 * those the maxSize with the highest df (ties broken alphabetically, so the
 * result does not depend on text order).
 */
export function buildVocabulary(texts: readonly string[], options: VocabularyOptions = {}): Vocabulary {
  const minCount = clampInt(options.minCount, VOCABULARY_BOUNDS.minCount);
  const maxSize = clampInt(options.maxSize, VOCABULARY_BOUNDS.maxSize);
  const df = new Map<string, number>();
  for (const text of texts) {
    for (const term of new Set(tokenize(text))) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const kept = [...df.entries()]
    .filter(([, n]) => n >= minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, maxSize);
  const n = texts.length;
  return {
    terms: kept.map(([t]) => t),
    index: new Map(kept.map(([t], j) => [t, j])),
    documentFrequency: Int32Array.from(kept, ([, d]) => d),
    idf: Float64Array.from(kept, ([, d]) => Math.log((1 + n) / (1 + d)) + 1),
    documents: n,
  };
}
