// The flashcard services as the app builds them, plus the acked "Make cards" batch save both writers use.
import type { Database } from 'better-sqlite3';
import { FlashcardService, type Deck } from '../../../../main/services/flashcards';
import { MakeCardsService } from '../../../../main/services/flashcards/make-cards/make-cards-service';
import { SettingsRepository } from '../../../../main/services/store';
import { checksum } from '../ack';
import { batchCards } from '../texts';
import type { WriterContext } from './context';

/** Where "Make cards" batches go; the review writer rates cards of its own small deck. */
export const CARDS_DECK = 'Crash deck';
export const REVIEW_DECK = 'Review deck';

export interface CardServices {
  settings: SettingsRepository;
  flashcards: FlashcardService;
  makeCards: MakeCardsService;
  deck: Deck;
}

export function openCardServices(db: Database, deckName: string): CardServices {
  const settings = new SettingsRepository(db);
  const flashcards = new FlashcardService(db, settings);
  const makeCards = new MakeCardsService({
    db,
    flashcards,
    generate: () => Promise.reject(new Error('the crash writer has no model')),
    messageText: () => null,
  });
  const deck = flashcards.decks.findByName(deckName) ?? flashcards.createDeck(deckName);
  return { settings, flashcards, makeCards, deck };
}

/** Saves one batch of `size` cards in one transaction (Make cards → Save), then acks it. */
export function saveBatch(services: CardServices, ctx: WriterContext, batch: string, size: number): void {
  const drafts = batchCards(batch, size);
  const { created } = services.makeCards.createMany(services.deck.id, drafts);
  if (created !== size) throw new Error(`batch ${batch}: saved ${created} of ${size} cards`);
  ctx.ack({ kind: 'cards-batch', batch, size, checksum: batchChecksum(drafts.map((draft) => draft.front)) });
}

export function batchChecksum(fronts: readonly string[]): string {
  return checksum([...fronts].sort().join('\n'));
}

export function liveCardCount(db: Database, deckId: number): number {
  const row = db.prepare('SELECT count(*) AS n FROM cards WHERE deck_id = ? AND deleted_at IS NULL').get(deckId) as {
    n: number;
  };
  return row.n;
}

/** The id of a random live card of the deck (there must be at least one). */
export function randomCardId(db: Database, services: CardServices, ctx: WriterContext): number {
  const count = liveCardCount(db, services.deck.id);
  const row = db
    .prepare('SELECT id FROM cards WHERE deck_id = ? AND deleted_at IS NULL ORDER BY id LIMIT 1 OFFSET ?')
    .get(services.deck.id, ctx.rng.int(0, count - 1)) as { id: number };
  return row.id;
}
