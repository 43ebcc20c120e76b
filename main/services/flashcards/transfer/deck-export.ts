// Database rows → InterchangeDeck: every live card of the chosen deck(s), with tags and note type.
import type { FlashcardService } from '..';
import { fieldHtmlToText, type InterchangeDeck } from '../interchange';

/** Cards are read in pages this large, so a 50,000-card deck never needs one huge query result. */
const PAGE = 500;

export interface DeckExportOptions {
  /**
   * Cards rendered from notes (imported Anki notes): 'as-text' (CSV/TSV: each card's sides as text) or
   * 'leave-out' (.apkg: the notes go out whole, see anki-export-content.ts). Every deck is listed either way.
   */
  noteCards?: 'as-text' | 'leave-out';
}

export function decksForExport(
  flashcards: FlashcardService,
  deckId: number | null,
  options: DeckExportOptions = {},
): InterchangeDeck[] {
  const decks = deckId === null ? flashcards.listDecks() : [flashcards.decks.require(deckId)];
  const leaveOut = options.noteCards === 'leave-out';
  return decks.map((deck) => {
    const notes: InterchangeDeck['notes'] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = flashcards.cards.list({ deckId: deck.id, offset, limit: PAGE });
      for (const card of page.cards) {
        if (card.noteId !== null && leaveOut) continue;
        const side = (value: string) => (card.format === 'html' ? fieldHtmlToText(value) : value);
        notes.push({ type: card.noteType, front: side(card.front), back: side(card.back), tags: [...card.tags] });
      }
      if (page.cards.length < PAGE) break;
    }
    return { name: deck.name, notes };
  });
}
