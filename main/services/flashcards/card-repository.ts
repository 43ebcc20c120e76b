// Cards: insert with tags, edit, move, soft delete with undo, paged listing, due queue, tag list.
import type { Database, Statement } from 'better-sqlite3';
import { StoreNotFoundError, StoreValidationError } from '../store/errors';
import type { Clock } from '../store/types';
import { assertId } from '../store/validation';
import { CARD_COLUMNS, cardColumns, toCard, type CardRow } from './rows';
import type { Card, CardPatch, NewCardInput, NoteType } from './types';
import {
  assertNoteType,
  assertRange,
  assertTime,
  DUE_LIMIT_MAX,
  foldKey,
  normalizeSide,
  normalizeTags,
  PAGE_LIMIT_MAX,
  toFtsPrefixQuery,
} from './validation';

interface InsertParams {
  deckId: number;
  noteType: NoteType;
  front: string;
  back: string;
  frontKey: string;
  sourceMessageId: number | null;
  now: number;
}

export interface CardPage {
  /** Live cards matching the filter in the whole deck, for the virtualized list's height. */
  total: number;
  cards: Card[];
}

export interface ListCardsOptions {
  deckId: number;
  /** Words matched as prefixes against front, back and tags; blank = no filter. */
  query?: string;
  offset: number;
  limit: number;
}

export const MOVE_BATCH_MAX = 5000;

/** SQL condition (with an @now parameter) for a card the review queue may show: not suspended, not buried. */
export const REVIEWABLE = '(suspended = 0 AND (buried_until IS NULL OR buried_until <= @now))';

export class CardRepository {
  private readonly now: Clock;
  private readonly insertStmt: Statement<[InsertParams], CardRow>;
  private readonly insertTagStmt: Statement<[number, string]>;
  private readonly deleteTagsStmt: Statement<[number]>;
  private readonly tagsForStmt: Statement<[string], { card_id: number; tag: string }>;
  private readonly getLiveStmt: Statement<[number], CardRow>;
  private readonly getDeletedStmt: Statement<[number], { id: number; deck_live: number }>;
  private readonly byFrontKeyStmt: Statement<[number, string], { id: number; front: string }>;
  private readonly updateStmt: Statement<[string, string, string, string, number, number]>;
  private readonly moveStmt: Statement<[number, number, number]>;
  private readonly softDeleteStmt: Statement<[number, number]>;
  private readonly restoreStmt: Statement<[number]>;
  private readonly pageStmt: Statement<[number, number, number], CardRow>;
  private readonly countStmt: Statement<[number], { n: number }>;
  private readonly searchPageStmt: Statement<[string, number, number, number], CardRow>;
  private readonly searchCountStmt: Statement<[string, number], { n: number }>;
  private readonly dueStmt: Statement<[{ now: number; limit: number }], CardRow>;
  private readonly dueInDeckStmt: Statement<[{ deckId: number; now: number; limit: number }], CardRow>;
  private readonly tagListStmt: Statement<[], { tag: string; cards: number }>;

  constructor(
    private readonly db: Database,
    options: { now?: Clock } = {},
  ) {
    this.now = options.now ?? Date.now;
    // New cards are due at once (ts-fsrs's createEmptyCard: due = now, state New, all else 0).
    this.insertStmt = db.prepare(
      `INSERT INTO cards (deck_id, note_type, front, back, front_key, source_message_id, created_at, updated_at, due)
       VALUES (@deckId, @noteType, @front, @back, @frontKey, @sourceMessageId, @now, @now, @now)
       RETURNING ${CARD_COLUMNS}`,
    );
    this.insertTagStmt = db.prepare(`INSERT OR IGNORE INTO card_tags (card_id, tag) VALUES (?, ?)`);
    this.deleteTagsStmt = db.prepare(`DELETE FROM card_tags WHERE card_id = ?`);
    this.tagsForStmt = db.prepare(
      `SELECT card_id, tag FROM card_tags WHERE card_id IN (SELECT value FROM json_each(?)) ORDER BY tag`,
    );
    this.getLiveStmt = db.prepare(`SELECT ${CARD_COLUMNS} FROM cards WHERE id = ? AND deleted_at IS NULL`);
    this.getDeletedStmt = db.prepare(
      `SELECT c.id, d.deleted_at IS NULL AS deck_live FROM cards c JOIN decks d ON d.id = c.deck_id
       WHERE c.id = ?`,
    );
    this.byFrontKeyStmt = db.prepare(
      `SELECT id, front FROM cards WHERE deck_id = ? AND front_key = ? AND deleted_at IS NULL ORDER BY id LIMIT 1`,
    );
    this.updateStmt = db.prepare(
      `UPDATE cards SET front = ?, back = ?, front_key = ?, note_type = ?, updated_at = ?
       WHERE id = ? AND deleted_at IS NULL`,
    );
    this.moveStmt = db.prepare(`UPDATE cards SET deck_id = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`);
    this.softDeleteStmt = db.prepare(`UPDATE cards SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL`);
    this.restoreStmt = db.prepare(`UPDATE cards SET deleted_at = NULL WHERE id = ?`);
    this.pageStmt = db.prepare(
      `SELECT ${CARD_COLUMNS} FROM cards WHERE deck_id = ? AND deleted_at IS NULL ORDER BY id LIMIT ? OFFSET ?`,
    );
    this.countStmt = db.prepare(`SELECT count(*) AS n FROM cards WHERE deck_id = ? AND deleted_at IS NULL`);
    // cards_fts holds live cards only, so the join needs no deleted_at filter.
    this.searchPageStmt = db.prepare(
      `SELECT ${cardColumns('c')} FROM cards_fts JOIN cards c ON c.id = cards_fts.rowid
       WHERE cards_fts MATCH ? AND c.deck_id = ? ORDER BY c.id LIMIT ? OFFSET ?`,
    );
    this.searchCountStmt = db.prepare(
      `SELECT count(*) AS n FROM cards_fts JOIN cards c ON c.id = cards_fts.rowid
       WHERE cards_fts MATCH ? AND c.deck_id = ?`,
    );
    // Suspended cards never come up; buried ones come back once their day is over.
    this.dueStmt = db.prepare(
      `SELECT ${CARD_COLUMNS} FROM cards WHERE deleted_at IS NULL AND due <= @now AND ${REVIEWABLE}
       ORDER BY due, id LIMIT @limit`,
    );
    this.dueInDeckStmt = db.prepare(
      `SELECT ${CARD_COLUMNS} FROM cards WHERE deck_id = @deckId AND deleted_at IS NULL AND due <= @now
         AND ${REVIEWABLE}
       ORDER BY due, id LIMIT @limit`,
    );
    this.tagListStmt = db.prepare(
      `SELECT t.tag, count(*) AS cards FROM card_tags t JOIN cards c ON c.id = t.card_id
       WHERE c.deleted_at IS NULL GROUP BY t.tag ORDER BY t.tag`,
    );
  }

  /** Inserts a card (caller checks the deck and duplicates); tags are normalized. */
  insert(input: NewCardInput): Card {
    const noteType = assertNoteType(input.noteType ?? 'basic');
    const params: InsertParams = {
      deckId: assertId(input.deckId, 'Deck id'),
      noteType,
      front: normalizeSide(input.front, 'Front'),
      back: normalizeSide(input.back, 'Back', { allowEmpty: noteType === 'cloze' }),
      frontKey: '',
      sourceMessageId:
        input.sourceMessageId === undefined || input.sourceMessageId === null
          ? null
          : assertId(input.sourceMessageId, 'Source message id'),
      now: this.now(),
    };
    params.frontKey = foldKey(params.front);
    const tags = normalizeTags(input.tags ?? []);
    return this.db.transaction(() => {
      const row = this.insertStmt.get(params);
      if (!row) throw new Error('INSERT … RETURNING produced no row');
      for (const tag of tags) this.insertTagStmt.run(row.id, tag);
      return toCard(row, tags);
    })();
  }

  get(id: number): Card | null {
    const row = this.getLiveStmt.get(assertId(id, 'Card id'));
    return row ? this.withTags([row])[0]! : null;
  }

  require(id: number): Card {
    const card = this.get(id);
    if (!card) throw new StoreNotFoundError('card', id);
    return card;
  }

  /** The first live card in the deck whose front reads the same ignoring case and spacing. */
  findSameFront(deckId: number, front: string): { id: number; front: string } | null {
    return this.byFrontKeyStmt.get(deckId, foldKey(front)) ?? null;
  }

  /** Card editor save: only the fields given change; tags given replace the card's tags. */
  update(id: number, patch: CardPatch): Card {
    const cardId = assertId(id, 'Card id');
    return this.db.transaction(() => {
      const current = this.require(cardId);
      if (current.format === 'html' && (patch.front ?? patch.back ?? patch.noteType) !== undefined) {
        throw new StoreValidationError(
          `Card ${cardId} is rendered from note ${current.noteId ?? '?'}: edit the note's fields instead`,
        );
      }
      const front = patch.front === undefined ? current.front : normalizeSide(patch.front, 'Front');
      const noteType = patch.noteType === undefined ? current.noteType : assertNoteType(patch.noteType);
      const back = normalizeSide(patch.back ?? current.back, 'Back', { allowEmpty: noteType === 'cloze' });
      this.updateStmt.run(front, back, foldKey(front), noteType, this.now(), cardId);
      if (patch.tags !== undefined) {
        const tags = normalizeTags(patch.tags);
        this.deleteTagsStmt.run(cardId);
        for (const tag of tags) this.insertTagStmt.run(cardId, tag);
      }
      return this.require(cardId);
    })();
  }

  /** Moves live cards to a deck, all or none (the caller checks the target deck). */
  move(ids: readonly number[], deckId: number): number {
    const target = assertId(deckId, 'Deck id');
    const cardIds = this.assertIds(ids);
    const now = this.now();
    return this.db.transaction(() => {
      for (const id of cardIds) {
        if (this.moveStmt.run(target, now, id).changes === 0) throw new StoreNotFoundError('card', id);
      }
      return cardIds.length;
    })();
  }

  softDelete(id: number): { id: number; deletedAt: number } {
    const cardId = assertId(id, 'Card id');
    const deletedAt = this.now();
    if (this.softDeleteStmt.run(deletedAt, cardId).changes === 0) throw new StoreNotFoundError('card', cardId);
    return { id: cardId, deletedAt };
  }

  /** Undoes softDelete; a card whose deck is deleted comes back with the deck, not alone. */
  restore(id: number): Card {
    const cardId = assertId(id, 'Card id');
    const row = this.getDeletedStmt.get(cardId);
    if (!row) throw new StoreNotFoundError('card', cardId);
    if (!row.deck_live) throw new StoreValidationError(`Card ${cardId} is in a deleted deck; restore the deck first`);
    this.restoreStmt.run(cardId);
    return this.require(cardId);
  }

  /** A page of a deck's live cards in creation order, optionally filtered by a full-text query. */
  list(options: ListCardsOptions): CardPage {
    const deckId = assertId(options.deckId, 'Deck id');
    const offset = assertRange(options.offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
    const limit = assertRange(options.limit, 'limit', 1, PAGE_LIMIT_MAX);
    const match = options.query === undefined ? null : toFtsPrefixQuery(options.query);
    if (match === null) {
      const total = this.countStmt.get(deckId)?.n ?? 0;
      return { total, cards: this.withTags(this.pageStmt.all(deckId, limit, offset)) };
    }
    const total = this.searchCountStmt.get(match, deckId)?.n ?? 0;
    return { total, cards: this.withTags(this.searchPageStmt.all(match, deckId, limit, offset)) };
  }

  /** Cards due at `now` (new ones included, suspended and buried ones not), earliest first; deckId null = all. */
  due(deckId: number | null, now: number, limit: number): Card[] {
    const at = assertTime(now, 'now');
    const max = assertRange(limit, 'limit', 1, DUE_LIMIT_MAX);
    const rows =
      deckId === null
        ? this.dueStmt.all({ now: at, limit: max })
        : this.dueInDeckStmt.all({ deckId: assertId(deckId, 'Deck id'), now: at, limit: max });
    return this.withTags(rows);
  }

  /** Every tag on a live card, with how many live cards carry it. */
  tags(): { tag: string; cards: number }[] {
    return this.tagListStmt.all();
  }

  private withTags(rows: CardRow[]): Card[] {
    if (rows.length === 0) return [];
    const tags = new Map<number, string[]>();
    for (const { card_id, tag } of this.tagsForStmt.all(JSON.stringify(rows.map((row) => row.id)))) {
      const list = tags.get(card_id);
      if (list) list.push(tag);
      else tags.set(card_id, [tag]);
    }
    return rows.map((row) => toCard(row, tags.get(row.id) ?? []));
  }

  private assertIds(ids: readonly number[]): number[] {
    if (!Array.isArray(ids) || ids.length === 0) throw new StoreValidationError('Give at least one card id');
    if (ids.length > MOVE_BATCH_MAX) {
      throw new StoreValidationError(`At most ${MOVE_BATCH_MAX} cards at a time, got ${ids.length}`);
    }
    return [...new Set(ids.map((id) => assertId(id, 'Card id')))];
  }
}
