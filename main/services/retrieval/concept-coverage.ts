// Scores a candidate card: the share of the query's concepts it contains, each concept weighted by
// how rare it is in the decks (BM25's idf) and by where the card has it (front, back, tags); what is
// asked (treatment, symptoms…) adds a fixed part on top of the subject's share. A share,
// unlike a raw BM25 score, means the same in a large deck and a small one, so one threshold works.
import type { Concept } from './query-concepts';
import type { Alternative } from './synonym-lexicon';
import { tokenMatches } from './word-forms';

/** A hit on the front (the question) says most about the card; one only in its tags the least. */
export const FIELD_FACTORS = { front: 1, back: 0.9, tags: 0.5 } as const;

export interface WeightedConcept extends Concept {
  weight: number;
  /** Cards holding any of its spellings (estimated from the index vocabulary). */
  docFreq: number;
}

export interface CardFields {
  front: readonly string[];
  back: readonly string[];
  tags: readonly string[];
}

/** BM25's idf: about 0 for a term every card has, largest for one no card has. */
export function idf(docFreq: number, cardCount: number): number {
  const n = Math.max(cardCount, 1);
  const df = Math.min(docFreq, n);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Whether the folded tokens contain the phrase (consecutive tokens, as FTS5 matches it). */
export function containsPhrase(tokens: readonly string[], phrase: Alternative): boolean {
  const last = tokens.length - phrase.length;
  for (let start = 0; start <= last; start++) {
    let all = true;
    for (let k = 0; k < phrase.length && all; k++) all = tokenMatches(phrase[k]!, tokens[start + k]!);
    if (all) return true;
  }
  return false;
}

function factorFor(concept: Concept, fields: CardFields): number {
  const has = (tokens: readonly string[]) => concept.alternatives.some((alt) => containsPhrase(tokens, alt));
  if (has(fields.front)) return FIELD_FACTORS.front;
  if (has(fields.back)) return FIELD_FACTORS.back;
  if (has(fields.tags)) return FIELD_FACTORS.tags;
  return 0;
}

/** The weighted share of the concepts the card has, each counted by where it has it. */
function share(concepts: readonly WeightedConcept[], fields: CardFields): number {
  let total = 0;
  let found = 0;
  for (const concept of concepts) {
    total += concept.weight;
    found += concept.weight * factorFor(concept, fields);
  }
  return total > 0 ? found / total : 0;
}

/**
 * How much of a score the question's aspects (treatment, symptoms…) make when it has any: enough to
 * rank the card that has them above the subject's other cards, never enough to make a card about
 * something else relevant.
 */
export const ASPECT_SHARE = 0.15;

/** The card's score in [0, 1]. */
export function coverage(concepts: readonly WeightedConcept[], fields: CardFields): number {
  const subjects = concepts.filter((concept) => !concept.aspect);
  const aspects = concepts.filter((concept) => concept.aspect);
  if (subjects.length === 0) return share(aspects, fields);
  if (aspects.length === 0) return share(subjects, fields);
  return (1 - ASPECT_SHARE) * share(subjects, fields) + ASPECT_SHARE * share(aspects, fields);
}
