// Flashcards: decks, cards (save from an answer, edit, move, delete with undo), paging, search.
import { z } from 'zod';
import { LIMITS } from '../limits';
import { idSchema } from '../schemas';
import { textSchema } from '../text';

/** Caps that mirror the store's rules, so oversized input is refused before any service runs. */
const DECK_NAME_CHARS = 100;
/** 20 KB of UTF-8 is at most 20,480 UTF-16 units; the store checks the exact byte count. */
const CARD_SIDE_CHARS = 20 * 1024;
const TAG_CHARS = LIMITS.tagChars;
const TAGS_MAX = LIMITS.tagsPerCard;
const PAGE_MAX = 500;
const SEARCH_MAX = 100;
const MOVE_MAX = 5000;

const deckNameSchema = textSchema(DECK_NAME_CHARS, { trim: true, min: 1 });
const sideSchema = textSchema(CARD_SIDE_CHARS);
const tagsSchema = z.array(textSchema(TAG_CHARS)).max(TAGS_MAX);
const noteTypeSchema = z.enum(['basic', 'cloze']);
export const cardFormatSchema = z.enum(['text', 'html']);
const querySchema = textSchema(LIMITS.searchChars);

export const deckSchema = z.strictObject({
  id: idSchema,
  name: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

export const deckSummarySchema = deckSchema.extend({
  total: z.number().int().min(0),
  /** Cards due now, new ones included. */
  due: z.number().int().min(0),
  new: z.number().int().min(0),
});

/** A card with its FSRS state (ts-fsrs Card fields; times in epoch ms; state 0 New … 3 Relearning). */
export const cardSchema = z.strictObject({
  id: idSchema,
  deckId: idSchema,
  noteType: noteTypeSchema,
  /** 'text': front/back are plain text. 'html': sanitized HTML rendered from note `noteId` (show as HTML). */
  format: cardFormatSchema,
  front: z.string(),
  back: z.string(),
  tags: z.array(z.string()),
  sourceMessageId: idSchema.nullable(),
  /** The note the card is rendered from (imported Anki notes; edit it with notes:update); null for plain cards. */
  noteId: idSchema.nullable(),
  /** Suspended cards are kept but never come up in review. */
  suspended: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
  due: z.number(),
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number(),
  reps: z.number().int().min(0),
  lapses: z.number().int().min(0),
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  lastReview: z.number().nullable(),
});

/** Search hits: the snippet marks matched words with [ and ]; front is text (an HTML card's without tags). */
export const cardSearchHitSchema = z.strictObject({
  cardId: idSchema,
  deckId: idSchema,
  deckName: z.string(),
  front: z.string(),
  snippet: z.string(),
});

export const messageSearchHitSchema = z.strictObject({
  messageId: idSchema,
  conversationId: idSchema,
  conversationTitle: z.string(),
  role: z.enum(['user', 'assistant']),
  snippet: z.string(),
  createdAt: z.number(),
});

const cardPatchSchema = z.strictObject({
  front: sideSchema.optional(),
  back: sideSchema.optional(),
  noteType: noteTypeSchema.optional(),
  tags: tagsSchema.optional(),
});

export const flashcardsInvokeChannels = {
  'decks:list': { request: z.strictObject({}), response: z.array(deckSummarySchema) },
  'decks:create': { request: z.strictObject({ name: deckNameSchema }), response: deckSchema },
  'decks:rename': { request: z.strictObject({ id: idSchema, name: deckNameSchema }), response: deckSchema },
  'decks:delete': {
    request: z.strictObject({ id: idSchema }),
    response: z.strictObject({ id: idSchema, deletedAt: z.number(), cards: z.number().int().min(0) }),
  },
  'decks:restore': { request: z.strictObject({ id: idSchema }), response: deckSchema },
  /** The deck "save card" preselects; null when none was used yet (or it was deleted). */
  'decks:getLast': { request: z.strictObject({}), response: z.strictObject({ deckId: idSchema.nullable() }) },
  'decks:setLast': {
    request: z.strictObject({ deckId: idSchema.nullable() }),
    response: z.strictObject({ deckId: idSchema.nullable() }),
  },
  /** Save a card (e.g. from an answer). deckId null = the last deck used, else an "Inbox" deck. */
  'cards:create': {
    request: z.strictObject({
      deckId: idSchema.nullable(),
      front: sideSchema,
      back: sideSchema,
      noteType: noteTypeSchema.optional(),
      tags: tagsSchema.optional(),
      sourceMessageId: idSchema.nullable().optional(),
      /** Save even if the deck has a card with the same front (otherwise: 'conflict'). */
      allowDuplicate: z.boolean().optional(),
    }),
    response: cardSchema,
  },
  'cards:get': { request: z.strictObject({ id: idSchema }), response: cardSchema },
  'cards:update': { request: z.strictObject({ id: idSchema, patch: cardPatchSchema }), response: cardSchema },
  /** One page of a deck for a virtualized list; total = matching cards in the deck. */
  'cards:list': {
    request: z.strictObject({
      deckId: idSchema,
      query: querySchema.optional(),
      offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
      limit: z.number().int().min(1).max(PAGE_MAX),
    }),
    response: z.strictObject({ total: z.number().int().min(0), cards: z.array(cardSchema) }),
  },
  'cards:move': {
    request: z.strictObject({ ids: z.array(idSchema).min(1).max(MOVE_MAX), deckId: idSchema }),
    response: z.strictObject({ moved: z.number().int().min(0), deckId: idSchema }),
  },
  'cards:delete': {
    request: z.strictObject({ id: idSchema }),
    response: z.strictObject({ id: idSchema, deletedAt: z.number() }),
  },
  'cards:restore': { request: z.strictObject({ id: idSchema }), response: cardSchema },
  /** Cards due now, earliest first; deckId null = all decks. */
  'cards:due': {
    request: z.strictObject({ deckId: idSchema.nullable(), limit: z.number().int().min(1).max(1000).optional() }),
    response: z.array(cardSchema),
  },
  'cards:search': {
    request: z.strictObject({
      query: querySchema,
      deckId: idSchema.nullable().optional(),
      limit: z.number().int().min(1).max(SEARCH_MAX).optional(),
    }),
    response: z.array(cardSearchHitSchema),
  },
  'history:search': {
    request: z.strictObject({ query: querySchema, limit: z.number().int().min(1).max(SEARCH_MAX).optional() }),
    response: z.array(messageSearchHitSchema),
  },
  'tags:list': {
    request: z.strictObject({}),
    response: z.array(z.strictObject({ tag: z.string(), cards: z.number().int().min(0) })),
  },
} as const;

type Channels = typeof flashcardsInvokeChannels;
type Request<C extends keyof Channels> = z.input<Channels[C]['request']>;
type Response<C extends keyof Channels> = z.output<Channels[C]['response']>;

export type Deck = z.infer<typeof deckSchema>;
export type DeckSummary = z.infer<typeof deckSummarySchema>;
export type FlashCard = z.infer<typeof cardSchema>;
export type CardFormat = z.infer<typeof cardFormatSchema>;
export type CardSearchHit = z.infer<typeof cardSearchHitSchema>;
export type MessageSearchHit = z.infer<typeof messageSearchHitSchema>;
export type CardPatch = z.infer<typeof cardPatchSchema>;

export interface FlashcardsApi {
  listDecks(): Promise<Response<'decks:list'>>;
  createDeck(name: string): Promise<Response<'decks:create'>>;
  renameDeck(id: number, name: string): Promise<Response<'decks:rename'>>;
  deleteDeck(id: number): Promise<Response<'decks:delete'>>;
  restoreDeck(id: number): Promise<Response<'decks:restore'>>;
  getLastDeck(): Promise<Response<'decks:getLast'>>;
  setLastDeck(deckId: number | null): Promise<Response<'decks:setLast'>>;
  createCard(request: Request<'cards:create'>): Promise<Response<'cards:create'>>;
  getCard(id: number): Promise<Response<'cards:get'>>;
  updateCard(id: number, patch: CardPatch): Promise<Response<'cards:update'>>;
  listCards(request: Request<'cards:list'>): Promise<Response<'cards:list'>>;
  moveCards(ids: number[], deckId: number): Promise<Response<'cards:move'>>;
  deleteCard(id: number): Promise<Response<'cards:delete'>>;
  restoreCard(id: number): Promise<Response<'cards:restore'>>;
  dueCards(deckId: number | null, limit?: number): Promise<Response<'cards:due'>>;
  searchCards(request: Request<'cards:search'>): Promise<Response<'cards:search'>>;
  searchHistory(query: string, limit?: number): Promise<Response<'history:search'>>;
  listTags(): Promise<Response<'tags:list'>>;
}
