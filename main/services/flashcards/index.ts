// Public API of the flashcards data layer (the parse/ and interchange/ folders have their own).
export {
  FlashcardService,
  DuplicateCardError,
  LAST_DECK_KEY,
  DEFAULT_DECK_NAME,
  type CreateCardRequest,
} from './flashcard-service';
export { DeckRepository } from './deck-repository';
export { CardRepository, MOVE_BATCH_MAX, type CardPage, type ListCardsOptions } from './card-repository';
export { SearchRepository } from './search-repository';
export * from './types';
export {
  CARD_SIDE_MAX_BYTES,
  DECK_NAME_MAX_CHARS,
  TAG_MAX_CHARS,
  TAGS_PER_CARD_MAX,
  fitTags,
  PAGE_LIMIT_MAX,
  SEARCH_LIMIT_MAX,
  DUE_LIMIT_MAX,
  foldKey,
  toFtsPrefixQuery,
} from './validation';
