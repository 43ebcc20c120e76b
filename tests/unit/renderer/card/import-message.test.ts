// The Import button's summary line: text files as before, Anki packages with notes, updates, media, reviews.
import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../../../preload/contract/features/card-tools';
import { importMessage } from '../../../../renderer/src/features/flashcards/interchange/state/importMessage';
import { i18n } from '../../../../renderer/src/i18n';

const t = i18n.getFixedT('en', 'cards');

const deck = (name: string, added: number) => ({ id: 1, name, created: true, added });

describe('importMessage', () => {
  it('a text file: cards, decks and duplicates, then the first warning', () => {
    const summary: ImportSummary = {
      decks: [deck('Renal', 2), deck('Cardio', 1)],
      cardsAdded: 3,
      duplicatesSkipped: 1,
      warnings: ['line 4: empty back', 'line 9: empty back'],
    };
    expect(importMessage(summary, t)).toBe(
      'Imported 3 cards into 2 decks, 1 duplicate skipped (2 warnings: line 4: empty back)',
    );
  });

  it('an Anki package: notes, notes updated in place, media files and reviews', () => {
    const summary: ImportSummary = {
      decks: [deck('Histology', 1)],
      cardsAdded: 1,
      duplicatesSkipped: 0,
      warnings: [],
      anki: { notes: 1, cards: 1, media: 2, reviews: 0, updated: 0 },
    };
    expect(importMessage(summary, t)).toBe(
      'Imported 1 card into 1 deck, 0 duplicates skipped (1 note, 2 media files, 0 reviews)',
    );
    const again = { ...summary, cardsAdded: 0, anki: { notes: 0, cards: 1, media: 0, reviews: 1_234, updated: 1 } };
    expect(importMessage(again, t)).toBe(
      'Imported 0 cards into 1 deck, 0 duplicates skipped (0 notes, 1 updated, 0 media files, 1,234 reviews)',
    );
  });
});
