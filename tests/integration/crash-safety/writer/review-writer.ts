// Review logging under the real ReviewService: each rating writes a log row and the card's schedule together.
import type { Database } from 'better-sqlite3';
import { ReviewService, ReviewStore } from '../../../../main/services/review';
import type { Grade } from '../../../../main/services/review/types';
import { sleep, type WriterContext } from './context';
import { liveCardCount, openCardServices, randomCardId, REVIEW_DECK, saveBatch } from './card-services';

const MIN_CARDS = 20;
const DAY_MS = 24 * 60 * 60 * 1000;

export async function runReviewWriter(db: Database, ctx: WriterContext): Promise<void> {
  const services = openCardServices(db, REVIEW_DECK);
  if (liveCardCount(db, services.deck.id) < MIN_CARDS) saveBatch(services, ctx, `r${ctx.run}seed`, MIN_CARDS);
  const review = new ReviewService(services.flashcards, services.settings, { store: new ReviewStore(db) });
  // Each run reviews on a later day, so the day's log (which every rating reads back) stays short and most
  // of the writer's time is spent writing, where the kills should land.
  const dayOffset = ctx.run * DAY_MS;
  for (;;) {
    const cardId = randomCardId(db, services, ctx);
    const rating = ctx.rng.int(1, 4) as Grade;
    const durationMs = ctx.rng.int(500, 9000);
    const reviewAt = Date.now() + dayOffset;
    const rated = review.rate(cardId, rating, { durationMs, now: reviewAt, deckId: services.deck.id });
    const key = { logId: rated.logId, cardId, reviewAt, durationMs };
    ctx.ack({ kind: 'review-rate', ...key });
    // Undo deletes the log row and restores the schedule, again in one transaction.
    if (ctx.rng.next() < 0.15) {
      review.undo();
      ctx.ack({ kind: 'review-undo', ...key });
    }
    await sleep(ctx.rng.int(0, 1));
  }
}
