// One card under review: the front, then (after Space or "Show answer") the back and the rating buttons.
// An imported (HTML) card's back is its whole answer side as Anki renders it, front included
// ({{FrontSide}}), so it replaces the front instead of being shown below it.
// The front is the card's heading and the back sits under an "Answer" heading. Revealing moves focus to
// that heading (the "Show answer" button it replaces is gone) and speaks the back through the live region.
import { useEffect, useId, useRef, type Ref } from 'react';
import type { FlashCard } from '../../../../../preload/contract/features/flashcards';
import type { RatingPreview, ReviewGrade } from '../../../../../preload/contract/features/review';
import { useAnnounce } from '../../../components/a11y/Announcer';
import { forSpeech } from '../../../components/a11y/speech-text';
import { CardContent } from '../../../components/card/CardContent';
import { Button, focusRing } from '../../../components/ui/Button';
import { useTranslation } from '../../../i18n';
import { RatingButtons } from './RatingButtons';

export interface ReviewCardProps {
  card: FlashCard;
  revealed: boolean;
  previews: RatingPreview[];
  onReveal(): void;
  onRate(grade: ReviewGrade): void;
  onExplain(): void;
  explaining: boolean;
  /** The front's heading, focused when a new card is dealt after a rating. */
  frontRef?: Ref<HTMLDivElement>;
}

const headingFocus = `rounded-md ${focusRing}`;

export function ReviewCard({
  card,
  revealed,
  previews,
  onReveal,
  onRate,
  onExplain,
  explaining,
  frontRef,
}: ReviewCardProps) {
  const answerId = useId();
  const answerHeadingRef = useRef<HTMLHeadingElement>(null);
  const backRef = useRef<HTMLDivElement>(null);
  const announce = useAnnounce();
  const { t } = useTranslation('review');

  useEffect(() => {
    if (!revealed) return;
    answerHeadingRef.current?.focus();
    const back = backRef.current?.innerText ?? '';
    if (back.trim() !== '') announce(t('card.answerSpoken', { text: forSpeech(back) }));
  }, [revealed, card.id, announce, t]);

  return (
    <article
      aria-label={t('card.label')}
      className="flex w-full max-w-2xl flex-col gap-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      {!(revealed && card.format === 'html') && (
        <div ref={frontRef} role="heading" aria-level={2} tabIndex={-1} className={headingFocus}>
          <CardContent data-testid="review-card-front" format={card.format} content={card.front} className="text-lg" />
        </div>
      )}
      {revealed ? (
        <>
          {card.format === 'text' && <hr className="border-slate-200 dark:border-slate-700" />}
          <section aria-labelledby={answerId} className="flex flex-col gap-2">
            <h3
              id={answerId}
              ref={answerHeadingRef}
              tabIndex={-1}
              data-testid="review-answer-heading"
              className={`self-start text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300 ${headingFocus}`}
            >
              {t('card.answer')}
            </h3>
            <div ref={backRef}>
              <CardContent
                data-testid="review-card-back"
                format={card.format}
                content={card.back}
                className={card.format === 'html' ? 'text-lg' : ''}
              />
            </div>
          </section>
          <RatingButtons previews={previews} onRate={onRate} />
          <div className="flex justify-end">
            <Button variant="ghost" size="sm" data-testid="review-explain" disabled={explaining} onClick={onExplain}>
              {explaining ? t('card.explaining') : t('card.explain')}
            </Button>
          </div>
        </>
      ) : (
        <Button variant="primary" data-testid="review-reveal" onClick={onReveal} title={t('card.showAnswerHint')}>
          {t('card.showAnswer')}
        </Button>
      )}
    </article>
  );
}
