// Review statistics on a hand-built log: per-day counts, today's counts and true retention.
import { describe, expect, it } from 'vitest';
import {
  dailyStats,
  dayKey,
  retentionOf,
  startOfDay,
  todayCounts,
  type ReviewLogEntry,
} from '../../../main/services/review';

const HOUR = 60 * 60 * 1000;
const NOW = new Date(2026, 2, 10, 15, 0, 0).getTime();

let nextId = 1;
function log(reviewAt: number, rating: number, state: 0 | 1 | 2 | 3): ReviewLogEntry {
  return {
    id: nextId++,
    cardId: 1,
    rating,
    state,
    due: reviewAt,
    stability: 1,
    difficulty: 5,
    elapsedDays: 0,
    lastElapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reviewAt,
    durationMs: 1000,
  };
}

const today = startOfDay(NOW);
const yesterday = startOfDay(NOW, 1);
const LOGS = [
  log(startOfDay(NOW, 5) + HOUR, 3, 2), // outside a 3-day window
  log(yesterday + HOUR, 3, 2),
  log(yesterday + 2 * HOUR, 1, 2),
  log(yesterday + 3 * HOUR, 4, 2),
  log(yesterday + 4 * HOUR, 1, 1), // learning card: not part of retention
  log(today + HOUR, 3, 0), // new card learned today
  log(today + 2 * HOUR, 1, 0),
  log(today + 3 * HOUR, 2, 2),
];

describe('review stats', () => {
  it('keys days by the local calendar', () => {
    expect(dayKey(NOW)).toBe('2026-03-10');
    expect(dayKey(startOfDay(NOW, 10))).toBe('2026-02-28');
  });

  it('counts reviews, Again answers and retention per day, oldest first, today last', () => {
    const days = dailyStats(LOGS, NOW, 3);
    expect(days).toEqual([
      { day: '2026-03-08', reviews: 0, again: 0, retention: null },
      { day: '2026-03-09', reviews: 4, again: 2, retention: 2 / 3 },
      { day: '2026-03-10', reviews: 3, again: 1, retention: 1 },
    ]);
  });

  it("counts today's reviews and the new cards seen for the first time", () => {
    expect(todayCounts(LOGS, NOW)).toEqual({ reviewed: 3, again: 1, newLearned: 2 });
  });

  it('computes true retention only over cards in review state', () => {
    // Review-state logs: Good, Good(yesterday), Again, Easy, Hard → 4 of 5 passed.
    expect(retentionOf(LOGS)).toBeCloseTo(4 / 5);
    expect(retentionOf([log(NOW, 1, 1), log(NOW, 3, 0)])).toBeNull();
  });
});
