// SQL for the cards rendered from notes (content_format 'html'): insert with a schedule, replace their
// content, list a note's cards, set tags. Callers own the transactions and the validation.
import type { Database, Statement } from 'better-sqlite3';
import type { Clock } from '../../store/types';
import type { CardSchedule, NoteType } from '../types';
import { foldKey } from '../validation';
import type { RenderedSides } from './render-note';

export interface NewNoteCard {
  deckId: number;
  noteId: number;
  noteType: NoteType;
  sides: RenderedSides;
  /** null: a new card, due now. */
  schedule: CardSchedule | null;
  suspended: boolean;
  buriedUntil: number | null;
}

export interface NoteCardRef {
  id: number;
  ord: number;
  deleted: boolean;
}

export class NoteCardStore {
  private readonly now: Clock;
  private readonly insertStmt: Statement<[Record<string, unknown>], { id: number }>;
  private readonly contentStmt: Statement<[Record<string, unknown>]>;
  private readonly ofNoteStmt: Statement<[number], { id: number; template_ord: number; deleted: number }>;
  private readonly deleteTagsStmt: Statement<[number]>;
  private readonly insertTagStmt: Statement<[number, string]>;
  private readonly deckOfStmt: Statement<[number], { deck_id: number; name: string }>;

  constructor(db: Database, options: { now?: Clock } = {}) {
    this.now = options.now ?? Date.now;
    this.insertStmt = db.prepare(
      `INSERT INTO cards (deck_id, note_type, content_format, front, back, front_text, back_text, front_key,
         note_id, template_ord, suspended, buried_until, created_at, updated_at,
         due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review)
       VALUES (@deckId, @noteType, 'html', @front, @back, @frontText, @backText, @frontKey,
         @noteId, @ord, @suspended, @buriedUntil, @now, @now,
         @due, @stability, @difficulty, @elapsedDays, @scheduledDays, @learningSteps, @reps, @lapses, @state,
         @lastReview)
       RETURNING id`,
    );
    this.contentStmt = db.prepare(
      `UPDATE cards SET front = @front, back = @back, front_text = @frontText, back_text = @backText,
         front_key = @frontKey, note_type = @noteType, updated_at = @now
       WHERE id = @id`,
    );
    this.ofNoteStmt = db.prepare(
      `SELECT id, template_ord, deleted_at IS NOT NULL AS deleted FROM cards WHERE note_id = ? ORDER BY template_ord`,
    );
    this.deleteTagsStmt = db.prepare(`DELETE FROM card_tags WHERE card_id = ?`);
    this.insertTagStmt = db.prepare(`INSERT OR IGNORE INTO card_tags (card_id, tag) VALUES (?, ?)`);
    this.deckOfStmt = db.prepare(
      `SELECT c.deck_id, d.name FROM cards c JOIN decks d ON d.id = c.deck_id
       WHERE c.note_id = ? AND c.deleted_at IS NULL AND d.deleted_at IS NULL ORDER BY c.template_ord LIMIT 1`,
    );
  }

  /** The live deck of the note's first live card (where cards added to the note go), or null. */
  deckOf(noteId: number): { id: number; name: string } | null {
    const row = this.deckOfStmt.get(noteId);
    return row ? { id: row.deck_id, name: row.name } : null;
  }

  insert(card: NewNoteCard): number {
    const now = this.now();
    const schedule = card.schedule ?? newSchedule(now);
    const { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview } =
      schedule;
    const row = this.insertStmt.get({
      deckId: card.deckId,
      noteType: card.noteType,
      ...sideParams(card.sides),
      noteId: card.noteId,
      ord: card.sides.ord,
      suspended: card.suspended ? 1 : 0,
      buriedUntil: card.buriedUntil,
      now,
      ...{ due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview },
    });
    if (!row) throw new Error('INSERT … RETURNING produced no row');
    return row.id;
  }

  /** Replaces a card's rendered content; its schedule, deck, tags and review history stay. */
  updateContent(id: number, noteType: NoteType, sides: RenderedSides): void {
    this.contentStmt.run({ id, noteType, ...sideParams(sides), now: this.now() });
  }

  /** Every card of the note, soft-deleted ones included (a deleted card is not created again). */
  cardsOf(noteId: number): NoteCardRef[] {
    return this.ofNoteStmt
      .all(noteId)
      .map((row) => ({ id: row.id, ord: row.template_ord, deleted: row.deleted === 1 }));
  }

  setTags(cardId: number, tags: readonly string[]): void {
    this.deleteTagsStmt.run(cardId);
    for (const tag of tags) this.insertTagStmt.run(cardId, tag);
  }
}

function sideParams(sides: RenderedSides) {
  return {
    front: sides.front,
    back: sides.back,
    frontText: sides.frontText,
    backText: sides.backText,
    frontKey: foldKey(sides.frontText),
  };
}

/** ts-fsrs's empty card: due now, state New, everything else 0. */
function newSchedule(now: number): CardSchedule {
  return {
    due: now,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
    lastReview: null,
  };
}
