// After an answer: the verdict with the key terms found and missed, the card's back, the proposed
// rating (Enter confirms, 1–4 choose another) and the model's optional comment, which never grades.
import type { QuizGrade } from '../../../../../preload/contract/features/quiz';
import type { ReviewGrade } from '../../../../../preload/contract/features/review';
import { CardContent } from '../../../components/card/CardContent';
import { Badge } from '../../../components/ui/Badge';
import { Button } from '../../../components/ui/Button';
import { Trans, useFormatters, useTranslation } from '../../../i18n';
import { GRADE_KEYS, GRADES } from '../../review/state/labels';
import type { Explanation } from '../hooks/useQuizSession';
import { REASON_KEYS, VERDICT_KEYS, VERDICT_TONES } from '../state/quiz-labels';

export interface QuizResultProps {
  answer: string;
  grade: QuizGrade;
  explanation: Explanation | null;
  /** Text of the comment while it streams. */
  draft: string;
  modelReady: boolean;
  onRate(rating: ReviewGrade): void;
  onExplain(): void;
  onStopExplanation(): void;
}

function Terms({ label, terms, testId }: { label: string; terms: string[]; testId: string }) {
  if (terms.length === 0) return null;
  return (
    <p className="text-sm">
      <span className="text-muted">{label} </span>
      <span data-testid={testId}>{terms.join(', ')}</span>
    </p>
  );
}

export function QuizResult(props: QuizResultProps) {
  const { answer, grade, explanation, draft, modelReady } = props;
  const { t } = useTranslation('quiz');
  const fmt = useFormatters();
  const proposed = grade.proposal.rating;
  const gradeName = (rating: ReviewGrade) => t(GRADE_KEYS[rating], { ns: 'review' });
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1" aria-live="polite">
        <div className="flex items-center gap-2">
          <span data-testid="quiz-verdict" data-verdict={grade.verdict}>
            <Badge tone={VERDICT_TONES[grade.verdict]}>{t(VERDICT_KEYS[grade.verdict])}</Badge>
          </span>
          <span className="text-xs text-muted">
            {grade.exact ? t('result.exact') : t('result.score', { percent: fmt.percent(grade.score) })}
          </span>
        </div>
        <p className="text-sm whitespace-pre-wrap">
          <span className="text-muted">{t('result.youAnswered')} </span>
          <span data-testid="quiz-your-answer">{answer.trim() === '' ? t('result.nothing') : answer}</span>
        </p>
        <Terms label={t('result.found')} terms={grade.matched} testId="quiz-matched" />
        <Terms label={t('result.missing')} terms={grade.missed} testId="quiz-missed" />
      </div>
      <hr className="border-slate-200 dark:border-slate-700" />
      <CardContent data-testid="quiz-back" format={grade.format} content={grade.back} />
      <div className="flex flex-col gap-2">
        <p className="text-sm" data-testid="quiz-proposal">
          <Trans
            t={t}
            i18nKey="result.proposal"
            values={{ grade: gradeName(proposed), reason: t(REASON_KEYS[grade.proposal.reason]) }}
            components={[<strong key="grade" />]}
          />
        </p>
        <div className="grid grid-cols-4 gap-2" role="group" aria-label={t('result.group')}>
          {GRADES.map((rating) => {
            const preview = grade.previews.find((p) => p.rating === rating);
            return (
              <Button
                key={rating}
                data-testid={`quiz-rate-${rating}`}
                data-proposed={rating === proposed ? 'true' : undefined}
                variant={rating === proposed ? 'primary' : 'secondary'}
                className="h-auto flex-col py-2"
                onClick={() => props.onRate(rating)}
                title={t('result.rateHint', { grade: gradeName(rating), key: rating })}
              >
                <span>{gradeName(rating)}</span>
                <span className="text-xs font-normal">
                  {preview === undefined ? '…' : fmt.duration(preview.intervalMs)}
                </span>
                {/* In the name after the visible words, so speech input can say what it sees. */}
                {rating === proposed && <span className="sr-only"> {t('result.suggested')}</span>}
              </Button>
            );
          })}
        </div>
      </div>
      <div className="flex flex-col gap-2 rounded-lg bg-slate-50 p-3 dark:bg-slate-800/60">
        <div className="flex items-center justify-between gap-2">
          <span className="text-xs text-muted">{t('result.commentNote')}</span>
          {explanation?.status === 'streaming' ? (
            <Button size="sm" variant="ghost" data-testid="quiz-explain-stop" onClick={props.onStopExplanation}>
              {t('result.stop')}
            </Button>
          ) : (
            <Button
              size="sm"
              variant="ghost"
              data-testid="quiz-explain"
              disabled={!modelReady}
              title={modelReady ? t('result.commentHint') : t('result.commentNeedsModel')}
              onClick={props.onExplain}
            >
              {t('result.comment')}
            </Button>
          )}
        </div>
        {explanation && (
          <p data-testid="quiz-explanation" data-status={explanation.status} className="text-sm whitespace-pre-wrap">
            {explanation.status === 'streaming' ? draft : explanation.text}
            {explanation.error && (
              <span className="text-red-700 dark:text-red-300">
                {' '}
                {t('result.commentError', { error: explanation.error })}
              </span>
            )}
          </p>
        )}
      </div>
    </div>
  );
}
