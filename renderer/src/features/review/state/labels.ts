// Review wording: the catalog keys of the rating names, the keys 1–4, and "next card due in …" for the empty state.
import type { ReviewGrade } from '../../../../../preload/contract/features/review';
import { formatTimeUntil } from '../../../lib/format';

/** The rating names in the `review` catalog (Quiz shows the same names). */
export const GRADE_KEYS = {
  1: 'grades.again',
  2: 'grades.hard',
  3: 'grades.good',
  4: 'grades.easy',
} as const satisfies Record<ReviewGrade, string>;
export const GRADES: readonly ReviewGrade[] = [1, 2, 3, 4];

/** "in 5 minutes", "in 3 Stunden", "dentro de 2 días" (in the UI language): when the next card is due. */
export function formatWait(ms: number, locale?: string): string {
  return formatTimeUntil(ms, locale);
}

/** Maps a number key to a grade ("1"…"4"), else null. */
export function gradeForKey(key: string): ReviewGrade | null {
  return key === '1' || key === '2' || key === '3' || key === '4' ? (Number(key) as ReviewGrade) : null;
}
