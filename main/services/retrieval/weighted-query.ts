// A query as both retrievers search it: its concepts weighted by how rare they are in the index
// (BM25's idf), and the concepts worth asking FTS5 for candidates.
import { idf, type WeightedConcept } from './concept-coverage';
import type { IndexVocabulary } from './index-vocabulary';
import { buildConcepts } from './query-concepts';
import type { SynonymLexicon } from './synonym-lexicon';

/**
 * A concept held by more than this share of the rows is not searched for candidates (it is still
 * scored): ranking every card that says "classic" or "patient" costs milliseconds per thousand
 * matches, and a row with only such a word cannot reach the threshold anyway.
 */
const COMMON_SHARE = 0.05;

/** The query's concepts with their weights in this index (the vocabulary is refreshed first). */
export function weighQuery(query: string, lexicon: SynonymLexicon, vocabulary: IndexVocabulary): WeightedConcept[] {
  vocabulary.refresh();
  const rows = vocabulary.cardCount;
  return buildConcepts(query, lexicon, vocabulary).map((concept) => {
    let docFreq = 0;
    for (const alternative of concept.alternatives) {
      // A phrase is at most as common as its rarest word.
      docFreq += Math.min(...alternative.map((token) => vocabulary.docFreq(token)));
    }
    return { ...concept, weight: idf(docFreq, rows), docFreq };
  });
}

/** The concepts whose rows are candidates: the not-common ones, or else the rarest. */
export function candidateConcepts(concepts: readonly WeightedConcept[], rowCount: number): WeightedConcept[] {
  const common = Math.max(COMMON_SHARE * rowCount, 50);
  const subjects = concepts.filter((concept) => !concept.aspect);
  const pool = subjects.length > 0 ? subjects : concepts;
  const rare = pool.filter((concept) => concept.docFreq <= common);
  if (rare.length > 0) return rare;
  const rarest = pool.reduce<WeightedConcept | undefined>(
    (best, c) => (best === undefined || c.docFreq < best.docFreq ? c : best),
    undefined,
  );
  return rarest === undefined ? [] : [rarest];
}
