// What a stored card says, whatever its format: a plain card's front and back, or the fields of the
// note an HTML card is rendered from (as text). Round-trip tests compare decks through this.
import type { Card, FlashcardService } from '../../../main/services/flashcards';
import { fieldHtmlToText } from '../../../main/services/flashcards/interchange';

export function cardContent(flashcards: FlashcardService, card: Card) {
  if (card.format === 'text' || card.noteId === null) {
    return { type: card.noteType, front: card.front, back: card.back, tags: [...card.tags].sort() };
  }
  const [front = '', back = ''] = flashcards.notes.get(card.noteId).fields.map(fieldHtmlToText);
  return { type: card.noteType, front, back, tags: [...card.tags].sort() };
}
