// ReviewService on a real database: queue order, previews, atomic rating, undo, retention setting, stats.
import { describe, expect, it } from 'vitest';
import { ReviewStore, type NewReviewLog } from '../../../main/services/review';
import { DAY, useReview } from './helpers';

const setup = useReview();
const MIN = 60_000;

function logCount(db: ReturnType<typeof setup>['db']): number {
  return (db.prepare('SELECT count(*) AS n FROM review_logs').get() as { n: number }).n;
}

describe('ReviewService', () => {
  it('orders the queue: learning first, then reviews by due date, then new cards up to the daily limit', () => {
    const { review, addCard, clock } = setup();
    const newA = addCard('new A');
    const learning = addCard('learning');
    const reviewLate = addCard('review due later');
    const reviewEarly = addCard('review due earlier');
    const newB = addCard('new B');
    // Two review cards (Easy graduates a new card), one learning card (Good); two stay new, one per day allowed.
    review.rate(reviewEarly, 4);
    clock.advance(MIN);
    review.rate(reviewLate, 4);
    review.rate(learning, 3);
    review.setSettings({ newCardsPerDay: 1 });
    clock.advance(30 * DAY);
    const queue = review.queue(null, 10);
    expect(queue.cards.map((card) => card.id)).toEqual([learning, reviewEarly, reviewLate, newA]);
    expect(queue.cards.map((card) => card.id)).not.toContain(newB);
    expect(queue.dueCount).toBe(4);
    expect(review.queue(null, 2).cards).toHaveLength(2);
    expect(queue.nextDueAt).toBeNull();
  });

  it('previews all four ratings with growing intervals, and rating Good moves the card out of the queue', () => {
    const { review, addCard, service, clock, db } = setup();
    const id = addCard('Normal serum sodium?', '135–145 mmol/L');
    const previews = review.preview(id);
    expect(previews.map((p) => p.rating)).toEqual([1, 2, 3, 4]);
    const dues = previews.map((p) => p.due);
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    // The learning steps (1 and 10 minutes), and Easy whole days away.
    expect(previews.slice(0, 3).map((p) => p.intervalMs)).toEqual([60_000, 6 * 60_000, 10 * 60_000]);
    expect(previews[3]!.intervalMs % (24 * 60 * 60_000)).toBe(0);
    expect(previews[3]!.intervalMs).toBeGreaterThan(0);

    const result = review.rate(id, 3, { durationMs: 4200 });
    expect(result.card.due).toBe(previews[2]!.due);
    expect(result.card.reps).toBe(1);
    expect(result.next).toBeNull();
    expect(service.getCard(id).due).toBeGreaterThan(clock.now());
    expect(review.queue(null, 10)).toEqual({ cards: [], dueCount: 0, nextDueAt: previews[2]!.due });
    const row = db.prepare('SELECT card_id, rating, state, duration_ms FROM review_logs').get();
    expect(row).toEqual({ card_id: id, rating: 3, state: 0, duration_ms: 4200 });
  });

  it('writes nothing when the log insert fails after the card update', () => {
    class FailingStore extends ReviewStore {
      override appendLog(_log: NewReviewLog): number {
        throw new Error('disk full');
      }
    }
    const { review, addCard, service, db } = setup((database) => new FailingStore(database));
    const id = addCard('Anion gap formula?');
    const before = service.getCard(id);
    expect(() => review.rate(id, 3)).toThrow('disk full');
    expect(service.getCard(id)).toEqual(before);
    expect(logCount(db)).toBe(0);
  });

  it('undo restores the card schedule and removes the log row', () => {
    const { review, addCard, service, db } = setup();
    const id = addCard('Causes of hyperkalemia?');
    const before = service.getCard(id);
    review.rate(id, 4);
    expect(logCount(db)).toBe(1);
    expect(review.undo()).toEqual(before);
    expect(logCount(db)).toBe(0);
    expect(() => review.undo()).toThrow('Nothing to undo');
  });

  it('a lower desired retention gives longer intervals for a review card', () => {
    const { review, addCard, clock } = setup();
    const id = addCard('Winter formula?');
    review.rate(id, 4);
    clock.advance(20 * DAY);
    const at90 = review.preview(id)[2]!.due;
    review.setSettings({ desiredRetention: 0.7 });
    const at70 = review.preview(id)[2]!.due;
    review.setSettings({ desiredRetention: 0.97 });
    const at97 = review.preview(id)[2]!.due;
    expect(at70).toBeGreaterThan(at90);
    expect(at97).toBeLessThan(at90);
  });

  it('refuses out-of-range settings and keeps the stored ones', () => {
    const { review } = setup();
    expect(() => review.setSettings({ desiredRetention: 0.5 })).toThrow(/between 0.7 and 0.99/);
    expect(() => review.setSettings({ newCardsPerDay: -1 })).toThrow(/New cards per day/);
    expect(review.getSettings()).toEqual({ desiredRetention: 0.9, newCardsPerDay: 20 });
  });

  it("reports today's counts, due left and the per-day history", () => {
    const { review, addCard } = setup();
    const a = addCard('a');
    addCard('b');
    review.rate(a, 1);
    const stats = review.stats(30);
    expect(stats.today).toEqual({ reviewed: 1, again: 1, newLearned: 1, dueLeft: 1 });
    expect(stats.days).toHaveLength(30);
    expect(stats.days.at(-1)).toMatchObject({ reviews: 1, again: 1, retention: null });
    expect(stats.retention).toBeNull();
    expect(() => review.stats(0)).toThrow(/days/);
  });
});
