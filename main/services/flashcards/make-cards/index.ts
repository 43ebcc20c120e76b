// "Make cards" from an answer or a topic: public surface.
export {
  MakeCardsService,
  type CardProposal,
  type CardTextGenerator,
  type MakeCardsDeps,
  type MakeCardsResult,
  type MakeCardsSource,
  type NewCardDraft,
} from './make-cards-service';
export { cardsJsonSchema, DEFAULT_MAKE_CARDS_LIMITS, type MakeCardsLimits } from './card-schema';
export { readFreeCards, readGrammarCards } from './read-cards';
export { modelCardGenerator, type CardModel } from './model-generator';
