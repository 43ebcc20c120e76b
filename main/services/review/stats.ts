// Review statistics from a list of logs: per-day counts and true retention (pure, no database).
import type { DayStats, ReviewLogEntry } from './types';

const AGAIN = 1;
const REVIEW_STATE = 2;

/** Local calendar day of a time, YYYY-MM-DD (reviews "today" follow the user's clock). */
export function dayKey(ms: number): string {
  const date = new Date(ms);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Local midnight of the day `daysAgo` days before the day of `now`. */
export function startOfDay(now: number, daysAgo = 0): number {
  const date = new Date(now);
  date.setHours(0, 0, 0, 0);
  date.setDate(date.getDate() - daysAgo);
  return date.getTime();
}

/** True retention: share of non-Again answers among reviews of cards that were in review state. */
export function retentionOf(logs: readonly Pick<ReviewLogEntry, 'rating' | 'state'>[]): number | null {
  const mature = logs.filter((log) => log.state === REVIEW_STATE);
  if (mature.length === 0) return null;
  return mature.filter((log) => log.rating !== AGAIN).length / mature.length;
}

/** One entry per day for the last `days` days (today last); logs outside the window are ignored. */
export function dailyStats(logs: readonly ReviewLogEntry[], now: number, days: number): DayStats[] {
  const byDay = new Map<string, ReviewLogEntry[]>();
  for (const log of logs) {
    const key = dayKey(log.reviewAt);
    const list = byDay.get(key);
    if (list) list.push(log);
    else byDay.set(key, [log]);
  }
  const result: DayStats[] = [];
  for (let ago = days - 1; ago >= 0; ago -= 1) {
    const day = dayKey(startOfDay(now, ago));
    const list = byDay.get(day) ?? [];
    result.push({
      day,
      reviews: list.length,
      again: list.filter((log) => log.rating === AGAIN).length,
      retention: retentionOf(list),
    });
  }
  return result;
}

/** Today's counts: reviews, Again answers, and new cards seen for the first time. */
export function todayCounts(
  logs: readonly ReviewLogEntry[],
  now: number,
): { reviewed: number; again: number; newLearned: number } {
  const today = dayKey(now);
  const list = logs.filter((log) => dayKey(log.reviewAt) === today);
  return {
    reviewed: list.length,
    again: list.filter((log) => log.rating === AGAIN).length,
    newLearned: list.filter((log) => log.state === 0).length,
  };
}
