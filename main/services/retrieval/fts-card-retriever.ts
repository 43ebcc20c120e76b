// CardRetriever over the cards' FTS5 index: BM25 (front above back above tags) picks candidates for
// every spelling of every query concept, then each candidate is scored by the share of the query it
// covers (concept-coverage) and the best are returned, BM25 breaking ties.
import type { Database, Statement } from 'better-sqlite3';
import { plainSide } from './card-text';
import { coverage, type WeightedConcept } from './concept-coverage';
import { IndexVocabulary } from './index-vocabulary';
import { ftsExpression } from './query-concepts';
import { SynonymLexicon } from './synonym-lexicon';
import { foldedWords } from './text-tokens';
import type { CardRetriever, CardSearchOptions, RetrievedCard } from './types';
import { candidateConcepts, weighQuery } from './weighted-query';

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
/** Best-ranked rows of all decks searched first for a one-deck query. */
const DECK_PREFILTER = 1000;
/** BM25 column weights (front, back, tags). */
const BM25_WEIGHTS = '4.0, 2.0, 1.0';

export class FtsCardRetriever implements CardRetriever {
  private readonly vocabulary: IndexVocabulary;
  private readonly lexicon: SynonymLexicon;
  private readonly allDecksStmt: Statement<[string, number], CandidateRow>;
  private readonly oneDeckStmt: Statement<[string, number, number], CandidateRow>;
  private readonly topInDeckStmt: Statement<[string, number, number, number], CandidateRow>;

  constructor(db: Database, options: { lexicon?: SynonymLexicon } = {}) {
    this.vocabulary = new IndexVocabulary(db);
    this.lexicon = options.lexicon ?? new SynonymLexicon();
    const columns = `c.id, c.deck_id, d.name AS deck_name, c.updated_at, c.front, c.back, c.front_text, c.back_text,
       f.front AS indexed_front, f.back AS indexed_back, f.tags AS indexed_tags`;
    // All decks: the best-ranked index rows first, then their cards. Deleting a deck soft-deletes its
    // cards, which leaves the index, so no filter is needed before LIMIT; joining only the candidates
    // instead of every match keeps a word that thousands of cards hold fast.
    const ranked = (deckFilter: string) =>
      `SELECT ${columns}, f.rank
       FROM (SELECT rowid, front, back, tags, bm25(cards_fts, ${BM25_WEIGHTS}) AS rank FROM cards_fts
             WHERE cards_fts MATCH ? ORDER BY rank LIMIT ?) AS f
       JOIN cards c ON c.id = f.rowid JOIN decks d ON d.id = c.deck_id
       WHERE d.deleted_at IS NULL ${deckFilter} ORDER BY f.rank`;
    this.allDecksStmt = db.prepare(ranked(''));
    this.topInDeckStmt = db.prepare(`${ranked('AND c.deck_id = ?')} LIMIT ?`);
    this.oneDeckStmt = db.prepare(
      `SELECT ${columns}, bm25(cards_fts, ${BM25_WEIGHTS}) AS rank
       FROM cards_fts AS f JOIN cards c ON c.id = f.rowid JOIN decks d ON d.id = c.deck_id
       WHERE cards_fts MATCH ? AND c.deck_id = ? AND d.deleted_at IS NULL
       ORDER BY rank LIMIT ?`,
    );
  }

  /** The concepts a query is searched as, with their weights (exposed for tests and the eval's misses). */
  explain(query: string): WeightedConcept[] {
    return weighQuery(query, this.lexicon, this.vocabulary);
  }

  search(query: string, options: CardSearchOptions = {}): RetrievedCard[] {
    const limit = Math.min(Math.max(Math.trunc(options.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
    const minScore = options.minScore ?? 0;
    const concepts = this.explain(query);
    const match = ftsExpression(candidateConcepts(concepts, this.vocabulary.cardCount));
    if (match === null) return [];
    const deckId = options.deckId ?? null;
    const rows = deckId === null ? this.allDecksStmt.all(match, CANDIDATES) : this.inDeck(match, deckId);
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

  /**
   * The deck's best candidates: taken from the best-ranked rows of all decks when enough of them are
   * the deck's (the same cards in the same order, without joining every match), else by the full query.
   */
  private inDeck(match: string, deckId: number): CandidateRow[] {
    const fromTop = this.topInDeckStmt.all(match, DECK_PREFILTER, deckId, CANDIDATES);
    if (fromTop.length === CANDIDATES) return fromTop;
    return this.oneDeckStmt.all(match, deckId, CANDIDATES);
  }
}
