// window.api functions for flashcards: decks, cards, search and tags.
import type { MeaBridgeApi } from '../../contract/api';
import type { FlashcardsApi } from '../../contract/features/flashcards';
import type { BridgeTools } from '../bridge-tools';

export function flashcardsBridge({ call }: BridgeTools): Pick<MeaBridgeApi, keyof FlashcardsApi> {
  return {
    listDecks: () => call('decks:list', {}),
    createDeck: (name) => call('decks:create', { name }),
    renameDeck: (id, name) => call('decks:rename', { id, name }),
    deleteDeck: (id) => call('decks:delete', { id }),
    restoreDeck: (id) => call('decks:restore', { id }),
    getLastDeck: () => call('decks:getLast', {}),
    setLastDeck: (deckId) => call('decks:setLast', { deckId }),
    createCard: (request) => call('cards:create', request),
    getCard: (id) => call('cards:get', { id }),
    updateCard: (id, patch) => call('cards:update', { id, patch }),
    listCards: (request) => call('cards:list', request),
    moveCards: (ids, deckId) => call('cards:move', { ids, deckId }),
    deleteCard: (id) => call('cards:delete', { id }),
    restoreCard: (id) => call('cards:restore', { id }),
    dueCards: (deckId, limit) => call('cards:due', limit === undefined ? { deckId } : { deckId, limit }),
    searchCards: (request) => call('cards:search', request),
    searchHistory: (query, limit) => call('history:search', limit === undefined ? { query } : { query, limit }),
    listTags: () => call('tags:list', {}),
  };
}
