// Anki review history → this app's review logs and FSRS memory state, by replaying the history with
// ts-fsrs, so an imported card keeps what the student has learnt instead of starting as new.
import { createEmptyCard, type FSRSHistory, type Grade as FsrsGrade } from 'ts-fsrs';
import type { CardSchedule } from '../flashcards';
import { createScheduler, fromFsrsCard, fromFsrsLog } from './scheduler';
import type { NewReviewLog } from './types';

/** Anki's revlog.type: what kind of review a row records. */
export const ANKI_REVIEW_KIND = { learn: 0, review: 1, relearn: 2, filtered: 3, manual: 4, rescheduled: 5 } as const;

/** One row of Anki's revlog table, as far as the replay needs it. */
export interface AnkiRevlogEntry {
  /** Milliseconds since the epoch when the answer was given (Anki's revlog id). */
  id: number;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy; 0 for rows that record no answer (manual changes, resets). */
  ease: number;
  type: number;
  /** Anki's ease factor in permille (0 for a filtered-deck review that did not reschedule). */
  factor: number;
  /** Milliseconds spent answering (Anki caps it at 60 s). */
  time: number;
}

export interface DerivedHistory {
  /** null when no row counted: the card stays new. */
  schedule: CardSchedule | null;
  /** One log per replayed answer, oldest first (cardId is filled in by the caller). */
  logs: Omit<NewReviewLog, 'cardId'>[];
  /** Rows left out of the memory state, and why (counted, for the import summary). */
  ignored: { noAnswer: number; cramming: number };
}

/**
 * Replays `entries` (any order) from a new card. Rows without an answer (ease 0: Anki's manual
 * rescheduling, "Forget", set due date) do not change FSRS memory; a "Forget" resets the card, so
 * only answers after the last reset count. Reviews in filtered decks that did not reschedule
 * (type filtered, factor 0) are cramming, which Anki's own FSRS leaves out too.
 */
export function deriveFromAnkiHistory(entries: readonly AnkiRevlogEntry[], desiredRetention: number): DerivedHistory {
  const ordered = [...entries].sort((a, b) => a.id - b.id);
  const ignored = { noAnswer: 0, cramming: 0 };
  let counted: AnkiRevlogEntry[] = [];
  for (const entry of ordered) {
    if (entry.ease < 1 || entry.ease > 4) {
      ignored.noAnswer++;
      // Anki writes a manual row with ease 0 and factor 0 when a card is reset to new.
      if (entry.type === ANKI_REVIEW_KIND.manual && entry.factor === 0) counted = [];
      continue;
    }
    if (entry.type === ANKI_REVIEW_KIND.filtered && entry.factor === 0) {
      ignored.cramming++;
      continue;
    }
    counted.push(entry);
  }
  if (counted.length === 0) return { schedule: null, logs: [], ignored };

  const scheduler = createScheduler(desiredRetention);
  const history: FSRSHistory[] = counted.map((entry) => ({
    rating: entry.ease as FsrsGrade,
    review: new Date(entry.id),
  }));
  const { collections } = scheduler.reschedule(createEmptyCard(new Date(counted[0]!.id)), history, {
    first_card: createEmptyCard(new Date(counted[0]!.id)),
  });
  const logs = collections.map((item, index) => {
    const { cardId: _unused, ...log } = fromFsrsLog(
      0,
      item.log,
      counted[index]!.time > 0 ? counted[index]!.time : null,
    );
    return log;
  });
  return { schedule: fromFsrsCard(collections.at(-1)!.card), logs, ignored };
}
