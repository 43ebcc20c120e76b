// The parent's record of every acknowledged write, in order: what the database must still show after a kill.
import type { Ack, ReviewLogKey } from './ack';

export type AckKind = Ack['kind'];

export class AckLedger {
  /** chat-send acks by assistant message id. */
  readonly sends = new Map<number, Extract<Ack, { kind: 'chat-send' }>>();
  /** Longest acked partial save per streaming answer. */
  readonly partialLengths = new Map<number, number>();
  readonly finished = new Map<number, { status: string; checksum: string }>();
  readonly batches = new Map<string, { size: number; checksum: string }>();
  /** Newest acked editor save per card. */
  readonly edits = new Map<number, { version: number; checksum: string }>();
  /** Last acked rate or undo per log id (ids come back after an undo, so only the newest counts). */
  readonly reviewLogs = new Map<number, { present: boolean; key: ReviewLogKey; mayBeUndone?: boolean }>();
  readonly counts = new Map<AckKind, number>();

  /**
   * Records one writer run's acks. The write after the last ack may have committed unacknowledged; only an
   * undo can take an acked write back, so a rating acked last may be gone (with its schedule change).
   */
  recordRun(acks: readonly Ack[]): void {
    for (const ack of acks) this.record(ack);
    const last = acks.at(-1);
    if (last?.kind === 'review-rate') {
      const entry = this.reviewLogs.get(last.logId);
      if (entry) entry.mayBeUndone = true;
    }
  }

  record(ack: Ack): void {
    this.counts.set(ack.kind, (this.counts.get(ack.kind) ?? 0) + 1);
    switch (ack.kind) {
      case 'chat-send':
        this.sends.set(ack.assistantId, ack);
        break;
      case 'chat-partial':
        this.partialLengths.set(ack.messageId, Math.max(ack.length, this.partialLengths.get(ack.messageId) ?? 0));
        break;
      case 'chat-done':
        this.finished.set(ack.messageId, { status: ack.status, checksum: ack.checksum });
        break;
      case 'cards-batch':
        this.batches.set(ack.batch, { size: ack.size, checksum: ack.checksum });
        break;
      case 'card-edit':
        this.edits.set(ack.cardId, { version: ack.version, checksum: ack.checksum });
        break;
      case 'review-rate':
      case 'review-undo': {
        const { logId, cardId, reviewAt, durationMs } = ack;
        this.reviewLogs.set(logId, {
          present: ack.kind === 'review-rate',
          key: { logId, cardId, reviewAt, durationMs },
        });
        break;
      }
    }
  }
}
