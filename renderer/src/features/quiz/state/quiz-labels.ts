// Quiz wording: the catalog keys of each verdict, notice and proposal reason, how a verdict looks, and the heading.
import type { ProposalReason, QuizGrade, QuizNotice } from '../../../../../preload/contract/features/quiz';
import type { BadgeTone } from '../../../components/ui/Badge';
import type { TFunction } from '../../../i18n';

export const VERDICT_KEYS = {
  correct: 'verdicts.correct',
  partly: 'verdicts.partly',
  incorrect: 'verdicts.incorrect',
} as const satisfies Record<QuizGrade['verdict'], string>;

export const VERDICT_TONES: Record<QuizGrade['verdict'], BadgeTone> = {
  correct: 'success',
  partly: 'warning',
  incorrect: 'danger',
};

/** Why the card's own front is asked (main sends the reason as a code). */
export const NOTICE_KEYS = {
  noModel: 'ask.notices.noModel',
  failed: 'ask.notices.failed',
  stopped: 'ask.notices.stopped',
  leaked: 'ask.notices.leaked',
  unusable: 'ask.notices.unusable',
} as const satisfies Record<QuizNotice, string>;

/** Why a rating is proposed (main sends the reason as a code). */
export const REASON_KEYS = {
  notRecalled: 'result.reasons.notRecalled',
  partlyRecalled: 'result.reasons.partlyRecalled',
  completeQuickly: 'result.reasons.completeQuickly',
  complete: 'result.reasons.complete',
  essentials: 'result.reasons.essentials',
} as const satisfies Record<ProposalReason, string>;

/** What a quiz is over, in the heading. */
export function sourceLabel(t: TFunction<'quiz'>, source: { kind: 'due' | 'deck' }, deckName: string | null): string {
  if (source.kind === 'deck') return deckName === null ? t('source.deckUnknown') : t('source.deck', { deck: deckName });
  return deckName === null ? t('source.due') : t('source.dueInDeck', { deck: deckName });
}
