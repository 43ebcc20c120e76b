// Review wording: rating names and "next card due in …" for the empty state.
import type { ReviewGrade } from '../../../../../preload/contract/features/review';
import { formatDuration } from '../../../lib/format';

export const GRADE_LABELS: Record<ReviewGrade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };
export const GRADES: readonly ReviewGrade[] = [1, 2, 3, 4];

/** "5 minutes", "3 hours", "2 days" (in the UI language): how long until the next card is due. */
export function formatWait(ms: number, locale?: string): string {
  return formatDuration(ms, locale, { style: 'long' });
}

/** Maps a number key to a grade ("1"…"4"), else null. */
export function gradeForKey(key: string): ReviewGrade | null {
  return key === '1' || key === '2' || key === '3' || key === '4' ? (Number(key) as ReviewGrade) : null;
}
