// The writer's acknowledgement lines: one per committed operation, read back by the killing parent.
import { createHash } from 'node:crypto';

export type Ack =
  /** ChatService.send returned: the question and the (streaming) answer row are committed. */
  | { kind: 'chat-send'; conversationId: number; userId: number; assistantId: number; question: string }
  /** The throttled saver's UPDATE of a streaming answer committed with this much text. */
  | { kind: 'chat-partial'; messageId: number; length: number }
  /** 'chat:done' was emitted: the answer's final row is committed. */
  | { kind: 'chat-done'; messageId: number; status: string; checksum: string }
  /** A "Make cards" batch (MakeCardsService.createMany) committed, all `size` cards of it. */
  | { kind: 'cards-batch'; batch: string; size: number; checksum: string }
  /** A card editor save (back text + tags together) committed. */
  | { kind: 'card-edit'; cardId: number; version: number; checksum: string }
  /** ReviewService.rate committed its log row and the card's new schedule. */
  | ({ kind: 'review-rate' } & ReviewLogKey)
  /** ReviewService.undo committed: that log row is gone and the card's schedule is back. */
  | ({ kind: 'review-undo' } & ReviewLogKey);

/** Names one review log row; ids are reused after an undo, so the row's content is part of the key. */
export interface ReviewLogKey {
  logId: number;
  cardId: number;
  reviewAt: number;
  durationMs: number;
}

const ACK_PREFIX = 'ack ';

export function checksum(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export function formatAck(ack: Ack): string {
  return `${ACK_PREFIX}${JSON.stringify(ack)}\n`;
}

/** The ack on this stdout line, or null for other lines (ready, migrating, …). */
export function parseAck(line: string): Ack | null {
  return line.startsWith(ACK_PREFIX) ? (JSON.parse(line.slice(ACK_PREFIX.length)) as Ack) : null;
}
