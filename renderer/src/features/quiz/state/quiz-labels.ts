// Quiz wording: what each verdict is called and how it looks.
import type { QuizGrade } from '../../../../../preload/contract/features/quiz';
import type { BadgeTone } from '../../../components/ui/Badge';

export const VERDICT_LABELS: Record<QuizGrade['verdict'], string> = {
  correct: 'Correct',
  partly: 'Partly right',
  incorrect: 'Not right',
};

export const VERDICT_TONES: Record<QuizGrade['verdict'], BadgeTone> = {
  correct: 'success',
  partly: 'warning',
  incorrect: 'danger',
};

/** What a quiz is over, in the heading. */
export function sourceLabel(source: { kind: 'due' | 'deck' }, deckName: string | null): string {
  if (source.kind === 'deck') return `Quiz: ${deckName ?? 'deck'}`;
  return deckName === null ? 'Quiz: due cards' : `Quiz: due cards in ${deckName}`;
}
