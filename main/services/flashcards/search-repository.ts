// Full-text search (FTS5) over live cards and over chat history: prefix terms, bm25 order, snippets.
import type { Database, Statement } from 'better-sqlite3';
import { assertRange, SEARCH_LIMIT_MAX, toFtsPrefixQuery } from './validation';
import type { CardSearchHit, MessageSearchHit } from './types';

interface CardHitRow {
  card_id: number;
  deck_id: number;
  deck_name: string;
  front: string;
  snippet: string;
}

interface MessageHitRow {
  message_id: number;
  conversation_id: number;
  conversation_title: string;
  role: 'user' | 'assistant';
  snippet: string;
  created_at: number;
}

/** Snippets mark matches with [ and ] and cut with "…"; about this many tokens long. */
const SNIPPET_TOKENS = 16;

export class SearchRepository {
  private readonly cardsStmt: Statement<[string, number], CardHitRow>;
  private readonly cardsInDeckStmt: Statement<[string, number, number], CardHitRow>;
  private readonly messagesStmt: Statement<[string, number], MessageHitRow>;

  constructor(db: Database) {
    // bm25 weights: a hit on the front counts most, then tags, then the back. An HTML card's front is
    // given as its text, like the snippet.
    const cardHits = (deckFilter: string) =>
      `SELECT c.id AS card_id, c.deck_id, d.name AS deck_name, coalesce(c.front_text, c.front) AS front,
              snippet(cards_fts, -1, '[', ']', '…', ${SNIPPET_TOKENS}) AS snippet
       FROM cards_fts JOIN cards c ON c.id = cards_fts.rowid JOIN decks d ON d.id = c.deck_id
       WHERE cards_fts MATCH ? ${deckFilter}
       ORDER BY bm25(cards_fts, 10.0, 1.0, 5.0), c.id LIMIT ?`;
    this.cardsStmt = db.prepare(cardHits(''));
    this.cardsInDeckStmt = db.prepare(cardHits('AND c.deck_id = ?'));
    this.messagesStmt = db.prepare(
      `SELECT m.id AS message_id, m.conversation_id, cv.title AS conversation_title, m.role,
              snippet(messages_fts, 0, '[', ']', '…', ${SNIPPET_TOKENS}) AS snippet, m.created_at
       FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid
       JOIN conversations cv ON cv.id = m.conversation_id
       WHERE messages_fts MATCH ? AND cv.deleted_at IS NULL
       ORDER BY bm25(messages_fts), m.id DESC LIMIT ?`,
    );
  }

  /** Best-matching live cards; every word of `query` is a prefix ("hypok" finds "hypokalemia"). */
  cards(query: string, options: { deckId?: number | null; limit?: number } = {}): CardSearchHit[] {
    const match = toFtsPrefixQuery(query);
    if (match === null) return [];
    const limit = assertRange(options.limit ?? 50, 'limit', 1, SEARCH_LIMIT_MAX);
    const rows =
      options.deckId === undefined || options.deckId === null
        ? this.cardsStmt.all(match, limit)
        : this.cardsInDeckStmt.all(match, options.deckId, limit);
    return rows.map((row) => ({
      cardId: row.card_id,
      deckId: row.deck_id,
      deckName: row.deck_name,
      front: row.front,
      snippet: row.snippet,
    }));
  }

  /** Best-matching finished messages of live conversations. */
  messages(query: string, options: { limit?: number } = {}): MessageSearchHit[] {
    const match = toFtsPrefixQuery(query);
    if (match === null) return [];
    const limit = assertRange(options.limit ?? 50, 'limit', 1, SEARCH_LIMIT_MAX);
    return this.messagesStmt.all(match, limit).map((row) => ({
      messageId: row.message_id,
      conversationId: row.conversation_id,
      conversationTitle: row.conversation_title,
      role: row.role,
      snippet: row.snippet,
      createdAt: row.created_at,
    }));
  }
}
