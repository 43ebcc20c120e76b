// Tolerant flashcard text parser: public surface.
export { parseCards } from './parse-cards';
export { dedupeAgainst, dedupeCards } from './dedupe';
export { checkCloze, looksLikeCloze, type ClozeCheck } from './cloze';
export { cardKey } from './text';
export { CardParseError, MAX_CARD_INPUT_CHARS } from './limits';
export type { ParsedCard, ParsedCardType } from './types';
