// Spaced-repetition review on FSRS: the queue, previews of each rating, rating (atomic), undo, stats, settings.
import { z } from 'zod';
import type { Card, CardSchedule, FlashcardService } from '../flashcards';
import { StoreNotFoundError, StoreStateError, StoreValidationError } from '../store/errors';
import type { SettingsRepository } from '../store/settings-repository';
import type { Clock } from '../store/types';
import type { ReviewStore } from './review-store';
import { createScheduler, fromFsrsCard, fromFsrsLog, toFsrsCard } from './scheduler';
import { dailyStats, retentionOf, startOfDay, todayCounts } from './stats';
import {
  GRADES,
  type Grade,
  type RateResult,
  type RatingPreview,
  type ReviewQueue,
  type ReviewSettings,
  type ReviewStats,
} from './types';

export const RETENTION_KEY = 'review.desiredRetention';
export const NEW_PER_DAY_KEY = 'review.newCardsPerDay';
export const RETENTION_MIN = 0.7;
export const RETENTION_MAX = 0.99;
export const NEW_PER_DAY_MAX = 9999;
export const STATS_DAYS_MAX = 365;
export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = { desiredRetention: 0.9, newCardsPerDay: 20 };

const retentionSchema = z.number().min(RETENTION_MIN).max(RETENTION_MAX);
const newPerDaySchema = z.number().int().min(0).max(NEW_PER_DAY_MAX);
/** Longest a single answer is counted (a card left open over lunch says nothing about recall time). */
const DURATION_MAX_MS = 60 * 60 * 1000;
/** How many due cards the queue looks at before ordering them. */
const QUEUE_SCAN = 1000;

/** What undo needs: the card as it was before the last rating and the log row that rating added. */
interface LastRating {
  cardId: number;
  before: CardSchedule;
  logId: number;
}

export class ReviewService {
  private readonly store: ReviewStore;
  private readonly now: Clock;
  private last: LastRating | null = null;

  constructor(
    private readonly flashcards: FlashcardService,
    private readonly settings: SettingsRepository,
    options: { store: ReviewStore; now?: Clock },
  ) {
    this.store = options.store;
    this.now = options.now ?? Date.now;
  }

  getSettings(): ReviewSettings {
    return {
      desiredRetention: this.settings.get(RETENTION_KEY, retentionSchema, DEFAULT_REVIEW_SETTINGS.desiredRetention),
      newCardsPerDay: this.settings.get(NEW_PER_DAY_KEY, newPerDaySchema, DEFAULT_REVIEW_SETTINGS.newCardsPerDay),
    };
  }

  setSettings(patch: Partial<ReviewSettings>): ReviewSettings {
    if (patch.desiredRetention !== undefined) {
      if (!retentionSchema.safeParse(patch.desiredRetention).success) {
        throw new StoreValidationError(
          `Desired retention must be between ${RETENTION_MIN} and ${RETENTION_MAX}, got ${patch.desiredRetention}`,
        );
      }
      this.settings.set(RETENTION_KEY, patch.desiredRetention);
    }
    if (patch.newCardsPerDay !== undefined) {
      if (!newPerDaySchema.safeParse(patch.newCardsPerDay).success) {
        throw new StoreValidationError(
          `New cards per day must be a whole number 0–${NEW_PER_DAY_MAX}, got ${patch.newCardsPerDay}`,
        );
      }
      this.settings.set(NEW_PER_DAY_KEY, patch.newCardsPerDay);
    }
    return this.getSettings();
  }

  /** Cards to review now: (re)learning first, then reviews by due date, then today's share of new cards. */
  queue(deckId: number | null, limit: number, now: number = this.now()): ReviewQueue {
    const due = this.flashcards.dueCards(deckId, now, QUEUE_SCAN);
    const newAllowed = Math.max(0, this.getSettings().newCardsPerDay - this.newLearnedToday(now));
    const learning = due.filter((card) => card.state === 1 || card.state === 3);
    const reviews = due.filter((card) => card.state === 2);
    const fresh = due.filter((card) => card.state === 0).slice(0, newAllowed);
    const ordered = [...learning, ...reviews, ...fresh];
    return {
      cards: ordered.slice(0, limit),
      dueCount: ordered.length,
      nextDueAt: ordered.length > 0 ? null : this.store.nextDue(deckId, now),
    };
  }

  /** For each rating, when the card would be due next and how long from now that is. */
  preview(cardId: number, now: number = this.now()): RatingPreview[] {
    const card = this.flashcards.getCard(cardId);
    const record = this.scheduler().repeat(toFsrsCard(card), new Date(now));
    return GRADES.map((rating) => {
      const due = record[rating].card.due.getTime();
      return { rating, due, intervalMs: due - now };
    });
  }

  /** Rates a card: its FSRS columns and a review log row are written in one transaction. */
  rate(
    cardId: number,
    rating: Grade,
    options: { durationMs?: number | null; deckId?: number | null; now?: number } = {},
  ): RateResult {
    if (!GRADES.includes(rating)) throw new StoreValidationError(`Rating must be 1–4, got ${String(rating)}`);
    const now = options.now ?? this.now();
    const duration =
      options.durationMs === undefined || options.durationMs === null
        ? null
        : Math.min(DURATION_MAX_MS, Math.max(0, Math.round(options.durationMs)));
    const before = this.flashcards.getCard(cardId);
    const item = this.scheduler().next(toFsrsCard(before), new Date(now), rating);
    const logId = this.store.transaction(() => {
      if (!this.store.writeSchedule(cardId, fromFsrsCard(item.card))) throw new StoreNotFoundError('card', cardId);
      return this.store.appendLog(fromFsrsLog(cardId, item.log, duration));
    });
    this.last = { cardId, before, logId };
    const deckId = options.deckId === undefined ? null : options.deckId;
    return { card: this.flashcards.getCard(cardId), logId, next: this.queue(deckId, 1, now).cards[0] ?? null };
  }

  /** Takes back the last rating of this session: the card's schedule returns and its log row goes. */
  undo(): Card {
    const last = this.last;
    if (!last) throw new StoreStateError('Nothing to undo');
    this.store.transaction(() => {
      if (!this.store.writeSchedule(last.cardId, last.before)) throw new StoreNotFoundError('card', last.cardId);
      this.store.deleteLog(last.logId);
    });
    this.last = null;
    return this.flashcards.getCard(last.cardId);
  }

  stats(days: number, deckId: number | null = null, now: number = this.now()): ReviewStats {
    if (!Number.isInteger(days) || days < 1 || days > STATS_DAYS_MAX) {
      throw new StoreValidationError(`days must be a whole number 1–${STATS_DAYS_MAX}, got ${String(days)}`);
    }
    const logs = this.store.logsSince(startOfDay(now, days - 1));
    return {
      today: { ...todayCounts(logs, now), dueLeft: this.queue(deckId, 1, now).dueCount },
      days: dailyStats(logs, now, days),
      retention: retentionOf(logs),
    };
  }

  /** The card a review "Explain" asks the model about. */
  card(cardId: number): Card {
    return this.flashcards.getCard(cardId);
  }

  private newLearnedToday(now: number): number {
    return todayCounts(this.store.logsSince(startOfDay(now)), now).newLearned;
  }

  private scheduler() {
    return createScheduler(this.getSettings().desiredRetention);
  }
}
