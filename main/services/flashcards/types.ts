// Public flashcard types, camelCase, as the store hands them to the rest of the app.

export type NoteType = 'basic' | 'cloze';
export const NOTE_TYPES: readonly NoteType[] = ['basic', 'cloze'];

/** How a card's front/back are stored: plain text (written in the app) or sanitized HTML (rendered from a note). */
export type CardFormat = 'text' | 'html';

/** FSRS card state as ts-fsrs numbers it: New 0, Learning 1, Review 2, Relearning 3. */
export type CardState = 0 | 1 | 2 | 3;

export interface Deck {
  id: number;
  name: string;
  createdAt: number;
  updatedAt: number;
}

/** A deck as listed: with its live card counts at the time asked. */
export interface DeckSummary extends Deck {
  total: number;
  /** Cards whose due time has passed (new cards included). */
  due: number;
  /** Cards never reviewed (FSRS state New). */
  new: number;
}

/** FSRS scheduling state, field for field ts-fsrs's Card (dates as epoch ms). */
export interface CardSchedule {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview: number | null;
}

export interface Card extends CardSchedule {
  id: number;
  deckId: number;
  noteType: NoteType;
  /** 'html': front/back are sanitized HTML rendered from note `noteId` (edit the note, not the card). */
  format: CardFormat;
  front: string;
  back: string;
  /** Sorted, unique. */
  tags: string[];
  sourceMessageId: number | null;
  /** The note this card is rendered from (imported Anki notes); null for the app's plain cards. */
  noteId: number | null;
  /** Suspended cards stay out of the review queue until unsuspended. */
  suspended: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface NewCardInput {
  deckId: number;
  front: string;
  back: string;
  noteType?: NoteType;
  tags?: readonly string[];
  sourceMessageId?: number | null;
}

export interface CardPatch {
  front?: string;
  back?: string;
  noteType?: NoteType;
  tags?: readonly string[];
}

/** A full-text hit on a card: snippet has the matched terms wrapped in [ and ]. */
export interface CardSearchHit {
  cardId: number;
  deckId: number;
  deckName: string;
  front: string;
  snippet: string;
}

/** A full-text hit in chat history (live conversations only). */
export interface MessageSearchHit {
  messageId: number;
  conversationId: number;
  conversationTitle: string;
  role: 'user' | 'assistant';
  snippet: string;
  createdAt: number;
}

export interface DeckDeleteReceipt {
  id: number;
  deletedAt: number;
  /** Cards hidden with the deck; restore brings exactly these back. */
  cards: number;
}
