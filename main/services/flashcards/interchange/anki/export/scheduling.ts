// FSRS state (ts-fsrs) → Anki's card columns and revlog rows, as close as Anki's fields allow.
// The mapping is documented in docs/anki-import.md ("Export"); Anki's own source is the reference
// (rslib/src/storage/card/data.rs for the memory state in cards.data, scheduler/fsrs/memory_state.rs for
// the revlog factor FSRS writes).
import type { AnkiCard } from '../package/types';
import type { ExportReview, ExportSchedule } from './types';

const DAY_SECONDS = 86_400;

/** Anki's card.type / card.queue values this export writes. */
export const ANKI_CARD_TYPE = { new: 0, learning: 1, review: 2, relearning: 3 } as const;
export const ANKI_CARD_QUEUE = { new: 0, learning: 1, review: 2, suspended: -1, manuallyBuried: -3 } as const;
/** Anki's revlog.type. */
export const ANKI_REVLOG_TYPE = { learn: 0, review: 1, relearn: 2, manual: 4 } as const;

/** The SM-2 ease Anki gives a graduating card; Anki with FSRS on ignores it, SM-2 continues from it. */
export const DEFAULT_EASE_PERMILLE = 2500;

/** ts-fsrs's default steps (the app's scheduler uses them): learning 1m, 10m; relearning 10m. */
const LEARNING_STEPS = 2;
const RELEARNING_STEPS = 1;

/** The scheduling columns of Anki's cards table the reader knows, plus the FSRS memory state (`data`). */
export type AnkiCardColumns = Pick<
  AnkiCard,
  'type' | 'queue' | 'due' | 'ivl' | 'factor' | 'reps' | 'lapses' | 'left'
> & {
  data: string;
};

export interface AnkiRevlogRow {
  /** Review time in epoch ms (made unique by the writer). */
  id: number;
  ease: number;
  ivl: number;
  lastIvl: number;
  factor: number;
  time: number;
  type: number;
}

export interface CardContext {
  /** The collection's creation time (epoch s, start of a day): review due dates count days from it. */
  crt: number;
  /** A new card's place in the new queue. */
  newPosition: number;
  suspended: boolean;
  buried: boolean;
  desiredRetention: number;
}

/** Days since the collection's creation for an epoch-ms time (Anki's due for review cards). */
export function dayNumber(epochMs: number, crt: number): number {
  return Math.floor((Math.floor(epochMs / 1000) - crt) / DAY_SECONDS);
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/**
 * Anki keeps an FSRS card's memory state in cards.data: {"s": stability, "d": difficulty (1–10, the
 * same scale as ts-fsrs), "dr": desired retention}, rounded as Anki rounds them.
 */
export function memoryStateData(schedule: ExportSchedule, desiredRetention: number): string {
  if (schedule.state === 0 || schedule.stability <= 0) return '';
  return JSON.stringify({
    s: round(schedule.stability, 3),
    d: round(schedule.difficulty, 3),
    dr: round(desiredRetention, 2),
  });
}

/** Learning steps left, in Anki's encoding (today × 1000 + until graduation; both the same here). */
function stepsLeft(schedule: ExportSchedule): number {
  const steps = schedule.state === 3 ? RELEARNING_STEPS : LEARNING_STEPS;
  const left = Math.max(1, steps - schedule.learningSteps);
  return left * 1000 + left;
}

export function ankiCardColumns(schedule: ExportSchedule, context: CardContext): AnkiCardColumns {
  const base = { reps: schedule.reps, lapses: schedule.lapses, data: '' };
  let columns: AnkiCardColumns;
  switch (schedule.state) {
    case 1:
    case 3: {
      // ts-fsrs keeps a card in (re)learning only for steps under a day: Anki's intraday queue, due in seconds.
      const relearning = schedule.state === 3;
      columns = {
        ...base,
        type: relearning ? ANKI_CARD_TYPE.relearning : ANKI_CARD_TYPE.learning,
        queue: ANKI_CARD_QUEUE.learning,
        due: Math.floor(schedule.due / 1000),
        // A relearning card's ivl is what it graduates to: FSRS's stability is that interval at 90% retention.
        ivl: relearning ? Math.max(1, Math.round(schedule.stability)) : 0,
        factor: DEFAULT_EASE_PERMILLE,
        left: stepsLeft(schedule),
      };
      break;
    }
    case 2:
      columns = {
        ...base,
        type: ANKI_CARD_TYPE.review,
        queue: ANKI_CARD_QUEUE.review,
        due: dayNumber(schedule.due, context.crt),
        ivl: Math.max(1, schedule.scheduledDays),
        factor: DEFAULT_EASE_PERMILLE,
        left: 0,
      };
      break;
    default:
      columns = {
        ...base,
        type: ANKI_CARD_TYPE.new,
        queue: ANKI_CARD_QUEUE.new,
        due: context.newPosition,
        ivl: 0,
        factor: 0,
        left: 0,
      };
  }
  columns.data = memoryStateData(schedule, context.desiredRetention);
  if (context.suspended) columns.queue = ANKI_CARD_QUEUE.suspended;
  else if (context.buried) columns.queue = ANKI_CARD_QUEUE.manuallyBuried;
  return columns;
}

/**
 * The revlog factor Anki's FSRS writes: difficulty d (1–10) as (d − 1) / 9 + 0.1 in permille (100–1100),
 * which Anki reads back as FSRS-made (memory_state.rs: "ease factor ≤ 1.1").
 */
export function fsrsRevlogFactor(difficulty: number): number {
  const d = Math.min(10, Math.max(1, difficulty));
  return Math.round(((d - 1) / 9 + 0.1) * 1000);
}

function revlogType(review: ExportReview): number {
  if (review.rating === 0) return ANKI_REVLOG_TYPE.manual;
  if (review.state === 2) return ANKI_REVLOG_TYPE.review;
  if (review.state === 3) return ANKI_REVLOG_TYPE.relearn;
  return ANKI_REVLOG_TYPE.learn;
}

/** Longest intraday step written as negative seconds; beyond it a step counts in days. */
const MAX_STEP_SECONDS = DAY_SECONDS - 1;

/**
 * Revlog rows for one card's reviews (oldest first). A ts-fsrs log records the card as it was before
 * the answer, so what the answer led to (the interval, the new difficulty) is the next log's "before",
 * or the card's current state after the last one. An intraday step is the time to the next answer
 * (Anki's negative seconds); for the last one, the time until the card is due.
 */
export function ankiRevlogRows(reviews: readonly ExportReview[], schedule: ExportSchedule): AnkiRevlogRow[] {
  const rows: AnkiRevlogRow[] = [];
  let lastIvl = 0;
  reviews.forEach((review, index) => {
    const next = reviews[index + 1];
    const after = next ?? { scheduledDays: schedule.scheduledDays, difficulty: schedule.difficulty };
    let ivl: number;
    if (after.scheduledDays > 0) ivl = after.scheduledDays;
    else {
      const until = next ? next.reviewAt : schedule.due;
      ivl = -Math.min(MAX_STEP_SECONDS, Math.max(1, Math.round((until - review.reviewAt) / 1000)));
    }
    const manual = review.rating === 0;
    rows.push({
      id: review.reviewAt,
      ease: review.rating,
      ivl: manual ? 0 : ivl,
      lastIvl,
      factor: manual ? 0 : fsrsRevlogFactor(after.difficulty),
      time: Math.max(0, Math.round(review.durationMs ?? 0)),
      type: revlogType(review),
    });
    if (!manual) lastIvl = ivl;
  });
  return rows;
}
