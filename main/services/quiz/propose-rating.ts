// The FSRS rating a graded answer suggests; the student confirms or changes it before it is logged.
import type { ProposalReason } from '../../../preload/contract/features/quiz';
import type { Grade } from '../review';
import type { AnswerGrade } from './grade-answer';

export interface RatingProposal {
  rating: Grade;
  /** Why this rating; the quiz words it next to the rating in the UI language. */
  reason: ProposalReason;
}

/**
 * A complete answer this quick counts as Easy. Generous, because the time includes typing: FSRS reads
 * Easy as "recalled without effort", which a full answer typed in under 20 s suggests.
 */
export const EASY_MAX_MS = 20_000;

export function proposeRating(grade: AnswerGrade, durationMs: number | null): RatingProposal {
  if (grade.verdict === 'incorrect') return { rating: 1, reason: 'notRecalled' };
  if (grade.verdict === 'partly') return { rating: 2, reason: 'partlyRecalled' };
  const complete = grade.exact || grade.missed.length === 0;
  if (complete && durationMs !== null && durationMs <= EASY_MAX_MS) {
    return { rating: 4, reason: 'completeQuickly' };
  }
  return { rating: 3, reason: complete ? 'complete' : 'essentials' };
}
