import type { Vocabulary } from '../../engine/text/vocabulary';
import type { CorpusResult } from '../../workers/treeProtocol';

/**
 * The corpus's vocabulary rebuilt on the page from what the worker sent (terms
 * and document frequencies), so a typed complaint is featurised exactly like the
 * training complaints: same terms, same columns, same idf = ln((1 + N) / (1 + df)) + 1.
 */
export function vocabularyOf(corpus: Pick<CorpusResult, 'terms' | 'documentFrequency' | 'documents'>): Vocabulary {
  const n = corpus.documents;
  return {
    terms: corpus.terms,
    index: new Map(corpus.terms.map((t, j) => [t, j])),
    documentFrequency: Int32Array.from(corpus.documentFrequency),
    idf: Float64Array.from(corpus.documentFrequency, (d) => Math.log((1 + n) / (1 + d)) + 1),
    documents: n,
  };
}
