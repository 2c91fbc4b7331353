import { tokenize } from './tokenize';
import type { Vocabulary } from './vocabulary';

/**
 * 'count': how many times each vocabulary term occurs in the text (bag of words).
 * 'tfidf': count × idf, then the row is scaled to unit Euclidean length
 * (a text with no known word stays all zeros).
 */
export type Weighting = 'count' | 'tfidf';

/** Dense row-major matrix: entry (i, j) = data[i * cols + j]; rows = texts, cols = vocabulary terms. */
export interface FeatureMatrix {
  data: Float32Array;
  rows: number;
  cols: number;
}

function fillRow(tokens: string[], vocab: Vocabulary, weighting: Weighting, out: Float32Array, offset: number): void {
  for (const t of tokens) {
    const j = vocab.index.get(t);
    if (j !== undefined) out[offset + j]++;
  }
  if (weighting === 'count') return;
  let sq = 0;
  for (let j = 0; j < vocab.terms.length; j++) {
    const v = out[offset + j];
    if (v === 0) continue;
    const w = v * vocab.idf[j];
    out[offset + j] = w;
    sq += w * w;
  }
  if (sq === 0) return;
  const inv = 1 / Math.sqrt(sq);
  for (let j = 0; j < vocab.terms.length; j++) out[offset + j] *= inv;
}

/** Features of many texts: a rows × |vocabulary| matrix, weighted as {@link Weighting} says. */
export function featurizeTexts(texts: readonly string[], vocab: Vocabulary, weighting: Weighting = 'count'): FeatureMatrix {
  const cols = vocab.terms.length;
  const data = new Float32Array(texts.length * cols);
  texts.forEach((text, i) => fillRow(tokenize(text), vocab, weighting, data, i * cols));
  return { data, rows: texts.length, cols };
}

/** Features of one text (e.g. a complaint the learner types), length |vocabulary|. */
export function featurizeText(text: string, vocab: Vocabulary, weighting: Weighting = 'count'): Float32Array {
  const row = new Float32Array(vocab.terms.length);
  fillRow(tokenize(text), vocab, weighting, row, 0);
  return row;
}

/** The text's tokens split into those the vocabulary knows and those it ignores, in text order. */
export function knownTokens(text: string, vocab: Vocabulary): { known: string[]; unknown: string[] } {
  const known: string[] = [];
  const unknown: string[] = [];
  for (const t of tokenize(text)) (vocab.index.has(t) ? known : unknown).push(t);
  return { known, unknown };
}
