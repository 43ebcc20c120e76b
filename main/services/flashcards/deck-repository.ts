// Decks: create, rename, list with card counts, soft delete (cards included) with undo.
import type { Database, Statement } from 'better-sqlite3';
import { StoreNotFoundError, StoreStateError } from '../store/errors';
import type { Clock } from '../store/types';
import { assertId } from '../store/validation';
import { DECK_COLUMNS, toDeck, toDeckSummary, type DeckRow, type DeckSummaryRow } from './rows';
import type { Deck, DeckDeleteReceipt, DeckSummary } from './types';
import { assertTime, foldKey, normalizeDeckName } from './validation';

export class DeckRepository {
  private readonly now: Clock;
  private readonly insertStmt: Statement<[string, string, number, number], DeckRow>;
  private readonly getLiveStmt: Statement<[number], DeckRow>;
  private readonly getAnyStmt: Statement<[number], DeckRow & { name_key: string; deleted_at: number | null }>;
  private readonly byKeyStmt: Statement<[string], DeckRow>;
  private readonly listStmt: Statement<[{ now: number }], DeckSummaryRow>;
  private readonly renameStmt: Statement<[string, string, number, number]>;
  private readonly deleteDeckStmt: Statement<[number, number]>;
  private readonly deleteCardsStmt: Statement<[number, number]>;
  private readonly restoreDeckStmt: Statement<[number, number]>;
  private readonly restoreCardsStmt: Statement<[number, number]>;

  constructor(
    private readonly db: Database,
    options: { now?: Clock } = {},
  ) {
    this.now = options.now ?? Date.now;
    this.insertStmt = db.prepare(
      `INSERT INTO decks (name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING ${DECK_COLUMNS}`,
    );
    this.getLiveStmt = db.prepare(`SELECT ${DECK_COLUMNS} FROM decks WHERE id = ? AND deleted_at IS NULL`);
    this.getAnyStmt = db.prepare(`SELECT ${DECK_COLUMNS}, name_key, deleted_at FROM decks WHERE id = ?`);
    this.byKeyStmt = db.prepare(`SELECT ${DECK_COLUMNS} FROM decks WHERE name_key = ? AND deleted_at IS NULL`);
    // Each count is answered from its own partial index (see migration 003), never a table scan.
    this.listStmt = db.prepare(
      `SELECT ${DECK_COLUMNS},
         (SELECT count(*) FROM cards c WHERE c.deck_id = d.id AND c.deleted_at IS NULL) AS total,
         (SELECT count(*) FROM cards c WHERE c.deck_id = d.id AND c.deleted_at IS NULL AND c.due <= @now
            AND c.suspended = 0 AND (c.buried_until IS NULL OR c.buried_until <= @now)) AS due,
         (SELECT count(*) FROM cards c WHERE c.deck_id = d.id AND c.deleted_at IS NULL AND c.state = 0) AS new
       FROM decks d WHERE d.deleted_at IS NULL ORDER BY d.name_key, d.id`,
    );
    this.renameStmt = db.prepare(
      `UPDATE decks SET name = ?, name_key = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL`,
    );
    this.deleteDeckStmt = db.prepare(`UPDATE decks SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL`);
    this.deleteCardsStmt = db.prepare(`UPDATE cards SET deleted_at = ? WHERE deck_id = ? AND deleted_at IS NULL`);
    this.restoreDeckStmt = db.prepare(`UPDATE decks SET deleted_at = NULL WHERE id = ? AND deleted_at = ?`);
    // Only the cards hidden together with the deck (same timestamp) come back, not ones deleted earlier.
    this.restoreCardsStmt = db.prepare(`UPDATE cards SET deleted_at = NULL WHERE deck_id = ? AND deleted_at = ?`);
  }

  create(name: string): Deck {
    const normalized = normalizeDeckName(name);
    const key = foldKey(normalized);
    this.assertNameFree(key, normalized, null);
    const now = this.now();
    const row = this.insertStmt.get(normalized, key, now, now);
    if (!row) throw new Error('INSERT … RETURNING produced no row');
    return toDeck(row);
  }

  /** The live deck, or null if it does not exist or is deleted. */
  get(id: number): Deck | null {
    const row = this.getLiveStmt.get(assertId(id, 'Deck id'));
    return row ? toDeck(row) : null;
  }

  require(id: number): Deck {
    const deck = this.get(id);
    if (!deck) throw new StoreNotFoundError('deck', id);
    return deck;
  }

  /** The live deck with this name (case-insensitive), or null. */
  findByName(name: string): Deck | null {
    const row = this.byKeyStmt.get(foldKey(normalizeDeckName(name)));
    return row ? toDeck(row) : null;
  }

  /** Live decks by name, with total, due-at-`now` and new card counts. */
  list(now: number = this.now()): DeckSummary[] {
    return this.listStmt.all({ now: assertTime(now, 'now') }).map(toDeckSummary);
  }

  rename(id: number, name: string): Deck {
    const deckId = assertId(id, 'Deck id');
    const normalized = normalizeDeckName(name);
    const key = foldKey(normalized);
    this.assertNameFree(key, normalized, deckId);
    if (this.renameStmt.run(normalized, key, this.now(), deckId).changes === 0) {
      throw new StoreNotFoundError('deck', deckId);
    }
    return this.require(deckId);
  }

  /** Hides the deck and its live cards in one transaction; restore() undoes both. */
  softDelete(id: number): DeckDeleteReceipt {
    const deckId = assertId(id, 'Deck id');
    const deletedAt = this.now();
    return this.db.transaction(() => {
      if (this.deleteDeckStmt.run(deletedAt, deckId).changes === 0) throw new StoreNotFoundError('deck', deckId);
      const cards = this.deleteCardsStmt.run(deletedAt, deckId).changes;
      return { id: deckId, deletedAt, cards };
    })();
  }

  /** Undoes softDelete: the deck and the cards deleted with it. Restoring a live deck is a no-op. */
  restore(id: number): Deck {
    const deckId = assertId(id, 'Deck id');
    return this.db.transaction(() => {
      const row = this.getAnyStmt.get(deckId);
      if (!row) throw new StoreNotFoundError('deck', deckId);
      if (row.deleted_at === null) return toDeck(row);
      this.assertNameFree(row.name_key, row.name, deckId);
      this.restoreDeckStmt.run(deckId, row.deleted_at);
      this.restoreCardsStmt.run(deckId, row.deleted_at);
      return this.require(deckId);
    })();
  }

  private assertNameFree(key: string, name: string, exceptId: number | null): void {
    const existing = this.byKeyStmt.get(key);
    if (existing && existing.id !== exceptId) {
      throw new StoreStateError(
        `A deck named "${existing.name}" already exists (deck ${existing.id}); pick another name for "${name}"`,
      );
    }
  }
}
