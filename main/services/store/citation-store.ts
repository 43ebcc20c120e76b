// The cards an answer was given, stored with it as they were then, and read back with what has become
// of each card since: 'changed' (its text was edited) or 'deleted'.
import { createHash } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import type { Citation, Grounding } from './types';

/** A card handed to the model, as stored with the answer. */
export interface NewCitation {
  number: number;
  cardId: number;
  deckName: string;
  /** Plain text, as the model was given it. */
  front: string;
  back: string;
  score: number;
}

interface CitationRow {
  message_id: number;
  number: number;
  card_id: number;
  deck_name: string;
  front: string;
  back: string;
  card_digest: string;
  live_front: string | null;
  live_back: string | null;
  deleted_at: number | null;
}

/** What a card's stored sides hash to; equal digests = the card was not edited. */
export function cardDigest(front: string, back: string): string {
  return createHash('sha256').update(front).update('\x1f').update(back).digest('hex');
}

const SELECT = `SELECT mc.message_id, mc.number, mc.card_id, mc.deck_name, mc.front, mc.back, mc.card_digest,
                       c.front AS live_front, c.back AS live_back, c.deleted_at
                FROM message_citations mc LEFT JOIN cards c ON c.id = mc.card_id`;

function toCitation(row: CitationRow): Citation {
  const deleted = row.live_front === null || row.live_back === null || row.deleted_at !== null;
  const changed = !deleted && cardDigest(row.live_front!, row.live_back!) !== row.card_digest;
  return {
    number: row.number,
    cardId: row.card_id,
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
  private readonly forMessageStmt: Statement<[number], CitationRow>;
  private readonly forConversationStmt: Statement<[number], CitationRow>;

  constructor(db: Database) {
    this.setGroundingStmt = db.prepare('UPDATE messages SET grounding = ? WHERE id = ?');
    this.insertStmt = db.prepare(
      `INSERT INTO message_citations (message_id, number, card_id, deck_name, front, back, score, card_digest)
       VALUES (@messageId, @number, @cardId, @deckName, @front, @back, @score, @digest)`,
    );
    this.cardSidesStmt = db.prepare('SELECT front, back FROM cards WHERE id = ?');
    this.forMessageStmt = db.prepare(`${SELECT} WHERE mc.message_id = ? ORDER BY mc.number`);
    this.forConversationStmt = db.prepare(
      `${SELECT} WHERE mc.message_id IN (SELECT id FROM messages WHERE conversation_id = ?)
       ORDER BY mc.message_id, mc.number`,
    );
  }

  /** Records how an answer was grounded and the cards it was given (the caller owns the transaction). */
  save(messageId: number, grounding: Grounding, citations: readonly NewCitation[]): void {
    this.setGroundingStmt.run(grounding, messageId);
    for (const citation of citations) {
      const sides = this.cardSidesStmt.get(citation.cardId);
      this.insertStmt.run({
        messageId,
        number: citation.number,
        cardId: citation.cardId,
        deckName: citation.deckName,
        front: citation.front,
        back: citation.back,
        score: citation.score,
        // A card deleted meanwhile gets a digest nothing matches: it reads back as deleted anyway.
        digest: sides ? cardDigest(sides.front, sides.back) : '0'.repeat(64),
      });
    }
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
}
