// Public review types: ratings, previews, queue, stats and settings.
import type { Card, CardState } from '../flashcards';

/** FSRS grades: Again 1, Hard 2, Good 3, Easy 4. */
export type Grade = 1 | 2 | 3 | 4;
export const GRADES: readonly Grade[] = [1, 2, 3, 4];

export interface NewReviewLog {
  cardId: number;
  rating: number;
  /** The card's state when it was reviewed (0 New … 3 Relearning). */
  state: CardState;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewAt: number;
  durationMs: number | null;
}

export interface ReviewLogEntry extends NewReviewLog {
  id: number;
}

export interface RatingPreview {
  rating: Grade;
  /** When the card would be due again (epoch ms). */
  due: number;
  /** due - now in ms; the renderer words it in the UI language. */
  intervalMs: number;
}

export interface ReviewQueue {
  /** Cards to review now, in order: learning first, then reviews by due date, then new cards. */
  cards: Card[];
  /** All cards due now (the new ones within today's limit included). */
  dueCount: number;
  /** Earliest future due date when nothing is due now; null when there are no cards. */
  nextDueAt: number | null;
}

export interface RateResult {
  card: Card;
  logId: number;
  /** The next card of the queue (same deck filter), or null when done. */
  next: Card | null;
}

export interface DayStats {
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
  reviews: number;
  again: number;
  /** Share of non-Again among reviews of cards in review state; null when there were none. */
  retention: number | null;
}

export interface ReviewStats {
  today: { reviewed: number; again: number; newLearned: number; dueLeft: number };
  /** Oldest first, one entry per day, today last. */
  days: DayStats[];
  retention: number | null;
}

export interface ReviewSettings {
  /** FSRS request_retention, 0.7–0.99. */
  desiredRetention: number;
  /** New cards introduced per day. */
  newCardsPerDay: number;
}
