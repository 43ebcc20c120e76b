// Review wording: rating names and "next card due in …" for the empty state.
import type { ReviewGrade } from '../../../../../preload/contract/features/review';

export const GRADE_LABELS: Record<ReviewGrade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };
export const GRADES: readonly ReviewGrade[] = [1, 2, 3, 4];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "5 minutes", "3 hours", "2 days": how long until the next card is due. */
export function formatWait(ms: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (ms < MINUTE) return 'less than a minute';
  if (ms < HOUR) return plural(Math.round(ms / MINUTE), 'minute');
  if (ms < DAY) return plural(Math.round(ms / HOUR), 'hour');
  return plural(Math.round(ms / DAY), 'day');
}

/** Maps a number key to a grade ("1"…"4"), else null. */
export function gradeForKey(key: string): ReviewGrade | null {
  return key === '1' || key === '2' || key === '3' || key === '4' ? (Number(key) as ReviewGrade) : null;
}
