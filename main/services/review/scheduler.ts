// ts-fsrs glue: our CardSchedule (epoch ms) <-> ts-fsrs Card (Dates), and a scheduler per retention.
import { fsrs, type Card as FsrsCard, type FSRS, type ReviewLog as FsrsReviewLog } from 'ts-fsrs';
import type { CardSchedule, CardState } from '../flashcards';
import type { NewReviewLog } from './types';

export function createScheduler(desiredRetention: number): FSRS {
  // Fuzz off: the interval shown on a button is exactly the one rating it gives.
  return fsrs({ request_retention: desiredRetention, enable_fuzz: false });
}

export function toFsrsCard(card: CardSchedule): FsrsCard {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.lastReview === null ? {} : { last_review: new Date(card.lastReview) }),
  };
}

export function fromFsrsCard(card: FsrsCard): CardSchedule {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as number as CardState,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

export function fromFsrsLog(cardId: number, log: FsrsReviewLog, durationMs: number | null): NewReviewLog {
  return {
    cardId,
    rating: log.rating,
    state: log.state as number as CardState,
    due: log.due.getTime(),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    reviewAt: log.review.getTime(),
    durationMs,
  };
}
