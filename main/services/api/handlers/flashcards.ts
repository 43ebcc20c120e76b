// Flashcard channels → FlashcardService.
import type { flashcardsInvokeChannels } from '../../../../preload/contract/features/flashcards';
import type { FlashcardService } from '../../flashcards';
import type { FeatureHandlers } from './types';

export function flashcardsHandlers(flashcards: FlashcardService): FeatureHandlers<typeof flashcardsInvokeChannels> {
  return {
    'decks:list': () => flashcards.listDecks(),
    'decks:create': ({ name }) => flashcards.createDeck(name),
    'decks:rename': ({ id, name }) => flashcards.renameDeck(id, name),
    'decks:delete': ({ id }) => flashcards.deleteDeck(id),
    'decks:restore': ({ id }) => flashcards.restoreDeck(id),
    'decks:getLast': () => ({ deckId: flashcards.lastDeckId() }),
    'decks:setLast': ({ deckId }) => (flashcards.setLastDeck(deckId), { deckId }),
    'cards:create': (request) => flashcards.createCard(request),
    'cards:get': ({ id }) => flashcards.getCard(id),
    'cards:update': ({ id, patch }) => flashcards.updateCard(id, patch),
    'cards:list': (request) => flashcards.listCards(request),
    'cards:move': ({ ids, deckId }) => flashcards.moveCards(ids, deckId),
    'cards:delete': ({ id }) => flashcards.deleteCard(id),
    'cards:restore': ({ id }) => flashcards.restoreCard(id),
    'cards:due': ({ deckId, limit }) => flashcards.dueCards(deckId, undefined, limit),
    'cards:search': ({ query, deckId, limit }) => flashcards.searchCards(query, { deckId, limit }),
    'history:search': ({ query, limit }) => flashcards.searchHistory(query, { limit }),
    'tags:list': () => flashcards.tags(),
  };
}
