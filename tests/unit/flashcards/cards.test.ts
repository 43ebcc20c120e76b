// Cards: validation, dedupe, editor updates, tags, move, delete/undo, paging and the due queue.
import { describe, expect, it } from 'vitest';
import { DuplicateCardError } from '../../../main/services/flashcards';
import {
  ConversationRepository,
  MessageRepository,
  StoreNotFoundError,
  StoreValidationError,
} from '../../../main/services/store';
import { useFlashcards } from './helpers';

const setup = useFlashcards();

describe('cards', () => {
  it("lets a cloze card's back (Anki's Back Extra) be empty, but never a basic card's", () => {
    const { service } = setup();
    const deck = service.createDeck('Cloze');
    const cloze = service.createCard({
      deckId: deck.id,
      front: '{{c1::Insulin}} lowers glucose',
      back: '  ',
      noteType: 'cloze',
    });
    expect(cloze.back).toBe('');
    expect(() => service.createCard({ deckId: deck.id, front: 'Basic?', back: ' ' })).toThrow(StoreValidationError);
    expect(() => service.updateCard(cloze.id, { noteType: 'basic' })).toThrow(/Back must not be empty/);
  });

  it('saves a card from an answer as a new FSRS card due now, linked to its message', () => {
    const { service, clock, db } = setup();
    const chat = new ConversationRepository(db).create('Endo');
    const messages = new MessageRepository(db);
    const answer = messages.startAssistant(chat.id, { modelName: null, profile: null });
    const deck = service.createDeck('Endocrine');
    const card = service.createCard({
      deckId: deck.id,
      front: '  What is DKA?  ',
      back: 'Diabetic ketoacidosis\n',
      tags: ['endo', ' diabetes ', 'endo', ''],
      sourceMessageId: answer.id,
    });
    expect(card).toMatchObject({
      deckId: deck.id,
      noteType: 'basic',
      front: 'What is DKA?',
      back: 'Diabetic ketoacidosis',
      tags: ['diabetes', 'endo'],
      sourceMessageId: answer.id,
      due: clock.now(),
      state: 0,
      reps: 0,
      lapses: 0,
      stability: 0,
      difficulty: 0,
      lastReview: null,
    });
    expect(service.getCard(card.id)).toEqual(card);
    // Deleting the conversation for good keeps the card, without its source link.
    db.prepare('DELETE FROM conversations WHERE id = ?').run(chat.id);
    expect(service.getCard(card.id).sourceMessageId).toBeNull();
  });

  it('refuses empty, oversized or badly tagged cards with a message naming the problem', () => {
    const { service } = setup();
    const deck = service.createDeck('D');
    const make = (front: string, back: string, tags?: string[]) =>
      service.createCard({ deckId: deck.id, front, back, tags });
    expect(() => make('  ', 'x')).toThrow('Front must not be empty');
    expect(() => make('x', '\n')).toThrow('Back must not be empty');
    expect(() => make('x', 'é'.repeat(10_241))).toThrow(/Back is 20482 bytes; the limit is 20480/);
    expect(() => make('x', 'y', ['two words'])).toThrow(/must not contain spaces/);
    expect(() => service.createCard({ deckId: 999, front: 'x', back: 'y' })).toThrow(StoreNotFoundError);
    expect(() => make('x', 'y'.repeat(20_480))).not.toThrow();
  });

  it('dedupes on the front within a deck (case and spacing ignored), unless allowed', () => {
    const { service } = setup();
    const deck = service.createDeck('Cardio');
    const other = service.createDeck('Other');
    const first = service.createCard({ deckId: deck.id, front: 'What causes  AF?', back: 'Many things' });
    let error: unknown;
    try {
      service.createCard({ deckId: deck.id, front: 'what causes af?', back: 'Else' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DuplicateCardError);
    expect((error as DuplicateCardError).existingCardId).toBe(first.id);
    expect((error as Error).message).toContain(`card ${first.id}: "What causes  AF?"`);
    expect(service.createCard({ deckId: other.id, front: 'What causes AF?', back: 'x' }).deckId).toBe(other.id);
    expect(service.createCard({ deckId: deck.id, front: 'WHAT causes AF?', back: 'y', allowDuplicate: true }).id).toBe(
      first.id + 2,
    );
    // A deleted card no longer blocks its front.
    const solo = service.createDeck('Solo');
    const gone = service.createCard({ deckId: solo.id, front: 'Q', back: 'A' });
    service.deleteCard(gone.id);
    expect(() => service.createCard({ deckId: solo.id, front: 'q', back: 'A' })).not.toThrow();
  });

  it('updates front, back, type and tags from the card editor', () => {
    const { service, clock } = setup();
    const deck = service.createDeck('D');
    const card = service.createCard({ deckId: deck.id, front: 'Q', back: 'A', tags: ['old', 'keep'] });
    clock.advance(1000);
    const updated = service.updateCard(card.id, {
      front: 'The {{c1::aorta}} is the largest artery',
      back: 'Extra',
      noteType: 'cloze',
      tags: ['keep', 'anatomy'],
    });
    expect(updated).toMatchObject({
      noteType: 'cloze',
      back: 'Extra',
      tags: ['anatomy', 'keep'],
      updatedAt: clock.now(),
    });
    expect(service.updateCard(card.id, { back: 'Only back' })).toMatchObject({
      front: 'The {{c1::aorta}} is the largest artery',
      tags: ['anatomy', 'keep'],
    });
    expect(service.tags()).toEqual([
      { tag: 'anatomy', cards: 1 },
      { tag: 'keep', cards: 1 },
    ]);
    expect(() => service.updateCard(card.id, { front: '' })).toThrow(StoreValidationError);
    expect(() => service.updateCard(card.id, { noteType: 'image' as never })).toThrow(/'basic' or 'cloze'/);
    service.deleteCard(card.id);
    expect(() => service.updateCard(card.id, { back: 'x' })).toThrow(StoreNotFoundError);
  });

  it('moves cards between decks all or none', () => {
    const { service } = setup();
    const from = service.createDeck('From');
    const to = service.createDeck('To');
    const [a, b, c] = ['1', '2', '3'].map((n) => service.createCard({ deckId: from.id, front: n, back: n }));
    expect(service.moveCards([a!.id, b!.id, a!.id], to.id)).toEqual({ moved: 2, deckId: to.id });
    expect(service.listCards({ deckId: to.id, offset: 0, limit: 10 }).cards.map((card) => card.id)).toEqual([
      a!.id,
      b!.id,
    ]);
    // One missing card: nothing moves.
    expect(() => service.moveCards([c!.id, 9999], to.id)).toThrow(StoreNotFoundError);
    expect(service.getCard(c!.id).deckId).toBe(from.id);
    service.deleteDeck(from.id);
    expect(() => service.moveCards([a!.id], from.id)).toThrow(StoreNotFoundError);
    expect(() => service.moveCards([], to.id)).toThrow(/at least one card/);
  });

  it('soft-deletes a card and restores it on undo; deleted cards are never listed, searched or due', () => {
    const { service } = setup();
    const deck = service.createDeck('D');
    const card = service.createCard({
      deckId: deck.id,
      front: 'Nephron segments',
      back: 'PCT, loop, DCT',
      tags: ['renal'],
    });
    expect(service.deleteCard(card.id).id).toBe(card.id);
    expect(service.listCards({ deckId: deck.id, offset: 0, limit: 10 })).toEqual({ total: 0, cards: [] });
    expect(service.listCards({ deckId: deck.id, query: 'nephron', offset: 0, limit: 10 }).total).toBe(0);
    expect(service.searchCards('nephron')).toEqual([]);
    expect(service.dueCards(deck.id)).toEqual([]);
    expect(service.tags()).toEqual([]);
    expect(() => service.deleteCard(card.id)).toThrow(StoreNotFoundError);
    expect(service.restoreCard(card.id)).toEqual(card);
    expect(service.searchCards('renal').map((hit) => hit.cardId)).toEqual([card.id]);
  });

  it('pages a deck in creation order with its total, with or without a query', () => {
    const { service } = setup();
    const deck = service.createDeck('D');
    const ids = Array.from(
      { length: 25 },
      (_, n) => service.createCard({ deckId: deck.id, front: `Card ${n} ${n % 2 ? 'odd' : 'even'}`, back: 'b' }).id,
    );
    const page = service.listCards({ deckId: deck.id, offset: 10, limit: 5 });
    expect(page.total).toBe(25);
    expect(page.cards.map((card) => card.id)).toEqual(ids.slice(10, 15));
    const odd = service.listCards({ deckId: deck.id, query: 'od', offset: 2, limit: 3 });
    expect(odd.total).toBe(12);
    expect(odd.cards.map((card) => card.front)).toEqual(['Card 5 odd', 'Card 7 odd', 'Card 9 odd']);
    expect(() => service.listCards({ deckId: deck.id, offset: 0, limit: 501 })).toThrow(
      /limit must be an integer 1-500/,
    );
    expect(() => service.listCards({ deckId: deck.id, offset: -1, limit: 5 })).toThrow(/offset/);
  });

  it('builds the due queue ordered by due time, per deck or across decks', () => {
    const { service, clock, db } = setup();
    const a = service.createDeck('A');
    const b = service.createDeck('B');
    const base = clock.now();
    const make = (deckId: number, front: string, dueIn: number) => {
      const card = service.createCard({ deckId, front, back: 'x' });
      db.prepare('UPDATE cards SET due = ?, state = 2 WHERE id = ?').run(base + dueIn, card.id);
      return card.id;
    };
    const late = make(a.id, 'late', -1000);
    const early = make(b.id, 'early', -5000);
    const future = make(a.id, 'future', 60_000);
    const middle = make(a.id, 'middle', -3000);
    expect(service.dueCards(null, base, 200).map((card) => card.id)).toEqual([early, middle, late]);
    expect(service.dueCards(a.id, base, 200).map((card) => card.id)).toEqual([middle, late]);
    expect(service.dueCards(null, base, 1).map((card) => card.id)).toEqual([early]);
    expect(service.dueCards(a.id, base + 60_000, 10).map((card) => card.id)).toEqual([middle, late, future]);
    expect(() => service.dueCards(null, base, 0)).toThrow(/limit/);
    expect(() => service.dueCards(999, base, 10)).toThrow(StoreNotFoundError);
  });
});
