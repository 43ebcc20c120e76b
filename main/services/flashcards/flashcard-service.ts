// Flashcards use cases over the repositories: saving cards (dedupe, Inbox, last deck), decks, search.
import { z } from 'zod';
import type { Database } from 'better-sqlite3';
import { StoreStateError, StoreValidationError } from '../store/errors';
import type { SettingsRepository } from '../store/settings-repository';
import type { Clock } from '../store/types';
import { assertId } from '../store/validation';
import { CardRepository, type CardPage, type ListCardsOptions } from './card-repository';
import { DeckRepository } from './deck-repository';
import { NoteService } from './notes';
import { SearchRepository } from './search-repository';
import type {
  Card,
  CardPatch,
  CardSearchHit,
  Deck,
  DeckDeleteReceipt,
  DeckSummary,
  MessageSearchHit,
  NoteType,
} from './types';
import { normalizeSide } from './validation';

/** Settings key of the deck the user last saved a card to. */
export const LAST_DECK_KEY = 'flashcards.lastDeckId';
/** Deck used when no deck is chosen and none was used before (created on demand). */
export const DEFAULT_DECK_NAME = 'Inbox';

/** Thrown when a deck already holds a card with the same front; names the card so the UI can show it. */
export class DuplicateCardError extends StoreStateError {
  constructor(
    readonly existingCardId: number,
    front: string,
    deckName: string,
  ) {
    super(`Deck "${deckName}" already has this card (card ${existingCardId}: "${front.slice(0, 80)}")`);
  }
}

export interface CreateCardRequest {
  /** null: the last deck used, or the "Inbox" deck (created if missing). */
  deckId: number | null;
  front: string;
  back: string;
  noteType?: NoteType;
  tags?: readonly string[];
  sourceMessageId?: number | null;
  /** Save even if the deck already has a card with the same front. */
  allowDuplicate?: boolean;
}

export class FlashcardService {
  readonly decks: DeckRepository;
  readonly cards: CardRepository;
  readonly search: SearchRepository;
  /** Imported notes: read and edit their fields (their cards are re-rendered). */
  readonly notes: NoteService;
  private readonly now: Clock;

  constructor(
    private readonly db: Database,
    private readonly settings: SettingsRepository,
    options: { now?: Clock } = {},
  ) {
    this.now = options.now ?? Date.now;
    this.decks = new DeckRepository(db, { now: this.now });
    this.cards = new CardRepository(db, { now: this.now });
    this.search = new SearchRepository(db);
    this.notes = new NoteService(db, this.cards, { now: this.now });
  }

  /**
   * Permanently removes decks and cards soft-deleted at least `olderThanMs` ago (their tags and
   * review logs go with them, and notes whose last card went). Meant for start-up, like the conversations' purge. Returns the counts.
   */
  purgeDeleted(olderThanMs: number): { decks: number; cards: number } {
    if (typeof olderThanMs !== 'number' || !Number.isFinite(olderThanMs) || olderThanMs < 0) {
      throw new StoreValidationError(`olderThanMs must be a finite number >= 0, got ${String(olderThanMs)}`);
    }
    const cutoff = this.now() - olderThanMs;
    return this.db.transaction(() => {
      const noteIds = this.db
        .prepare(
          'SELECT DISTINCT note_id FROM cards WHERE deleted_at IS NOT NULL AND deleted_at <= ? AND note_id IS NOT NULL',
        )
        .pluck()
        .all(cutoff) as number[];
      const cards = this.db.prepare('DELETE FROM cards WHERE deleted_at IS NOT NULL AND deleted_at <= ?').run(cutoff);
      const decks = this.db.prepare('DELETE FROM decks WHERE deleted_at IS NOT NULL AND deleted_at <= ?').run(cutoff);
      // A note goes with its last card (its fields would otherwise keep its media forever); a note that
      // never had a card is left alone.
      const deleteNote = this.db.prepare(
        'DELETE FROM notes WHERE id = ? AND NOT EXISTS (SELECT 1 FROM cards WHERE note_id = ?)',
      );
      for (const id of noteIds) deleteNote.run(id, id);
      return { decks: decks.changes, cards: cards.changes };
    })();
  }

  /** Whether any deck holds a live card (answers are grounded in the cards only then). */
  hasLiveCards(): boolean {
    return this.db.prepare('SELECT 1 FROM cards WHERE deleted_at IS NULL LIMIT 1').get() !== undefined;
  }

  listDecks(): DeckSummary[] {
    return this.decks.list(this.now());
  }

  createDeck(name: string): Deck {
    return this.decks.create(name);
  }

  renameDeck(id: number, name: string): Deck {
    return this.decks.rename(id, name);
  }

  deleteDeck(id: number): DeckDeleteReceipt {
    return this.decks.softDelete(id);
  }

  restoreDeck(id: number): Deck {
    return this.decks.restore(id);
  }

  /** The deck a new card goes to when none is chosen; null if that deck is gone. */
  lastDeckId(): number | null {
    const id = this.settings.get(LAST_DECK_KEY, z.number().int().positive().nullable(), null);
    return id !== null && this.decks.get(id) ? id : null;
  }

  setLastDeck(id: number | null): void {
    if (id !== null) this.decks.require(id);
    this.settings.set(LAST_DECK_KEY, id);
  }

  /** Saves one card; the deck becomes the "last deck used". Same front in the deck → DuplicateCardError. */
  createCard(request: CreateCardRequest): Card {
    const front = normalizeSide(request.front, 'Front');
    normalizeSide(request.back, 'Back', { allowEmpty: request.noteType === 'cloze' });
    return this.db.transaction(() => {
      const deck = request.deckId === null ? this.defaultDeck() : this.decks.require(request.deckId);
      if (!request.allowDuplicate) {
        const existing = this.cards.findSameFront(deck.id, front);
        if (existing) throw new DuplicateCardError(existing.id, existing.front, deck.name);
      }
      const card = this.cards.insert({ ...request, deckId: deck.id, front });
      this.settings.set(LAST_DECK_KEY, deck.id);
      return card;
    })();
  }

  updateCard(id: number, patch: CardPatch): Card {
    return this.cards.update(id, patch);
  }

  /** Moves cards to another live deck in one transaction; any missing card cancels the whole move. */
  moveCards(ids: readonly number[], deckId: number): { moved: number; deckId: number } {
    return this.db.transaction(() => {
      this.decks.require(deckId);
      return { moved: this.cards.move(ids, deckId), deckId };
    })();
  }

  deleteCard(id: number): { id: number; deletedAt: number } {
    return this.cards.softDelete(id);
  }

  restoreCard(id: number): Card {
    return this.cards.restore(id);
  }

  getCard(id: number): Card {
    return this.cards.require(id);
  }

  listCards(options: ListCardsOptions): CardPage {
    this.decks.require(options.deckId);
    return this.cards.list(options);
  }

  dueCards(deckId: number | null, now: number = this.now(), limit = 200): Card[] {
    if (deckId !== null) this.decks.require(assertId(deckId, 'Deck id'));
    return this.cards.due(deckId, now, limit);
  }

  tags(): { tag: string; cards: number }[] {
    return this.cards.tags();
  }

  searchCards(query: string, options: { deckId?: number | null; limit?: number } = {}): CardSearchHit[] {
    return this.search.cards(query, options);
  }

  searchHistory(query: string, options: { limit?: number } = {}): MessageSearchHit[] {
    return this.search.messages(query, options);
  }

  /** The last deck used, else the live "Inbox" deck, created if needed. */
  private defaultDeck(): Deck {
    const lastId = this.lastDeckId();
    if (lastId !== null) return this.decks.require(lastId);
    return this.decks.findByName(DEFAULT_DECK_NAME) ?? this.decks.create(DEFAULT_DECK_NAME);
  }
}
