// Decks: unique names, rename, counts, delete with undo that brings back exactly its cards.
import { describe, expect, it } from 'vitest';
import { StoreNotFoundError, StoreStateError, StoreValidationError } from '../../../main/services/store';
import { useFlashcards } from './helpers';

const setup = useFlashcards();

describe('decks', () => {
  it('creates decks with unique names among live decks, case-insensitively', () => {
    const { service } = setup();
    const renal = service.createDeck('  Renal   physiology ');
    expect(renal.name).toBe('Renal physiology');
    expect(() => service.createDeck('RENAL PHYSIOLOGY')).toThrow(StoreStateError);
    expect(() => service.createDeck('RENAL PHYSIOLOGY')).toThrow(/already exists \(deck \d+\)/);
    expect(() => service.createDeck('   ')).toThrow(StoreValidationError);
    expect(() => service.createDeck('x'.repeat(101))).toThrow(/at most 100/);
    // Once deleted, its name is free again.
    service.deleteDeck(renal.id);
    expect(service.createDeck('Renal physiology').id).not.toBe(renal.id);
  });

  it('renames, refusing a name another deck has', () => {
    const { service, clock } = setup();
    const a = service.createDeck('Cardio');
    service.createDeck('Neuro');
    clock.advance(5);
    expect(service.renameDeck(a.id, 'Cardiology')).toMatchObject({ name: 'Cardiology', updatedAt: a.createdAt + 5 });
    expect(service.renameDeck(a.id, 'cardiology').name).toBe('cardiology');
    expect(() => service.renameDeck(a.id, 'neuro')).toThrow(/"Neuro" already exists/);
    expect(() => service.renameDeck(999, 'X')).toThrow(StoreNotFoundError);
  });

  it('lists decks by name with total, due and new counts', () => {
    const { service, clock, db } = setup();
    const b = service.createDeck('b deck');
    const a = service.createDeck('A deck');
    const cards = [1, 2, 3].map((n) => service.createCard({ deckId: a.id, front: `Q${n}`, back: 'A' }));
    service.createCard({ deckId: b.id, front: 'Q', back: 'A' });
    // One card reviewed and scheduled for tomorrow: not due, not new.
    db.prepare('UPDATE cards SET state = 2, due = ?, reps = 1 WHERE id = ?').run(
      clock.now() + 86_400_000,
      cards[0]!.id,
    );
    service.deleteCard(cards[1]!.id);
    expect(service.listDecks().map(({ name, total, due, new: fresh }) => ({ name, total, due, new: fresh }))).toEqual([
      { name: 'A deck', total: 2, due: 1, new: 1 },
      { name: 'b deck', total: 1, due: 1, new: 1 },
    ]);
  });

  it('delete hides the deck and its cards; restore brings back the deck and exactly those cards', () => {
    const { service, clock } = setup();
    const deck = service.createDeck('Pharm');
    const kept = service.createCard({
      deckId: deck.id,
      front: 'Warfarin antidote?',
      back: 'Vitamin K',
      tags: ['anticoag'],
    });
    const earlier = service.createCard({ deckId: deck.id, front: 'Heparin antidote?', back: 'Protamine' });
    service.deleteCard(earlier.id);
    clock.advance(10);

    const receipt = service.deleteDeck(deck.id);
    expect(receipt).toEqual({ id: deck.id, deletedAt: clock.now(), cards: 1 });
    expect(service.listDecks()).toEqual([]);
    expect(() => service.getCard(kept.id)).toThrow(StoreNotFoundError);
    expect(service.searchCards('warfarin')).toEqual([]);
    expect(service.dueCards(null)).toEqual([]);
    expect(service.tags()).toEqual([]);
    expect(() => service.restoreCard(kept.id)).toThrow(/restore the deck first/);

    expect(service.restoreDeck(deck.id).name).toBe('Pharm');
    expect(service.getCard(kept.id)).toMatchObject({ front: 'Warfarin antidote?', tags: ['anticoag'] });
    expect(service.searchCards('warf').map((hit) => hit.cardId)).toEqual([kept.id]);
    // The card deleted on its own before stays deleted.
    expect(() => service.getCard(earlier.id)).toThrow(StoreNotFoundError);
    expect(service.listDecks()[0]).toMatchObject({ total: 1 });
  });

  it('refuses to restore a deck whose name was taken meanwhile', () => {
    const { service } = setup();
    const old = service.createDeck('Micro');
    service.deleteDeck(old.id);
    service.createDeck('micro');
    expect(() => service.restoreDeck(old.id)).toThrow(/already exists/);
  });

  it('remembers the last deck used and falls back to an Inbox deck created on demand', () => {
    const { service } = setup();
    expect(service.lastDeckId()).toBeNull();
    const first = service.createCard({ deckId: null, front: 'Q1', back: 'A1' });
    const inbox = service.listDecks().find((deck) => deck.name === 'Inbox');
    expect(first.deckId).toBe(inbox?.id);
    const renal = service.createDeck('Renal');
    service.createCard({ deckId: renal.id, front: 'Q2', back: 'A2' });
    expect(service.lastDeckId()).toBe(renal.id);
    expect(service.createCard({ deckId: null, front: 'Q3', back: 'A3' }).deckId).toBe(renal.id);
    service.deleteDeck(renal.id);
    expect(service.lastDeckId()).toBeNull();
    expect(service.createCard({ deckId: null, front: 'Q4', back: 'A4' }).deckId).toBe(inbox?.id);
    service.setLastDeck(null);
    expect(() => service.setLastDeck(renal.id)).toThrow(StoreNotFoundError);
  });
});

describe('purge', () => {
  it('removes decks and cards deleted long enough ago, keeping recent ones for undo', () => {
    const { service, clock, db } = setup();
    const old = service.createDeck('Old');
    service.createCard({ deckId: old.id, front: 'Q1', back: 'A' });
    const live = service.createDeck('Live');
    const gone = service.createCard({ deckId: live.id, front: 'Q2', back: 'A', tags: ['t'] });
    const recent = service.createCard({ deckId: live.id, front: 'Q3', back: 'A' });
    service.deleteDeck(old.id);
    service.deleteCard(gone.id);
    clock.advance(10_000);
    service.deleteCard(recent.id);
    expect(service.purgeDeleted(5_000)).toEqual({ decks: 1, cards: 2 });
    expect(() => service.restoreDeck(old.id)).toThrow(/No deck/);
    expect(() => service.restoreCard(gone.id)).toThrow(/No card/);
    expect(service.restoreCard(recent.id).id).toBe(recent.id);
    expect(db.prepare('SELECT count(*) FROM card_tags').pluck().get()).toBe(0);
    expect(() => service.purgeDeleted(-1)).toThrow(/olderThanMs/);
  });

  it('purges a note with its last card, and keeps notes that still have one or never had any', () => {
    const { service, db } = setup();
    const deck = service.createDeck('Notes');
    const type = db
      .prepare(
        `INSERT INTO note_types (name, kind, fields, templates, css, created_at, updated_at)
         VALUES ('Basic', 'standard', '["Front","Back"]', '[]', '', 0, 0)`,
      )
      .run().lastInsertRowid;
    const note = (guid: string) =>
      db
        .prepare(
          `INSERT INTO notes (guid, note_type_id, fields, created_at, updated_at) VALUES (?, ?, '["a","b"]', 0, 0)`,
        )
        .run(guid, type).lastInsertRowid;
    const card = (noteId: number | bigint, ord: number) => {
      const created = service.createCard({ deckId: deck.id, front: `f${noteId}-${ord}`, back: 'b' });
      db.prepare('UPDATE cards SET note_id = ?, template_ord = ? WHERE id = ?').run(noteId, ord, created.id);
      return created.id;
    };
    const whole = note('whole');
    const half = note('half');
    note('no-cards');
    service.deleteCard(card(whole, 0));
    service.deleteCard(card(whole, 1));
    service.deleteCard(card(half, 0));
    card(half, 1);

    expect(service.purgeDeleted(0)).toEqual({ decks: 0, cards: 3 });
    expect(db.prepare('SELECT guid FROM notes ORDER BY guid').pluck().all()).toEqual(['half', 'no-cards']);
  });
});
