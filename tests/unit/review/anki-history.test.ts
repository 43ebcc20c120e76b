// Anki's review history replayed into FSRS: imported cards keep their memory state and their logs.
import { describe, expect, it } from 'vitest';
import { createEmptyCard, type Grade } from 'ts-fsrs';
import {
  ANKI_REVIEW_KIND,
  deriveFromAnkiHistory,
  type AnkiRevlogEntry,
} from '../../../main/services/review/anki-history';
import { createScheduler, fromFsrsCard } from '../../../main/services/review/scheduler';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
const RETENTION = 0.9;

function answer(at: number, ease: number, type: number = ANKI_REVIEW_KIND.review, time = 4000): AnkiRevlogEntry {
  return { id: at, ease, type, factor: 2500, time };
}

/** The same answers given one by one through the app's own scheduler: an independent replay. */
function replayOneByOne(answers: { at: number; grade: Grade }[]) {
  const scheduler = createScheduler(RETENTION);
  let card = createEmptyCard(new Date(answers[0]!.at));
  for (const { at, grade } of answers) card = scheduler.next(card, new Date(at), grade).card;
  return fromFsrsCard(card);
}

describe('deriveFromAnkiHistory', () => {
  it('replays learning, reviews and a lapse into the same state the app would have reached', () => {
    const answers = [
      { at: T0, grade: 3 as Grade, type: ANKI_REVIEW_KIND.learn },
      { at: T0 + 1 * DAY, grade: 3 as Grade, type: ANKI_REVIEW_KIND.review },
      { at: T0 + 5 * DAY, grade: 1 as Grade, type: ANKI_REVIEW_KIND.review },
      { at: T0 + 5 * DAY + 600_000, grade: 3 as Grade, type: ANKI_REVIEW_KIND.relearn },
      { at: T0 + 9 * DAY, grade: 4 as Grade, type: ANKI_REVIEW_KIND.review },
    ];
    const derived = deriveFromAnkiHistory(
      answers.map(({ at, grade, type }) => answer(at, grade, type)),
      RETENTION,
    );
    expect(derived.schedule).toEqual(replayOneByOne(answers));
    expect(derived.schedule).toMatchObject({ reps: 5, lapses: 1, state: 2, lastReview: T0 + 9 * DAY });
    expect(derived.schedule!.due).toBeGreaterThan(T0 + 9 * DAY);
    expect(derived.schedule!.stability).toBeGreaterThan(0);
    expect(derived.logs.map((log) => [log.reviewAt, log.rating, log.durationMs])).toEqual(
      answers.map(({ at, grade }) => [at, grade, 4000]),
    );
  });

  it('does not depend on the order of the rows', () => {
    const rows = [answer(T0, 3), answer(T0 + DAY, 3), answer(T0 + 4 * DAY, 2)];
    expect(deriveFromAnkiHistory([rows[2]!, rows[0]!, rows[1]!], RETENTION)).toEqual(
      deriveFromAnkiHistory(rows, RETENTION),
    );
  });

  it('counts only the answers after the last reset to new', () => {
    const reset: AnkiRevlogEntry = { id: T0 + 3 * DAY, ease: 0, type: ANKI_REVIEW_KIND.manual, factor: 0, time: 0 };
    const derived = deriveFromAnkiHistory(
      [answer(T0, 3), answer(T0 + DAY, 3), reset, answer(T0 + 4 * DAY, 3)],
      RETENTION,
    );
    expect(derived.schedule).toEqual(replayOneByOne([{ at: T0 + 4 * DAY, grade: 3 }]));
    expect(derived.logs).toHaveLength(1);
    expect(derived.ignored.noAnswer).toBe(1);
  });

  it('leaves out cramming in filtered decks and rows without an answer, but keeps rescheduling filtered reviews', () => {
    const cram: AnkiRevlogEntry = { id: T0 + DAY, ease: 3, type: ANKI_REVIEW_KIND.filtered, factor: 0, time: 1000 };
    const filtered: AnkiRevlogEntry = {
      id: T0 + 2 * DAY,
      ease: 3,
      type: ANKI_REVIEW_KIND.filtered,
      factor: 2500,
      time: 1000,
    };
    const setDue: AnkiRevlogEntry = {
      id: T0 + 3 * DAY,
      ease: 0,
      type: ANKI_REVIEW_KIND.rescheduled,
      factor: 2500,
      time: 0,
    };
    const derived = deriveFromAnkiHistory([answer(T0, 3), cram, filtered, setDue], RETENTION);
    expect(derived.logs.map((log) => log.reviewAt)).toEqual([T0, T0 + 2 * DAY]);
    expect(derived.ignored).toEqual({ noAnswer: 1, cramming: 1 });
  });

  it('leaves a card without answers new', () => {
    expect(deriveFromAnkiHistory([], RETENTION)).toEqual({
      schedule: null,
      logs: [],
      ignored: { noAnswer: 0, cramming: 0 },
    });
    const onlyManual: AnkiRevlogEntry = { id: T0, ease: 0, type: ANKI_REVIEW_KIND.manual, factor: 2500, time: 0 };
    expect(deriveFromAnkiHistory([onlyManual], RETENTION).schedule).toBeNull();
  });

  it('records no duration where Anki recorded none', () => {
    expect(deriveFromAnkiHistory([answer(T0, 3, ANKI_REVIEW_KIND.learn, 0)], RETENTION).logs[0]!.durationMs).toBeNull();
  });
});
