// SQL for reviews: writes a card's FSRS columns, appends/removes review logs, due counts.
import type { Database, Statement } from 'better-sqlite3';
import type { CardSchedule } from '../flashcards';
import type { NewReviewLog, ReviewLogEntry } from './types';

interface LogRow {
  id: number;
  card_id: number;
  rating: number;
  state: number;
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  last_elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  review_at: number;
  duration_ms: number | null;
}

function toEntry(row: LogRow): ReviewLogEntry {
  return {
    id: row.id,
    cardId: row.card_id,
    rating: row.rating,
    state: row.state as ReviewLogEntry['state'],
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsed_days,
    lastElapsedDays: row.last_elapsed_days,
    scheduledDays: row.scheduled_days,
    learningSteps: row.learning_steps,
    reviewAt: row.review_at,
    durationMs: row.duration_ms,
  };
}

export class ReviewStore {
  private readonly scheduleStmt: Statement<[CardSchedule & { id: number }]>;
  private readonly insertLogStmt: Statement<[NewReviewLog]>;
  private readonly deleteLogStmt: Statement<[number]>;
  private readonly logsSinceStmt: Statement<[number], LogRow>;
  private readonly nextDueStmt: Statement<[number], { due: number | null }>;
  private readonly nextDueInDeckStmt: Statement<[number, number], { due: number | null }>;

  constructor(private readonly db: Database) {
    this.scheduleStmt = db.prepare(
      `UPDATE cards SET due = @due, stability = @stability, difficulty = @difficulty, elapsed_days = @elapsedDays,
         scheduled_days = @scheduledDays, learning_steps = @learningSteps, reps = @reps, lapses = @lapses,
         state = @state, last_review = @lastReview
       WHERE id = @id AND deleted_at IS NULL`,
    );
    this.insertLogStmt = db.prepare(
      `INSERT INTO review_logs (card_id, rating, state, due, stability, difficulty, elapsed_days, last_elapsed_days,
         scheduled_days, learning_steps, review_at, duration_ms)
       VALUES (@cardId, @rating, @state, @due, @stability, @difficulty, @elapsedDays, @lastElapsedDays,
         @scheduledDays, @learningSteps, @reviewAt, @durationMs)`,
    );
    this.deleteLogStmt = db.prepare(`DELETE FROM review_logs WHERE id = ?`);
    this.logsSinceStmt = db.prepare(
      `SELECT l.* FROM review_logs l JOIN cards c ON c.id = l.card_id
       WHERE l.review_at >= ? AND c.deleted_at IS NULL ORDER BY l.review_at, l.id`,
    );
    // Suspended cards never come due.
    this.nextDueStmt = db.prepare(
      `SELECT min(due) AS due FROM cards WHERE deleted_at IS NULL AND suspended = 0 AND due > ?`,
    );
    this.nextDueInDeckStmt = db.prepare(
      `SELECT min(due) AS due FROM cards WHERE deleted_at IS NULL AND suspended = 0 AND deck_id = ? AND due > ?`,
    );
  }

  /** Runs fn in one transaction: either everything it wrote lands or nothing does. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** Writes a live card's FSRS columns; false when the card is gone. */
  writeSchedule(id: number, schedule: CardSchedule): boolean {
    // Only the schedule fields: better-sqlite3 refuses unknown named parameters.
    const { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview } =
      schedule;
    const params = { due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state };
    return this.scheduleStmt.run({ ...params, lastReview, id }).changes === 1;
  }

  appendLog(log: NewReviewLog): number {
    return Number(this.insertLogStmt.run(log).lastInsertRowid);
  }

  deleteLog(id: number): void {
    this.deleteLogStmt.run(id);
  }

  /** Logs of live cards reviewed at or after `since`, oldest first. */
  logsSince(since: number): ReviewLogEntry[] {
    return this.logsSinceStmt.all(since).map(toEntry);
  }

  /** Earliest due date after `now`; null when no card is scheduled later. */
  nextDue(deckId: number | null, now: number): number | null {
    const row = deckId === null ? this.nextDueStmt.get(now) : this.nextDueInDeckStmt.get(deckId, now);
    return row?.due ?? null;
  }
}
