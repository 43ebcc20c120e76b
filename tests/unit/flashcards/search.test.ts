// Full-text search over cards: prefix terms, bm25 order, snippets, deck filter, literal input.
import { describe, expect, it } from 'vitest';
import { toFtsPrefixQuery } from '../../../main/services/flashcards';
import { useFlashcards } from './helpers';

const setup = useFlashcards();

describe('card search', () => {
  it('matches word prefixes in front, back and tags, best match first, with a marked snippet', () => {
    const { service } = setup();
    const deck = service.createDeck('Renal');
    const other = service.createDeck('Cardio');
    const inBack = service.createCard({
      deckId: deck.id,
      front: 'ECG change in low potassium?',
      back: 'U waves and flattened T waves appear in hypokalemia, with ST depression',
    });
    const inFront = service.createCard({
      deckId: other.id,
      front: 'Hypokalemia: causes?',
      back: 'Diuretics, vomiting',
    });
    const byTag = service.createCard({
      deckId: deck.id,
      front: 'Loop diuretic',
      back: 'Furosemide',
      tags: ['hypokalemic'],
    });

    const hits = service.searchCards('HYPOKAL');
    expect(hits.map((hit) => hit.cardId)).toEqual([inFront.id, byTag.id, inBack.id]);
    expect(hits[0]).toMatchObject({ deckId: other.id, deckName: 'Cardio', front: 'Hypokalemia: causes?' });
    expect(hits[0]!.snippet).toContain('[Hypokalemia]');
    expect(hits[2]!.snippet).toContain('[hypokalemia]');
    expect(service.searchCards('hypokal', { deckId: deck.id }).map((hit) => hit.cardId)).toEqual([byTag.id, inBack.id]);
    // Every word must match; diacritics are folded.
    expect(service.searchCards('hypok vomit').map((hit) => hit.cardId)).toEqual([inFront.id]);
    expect(service.searchCards('hypokalémia').map((hit) => hit.cardId)).toContain(inFront.id);
    expect(service.searchCards('nothing-here-xyz')).toEqual([]);
  });

  it('treats FTS syntax in the input as text and ignores queries with no words', () => {
    const { service } = setup();
    const deck = service.createDeck('D');
    service.createCard({ deckId: deck.id, front: 'NOT a "quoted" OR (odd) card*', back: 'b' });
    expect(toFtsPrefixQuery('a "b" OR c*')).toBe('"a"* "b"* "OR"* "c"*');
    expect(toFtsPrefixQuery(' ^*" ')).toBeNull();
    expect(service.searchCards('"quoted" OR (odd')).toHaveLength(1);
    expect(service.searchCards('NOT')).toHaveLength(1);
    expect(service.searchCards('***')).toEqual([]);
    expect(() => service.searchCards('x'.repeat(201))).toThrow(/at most 200/);
  });

  it('follows edits and tag changes', () => {
    const { service } = setup();
    const deck = service.createDeck('D');
    const card = service.createCard({ deckId: deck.id, front: 'Old front', back: 'b', tags: ['alpha'] });
    service.updateCard(card.id, { front: 'Brand new front', tags: ['beta'] });
    expect(service.searchCards('old')).toEqual([]);
    expect(service.searchCards('alpha')).toEqual([]);
    expect(service.searchCards('brand beta').map((hit) => hit.cardId)).toEqual([card.id]);
  });
});
