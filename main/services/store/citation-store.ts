// What an answer was given, stored with it as it was then: the student's cards and, with the setting
// on, earlier answers of other chats. Read back with what has become of each since: 'changed' (edited,
// or regenerated) or 'deleted'.
import { createHash } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import type { Citation, Grounding } from './types';

/** A card handed to the model, as stored with the answer. */
export interface NewCardCitation {
  kind: 'card';
  number: number;
  cardId: number;
  deckName: string;
  /** Plain text, as the model was given it. */
  front: string;
  back: string;
  score: number;
}

/** An earlier answer of another chat handed to the model, as stored with the new answer. */
export interface NewAnswerCitation {
  kind: 'answer';
  number: number;
  /** The earlier answer's message id. */
  messageId: number;
  conversationTitle: string;
  question: string;
  answer: string;
  score: number;
}

export type NewCitation = NewCardCitation | NewAnswerCitation;

interface CitationRow {
  message_id: number;
  number: number;
  kind: 'card' | 'answer';
  card_id: number | null;
  answer_id: number | null;
  deck_name: string;
  front: string;
  back: string;
  card_digest: string;
  live_front: string | null;
  live_back: string | null;
  deleted_at: number | null;
  live_answer: string | null;
  live_conversation_id: number | null;
}

/** What a card's stored sides hash to; equal digests = the card was not edited. */
export function cardDigest(front: string, back: string): string {
  return createHash('sha256').update(front).update('\x1f').update(back).digest('hex');
}

/** What an answer's stored text hashes to. */
export function answerDigest(answer: string): string {
  return createHash('sha256').update(answer).digest('hex');
}

// A deleted card or answer gets a digest nothing matches: it reads back as deleted anyway.
const NO_DIGEST = '0'.repeat(64);

// An answer counts as gone with its conversation (deleted chats are not opened from a citation).
const SELECT = `SELECT mc.message_id, mc.number, mc.kind, mc.card_id, mc.answer_id, mc.deck_name, mc.front, mc.back,
                       mc.card_digest, c.front AS live_front, c.back AS live_back, c.deleted_at,
                       am.content AS live_answer, ac.id AS live_conversation_id
                FROM message_citations mc
                LEFT JOIN cards c ON mc.kind = 'card' AND c.id = mc.card_id
                LEFT JOIN messages am ON mc.kind = 'answer' AND am.id = mc.answer_id
                LEFT JOIN conversations ac ON ac.id = am.conversation_id AND ac.deleted_at IS NULL`;

function toCitation(row: CitationRow): Citation {
  if (row.kind === 'answer') {
    const deleted = row.live_answer === null || row.live_conversation_id === null;
    const changed = !deleted && answerDigest(row.live_answer!) !== row.card_digest;
    return {
      kind: 'answer',
      number: row.number,
      messageId: row.answer_id!,
      conversationId: deleted ? null : row.live_conversation_id,
      conversationTitle: row.deck_name,
      question: row.front,
      answer: row.back,
      status: deleted ? 'deleted' : changed ? 'changed' : 'current',
    };
  }
  const deleted = row.live_front === null || row.live_back === null || row.deleted_at !== null;
  const changed = !deleted && cardDigest(row.live_front!, row.live_back!) !== row.card_digest;
  return {
    kind: 'card',
    number: row.number,
    cardId: row.card_id!,
    deckName: row.deck_name,
    front: row.front,
    back: row.back,
    status: deleted ? 'deleted' : changed ? 'changed' : 'current',
  };
}

export class CitationStore {
  private readonly setGroundingStmt: Statement<[string | null, number]>;
  private readonly insertStmt: Statement<[Record<string, unknown>]>;
  private readonly cardSidesStmt: Statement<[number], { front: string; back: string }>;
  private readonly answerTextStmt: Statement<[number], { content: string }>;
  private readonly forMessageStmt: Statement<[number], CitationRow>;
  private readonly forConversationStmt: Statement<[number], CitationRow>;

  constructor(db: Database) {
    this.setGroundingStmt = db.prepare('UPDATE messages SET grounding = ? WHERE id = ?');
    this.insertStmt = db.prepare(
      `INSERT INTO message_citations (message_id, number, kind, card_id, answer_id, deck_name, front, back, score, card_digest)
       VALUES (@messageId, @number, @kind, @cardId, @answerId, @deckName, @front, @back, @score, @digest)`,
    );
    this.cardSidesStmt = db.prepare('SELECT front, back FROM cards WHERE id = ?');
    this.answerTextStmt = db.prepare('SELECT content FROM messages WHERE id = ?');
    this.forMessageStmt = db.prepare(`${SELECT} WHERE mc.message_id = ? ORDER BY mc.number`);
    this.forConversationStmt = db.prepare(
      `${SELECT} WHERE mc.message_id IN (SELECT id FROM messages WHERE conversation_id = ?)
       ORDER BY mc.message_id, mc.number`,
    );
  }

  /** Records how an answer was grounded and what it was given (the caller owns the transaction). */
  save(messageId: number, grounding: Grounding, citations: readonly NewCitation[]): void {
    this.setGroundingStmt.run(grounding, messageId);
    for (const citation of citations) this.insertStmt.run({ messageId, ...this.row(citation) });
  }

  forMessage(messageId: number): Citation[] {
    return this.forMessageStmt.all(messageId).map(toCitation);
  }

  /** Citations of every message of the conversation, by message id. */
  forConversation(conversationId: number): Map<number, Citation[]> {
    const byMessage = new Map<number, Citation[]>();
    for (const row of this.forConversationStmt.all(conversationId)) {
      const list = byMessage.get(row.message_id) ?? [];
      list.push(toCitation(row));
      byMessage.set(row.message_id, list);
    }
    return byMessage;
  }

  private row(citation: NewCitation): Record<string, unknown> {
    const common = { number: citation.number, kind: citation.kind, score: citation.score };
    if (citation.kind === 'card') {
      const sides = this.cardSidesStmt.get(citation.cardId);
      return {
        ...common,
        cardId: citation.cardId,
        answerId: null,
        deckName: citation.deckName,
        front: citation.front,
        back: citation.back,
        digest: sides ? cardDigest(sides.front, sides.back) : NO_DIGEST,
      };
    }
    const stored = this.answerTextStmt.get(citation.messageId);
    return {
      ...common,
      cardId: null,
      answerId: citation.messageId,
      deckName: citation.conversationTitle,
      front: citation.question,
      back: citation.answer,
      digest: stored ? answerDigest(stored.content) : NO_DIGEST,
    };
  }
}
