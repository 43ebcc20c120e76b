// CardRetriever over the cards' FTS5 index: BM25 (front above back above tags) picks candidates for
// every spelling of every query concept, then each candidate is scored by the share of the query it
// covers (concept-coverage) and the best are returned, BM25 breaking ties.
import type { Database, Statement } from 'better-sqlite3';
import { plainSide } from './card-text';
import { coverage, idf, type WeightedConcept } from './concept-coverage';
import { IndexVocabulary } from './index-vocabulary';
import { buildConcepts, ftsExpression, type Concept } from './query-concepts';
import { SynonymLexicon } from './synonym-lexicon';
import { foldedWords } from './text-tokens';
import type { CardRetriever, CardSearchOptions, RetrievedCard } from './types';
import type { TokenPattern } from './word-forms';

interface CandidateRow {
  id: number;
  deck_id: number;
  deck_name: string;
  updated_at: number;
  front: string;
  back: string;
  front_text: string | null;
  back_text: string | null;
  indexed_front: string;
  indexed_back: string;
  indexed_tags: string;
  rank: number;
}

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;
/** BM25 candidates rescored per query: enough that the best-covering cards are among them. */
const CANDIDATES = 80;
/** BM25 column weights (front, back, tags). */
const BM25_WEIGHTS = '4.0, 2.0, 1.0';

export class FtsCardRetriever implements CardRetriever {
  private readonly vocabulary: IndexVocabulary;
  private readonly lexicon: SynonymLexicon;
  private readonly allDecksStmt: Statement<[string, number], CandidateRow>;
  private readonly oneDeckStmt: Statement<[string, number, number], CandidateRow>;

  constructor(db: Database, options: { lexicon?: SynonymLexicon } = {}) {
    this.vocabulary = new IndexVocabulary(db);
    this.lexicon = options.lexicon ?? new SynonymLexicon();
    const candidates = (deckFilter: string) =>
      `SELECT c.id, c.deck_id, d.name AS deck_name, c.updated_at, c.front, c.back, c.front_text, c.back_text,
              cards_fts.front AS indexed_front, cards_fts.back AS indexed_back, cards_fts.tags AS indexed_tags,
              bm25(cards_fts, ${BM25_WEIGHTS}) AS rank
       FROM cards_fts JOIN cards c ON c.id = cards_fts.rowid JOIN decks d ON d.id = c.deck_id
       WHERE cards_fts MATCH ? AND d.deleted_at IS NULL ${deckFilter}
       ORDER BY rank LIMIT ?`;
    this.allDecksStmt = db.prepare(candidates(''));
    this.oneDeckStmt = db.prepare(candidates('AND c.deck_id = ?'));
  }

  /** The concepts a query is searched as, with their weights (exposed for tests and the eval's misses). */
  explain(query: string): WeightedConcept[] {
    this.vocabulary.refresh();
    return this.weigh(buildConcepts(query, this.lexicon, this.vocabulary));
  }

  search(query: string, options: CardSearchOptions = {}): RetrievedCard[] {
    const limit = Math.min(Math.max(Math.trunc(options.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
    const minScore = options.minScore ?? 0;
    const concepts = this.explain(query);
    const match = ftsExpression(concepts);
    if (match === null) return [];
    const deckId = options.deckId ?? null;
    const rows =
      deckId === null ? this.allDecksStmt.all(match, CANDIDATES) : this.oneDeckStmt.all(match, deckId, CANDIDATES);
    const scored: { card: RetrievedCard; rank: number }[] = [];
    for (const row of rows) {
      const front = plainSide(row.front, row.front_text);
      // A card whose question is only an image or a sound cannot be quoted to the model.
      if (front.length === 0) continue;
      const score = coverage(concepts, {
        front: foldedWords(row.indexed_front),
        back: foldedWords(row.indexed_back),
        tags: foldedWords(row.indexed_tags),
      });
      if (score < minScore || score === 0) continue;
      const card: RetrievedCard = {
        cardId: row.id,
        deckId: row.deck_id,
        deckName: row.deck_name,
        front,
        back: plainSide(row.back, row.back_text),
        score: Math.round(score * 1000) / 1000,
        updatedAt: row.updated_at,
      };
      scored.push({ card, rank: row.rank });
    }
    scored.sort((a, b) => b.card.score - a.card.score || a.rank - b.rank || a.card.cardId - b.card.cardId);
    return scored.slice(0, limit).map((entry) => entry.card);
  }

  private weigh(concepts: Concept[]): WeightedConcept[] {
    const cards = this.vocabulary.cardCount;
    return concepts.map((concept) => {
      let docFreq = 0;
      for (const alternative of concept.alternatives) {
        // A phrase is at most as common as its rarest word.
        docFreq += Math.min(...alternative.map((token: TokenPattern) => this.vocabulary.docFreq(token)));
      }
      return { ...concept, weight: idf(docFreq, cards) };
    });
  }
}
