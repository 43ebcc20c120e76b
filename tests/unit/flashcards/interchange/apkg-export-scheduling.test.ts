// FSRS state → Anki card columns and revlog rows, checked against ts-fsrs replaying real answers: each
// row's interval is what the answer led to, its factor is the new difficulty in the form Anki's FSRS
// reads back, and the card's queue, due and memory state follow its FSRS state.
import { describe, expect, it } from 'vitest';
import type { CardSchedule } from '../../../../main/services/flashcards';
import {
  ankiCardColumns,
  ankiRevlogRows,
  dayNumber,
  fsrsRevlogFactor,
} from '../../../../main/services/flashcards/interchange/anki/export/scheduling';
import type { ExportReview } from '../../../../main/services/flashcards/interchange';
import { createScheduler, fromFsrsCard, fromFsrsLog, toFsrsCard } from '../../../../main/services/review/scheduler';
import { createEmptyCard, type Grade } from 'ts-fsrs';

const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1, 10);
const CRT = Date.UTC(2023, 11, 1) / 1000;

/** Answers `grades`, each when the card is due; returns the logs (as stored) and every state after an answer. */
function replay(grades: Grade[]) {
  const scheduler = createScheduler(0.9);
  let card = fromFsrsCard(createEmptyCard(new Date(T0)));
  let now = T0;
  const reviews: ExportReview[] = [];
  const after: CardSchedule[] = [];
  for (const grade of grades) {
    const { card: next, log } = scheduler.next(toFsrsCard(card), new Date(now), grade);
    const stored = fromFsrsLog(1, log, 5_000);
    reviews.push({ ...stored, reviewAt: stored.reviewAt });
    card = fromFsrsCard(next);
    after.push(card);
    now = Math.max(card.due, now + 60_000);
  }
  return { reviews, after, schedule: card };
}

const context = { crt: CRT, newPosition: 7, suspended: false, buried: false, desiredRetention: 0.9 };

describe('revlog rows', () => {
  it('give each answer the interval and difficulty it led to, its type and its time', () => {
    const { reviews, after, schedule } = replay([3, 3, 3, 1, 3, 4]);
    const rows = ankiRevlogRows(reviews, schedule);
    expect(rows).toHaveLength(reviews.length);
    rows.forEach((row, i) => {
      const state = after[i]!;
      expect(row.id).toBe(reviews[i]!.reviewAt);
      expect(row.ease).toBe(reviews[i]!.rating);
      expect(row.time).toBe(5_000);
      expect(row.factor).toBe(fsrsRevlogFactor(state.difficulty));
      if (state.scheduledDays > 0) expect(row.ivl).toBe(state.scheduledDays);
      else {
        // An intraday step: negative seconds until the next answer (or until due for the last one).
        const until = reviews[i + 1]?.reviewAt ?? schedule.due;
        expect(row.ivl).toBe(-Math.round((until - reviews[i]!.reviewAt) / 1000));
      }
      expect(row.lastIvl).toBe(i === 0 ? 0 : rows[i - 1]!.ivl);
      const expectedType = { 0: 0, 1: 0, 2: 1, 3: 2 }[reviews[i]!.state]!;
      expect(row.type).toBe(expectedType);
    });
    expect(rows.map((row) => row.type)).toContain(2); // the lapse's relearning step
    expect(rows.some((row) => row.ivl < 0)).toBe(true);
    expect(rows.some((row) => row.ivl > 1)).toBe(true);
  });

  it('write the factor Anki reads back as an FSRS difficulty, and a manual change as Anki does', () => {
    for (const d of [1, 2.5, 5, 9.99, 10]) {
      const factor = fsrsRevlogFactor(d);
      expect(factor).toBeGreaterThanOrEqual(100);
      expect(factor).toBeLessThanOrEqual(1100);
      // Anki: difficulty = (factor / 1000 − 0.1) × 9 + 1.
      expect((factor / 1000 - 0.1) * 9 + 1).toBeCloseTo(d, 1);
    }
    const { reviews, schedule } = replay([3]);
    const manual = { ...reviews[0]!, rating: 0, reviewAt: reviews[0]!.reviewAt + DAY };
    const [, row] = ankiRevlogRows([reviews[0]!, manual], schedule);
    expect(row).toMatchObject({ ease: 0, type: 4, factor: 0, ivl: 0 });
  });
});

describe('card columns', () => {
  it('map each FSRS state to Anki type, queue and due', () => {
    const fresh = fromFsrsCard(createEmptyCard(new Date(T0)));
    expect(ankiCardColumns(fresh, context)).toMatchObject({ type: 0, queue: 0, due: 7, ivl: 0, factor: 0, data: '' });

    const learning = replay([3]).schedule;
    expect(learning.state).toBe(1);
    expect(ankiCardColumns(learning, context)).toMatchObject({
      type: 1,
      queue: 1,
      due: Math.floor(learning.due / 1000),
      ivl: 0,
      left: 1001,
    });

    const review = replay([3, 3, 3]).schedule;
    expect(review.state).toBe(2);
    const columns = ankiCardColumns(review, context);
    expect(columns).toMatchObject({ type: 2, queue: 2, ivl: review.scheduledDays, factor: 2500, reps: 3 });
    expect(columns.due).toBe(dayNumber(review.due, CRT));
    expect(columns.due * 86_400 + CRT).toBeLessThanOrEqual(review.due / 1000);
    expect(JSON.parse(columns.data)).toEqual({
      s: Math.round(review.stability * 1000) / 1000,
      d: Math.round(review.difficulty * 1000) / 1000,
      dr: 0.9,
    });

    const relearning = replay([3, 3, 3, 1]).schedule;
    expect(relearning.state).toBe(3);
    expect(ankiCardColumns(relearning, context)).toMatchObject({
      type: 3,
      queue: 1,
      ivl: Math.max(1, Math.round(relearning.stability)),
      lapses: 1,
    });
  });

  it('put suspended and buried cards in their queues, keeping their type', () => {
    const review = replay([3, 3, 3]).schedule;
    expect(ankiCardColumns(review, { ...context, suspended: true })).toMatchObject({ type: 2, queue: -1 });
    expect(ankiCardColumns(review, { ...context, buried: true })).toMatchObject({ type: 2, queue: -3 });
    expect(ankiCardColumns(review, { ...context, suspended: true, buried: true }).queue).toBe(-1);
  });
});
