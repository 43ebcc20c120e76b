// After an answer: the verdict with the key terms found and missed, the card's back, the proposed
// rating (Enter confirms, 1–4 choose another) and the model's optional comment, which never grades.
import type { QuizGrade } from '../../../../../preload/contract/features/quiz';
import type { ReviewGrade } from '../../../../../preload/contract/features/review';
import { CardContent } from '../../../components/card/CardContent';
import { Badge } from '../../../components/ui/Badge';
import { Button } from '../../../components/ui/Button';
import { GRADE_LABELS, GRADES } from '../../review/state/labels';
import type { Explanation } from '../hooks/useQuizSession';
import { VERDICT_LABELS, VERDICT_TONES } from '../state/quiz-labels';

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
      <span className="text-muted">{label}: </span>
      <span data-testid={testId}>{terms.join(', ')}</span>
    </p>
  );
}

export function QuizResult(props: QuizResultProps) {
  const { answer, grade, explanation, draft, modelReady } = props;
  const proposed = grade.proposal.rating;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1" aria-live="polite">
        <div className="flex items-center gap-2">
          <span data-testid="quiz-verdict" data-verdict={grade.verdict}>
            <Badge tone={VERDICT_TONES[grade.verdict]}>{VERDICT_LABELS[grade.verdict]}</Badge>
          </span>
          <span className="text-xs text-muted">
            {grade.exact ? 'Same as the card' : `${Math.round(grade.score * 100)}% of the key terms`}
          </span>
        </div>
        <p className="text-sm whitespace-pre-wrap">
          <span className="text-muted">You answered: </span>
          <span data-testid="quiz-your-answer">{answer.trim() === '' ? '(nothing)' : answer}</span>
        </p>
        <Terms label="Found" terms={grade.matched} testId="quiz-matched" />
        <Terms label="Missing" terms={grade.missed} testId="quiz-missed" />
      </div>
      <hr className="border-slate-200 dark:border-slate-700" />
      <CardContent data-testid="quiz-back" format={grade.format} content={grade.back} />
      <div className="flex flex-col gap-2">
        <p className="text-sm" data-testid="quiz-proposal">
          Suggested: <strong>{GRADE_LABELS[proposed]}</strong> — {grade.proposal.reason}. Enter to confirm, or 1–4.
        </p>
        <div className="grid grid-cols-4 gap-2" role="group" aria-label="Confirm or change the rating">
          {GRADES.map((rating) => (
            <Button
              key={rating}
              data-testid={`quiz-rate-${rating}`}
              data-proposed={rating === proposed ? 'true' : undefined}
              variant={rating === proposed ? 'primary' : 'secondary'}
              className="h-auto flex-col py-2"
              onClick={() => props.onRate(rating)}
              title={`${GRADE_LABELS[rating]} (key ${rating})`}
            >
              <span>{GRADE_LABELS[rating]}</span>
              <span className="text-xs font-normal">
                {grade.previews.find((p) => p.rating === rating)?.interval ?? '…'}
              </span>
              {/* In the name after the visible words, so speech input can say what it sees. */}
              {rating === proposed && <span className="sr-only"> (suggested)</span>}
            </Button>
          ))}
        </div>
      </div>
      <div className="flex flex-col gap-2 rounded-lg bg-slate-50 p-3 dark:bg-slate-800/60">
        <div className="flex items-center justify-between gap-2">
          <span className="text-xs text-muted">
            The model&apos;s comment does not change your grade; it can be wrong.
          </span>
          {explanation?.status === 'streaming' ? (
            <Button size="sm" variant="ghost" data-testid="quiz-explain-stop" onClick={props.onStopExplanation}>
              Stop
            </Button>
          ) : (
            <Button
              size="sm"
              variant="ghost"
              data-testid="quiz-explain"
              disabled={!modelReady}
              title={modelReady ? 'Ask the model to comment (E)' : 'Load a model to get a comment'}
              onClick={props.onExplain}
            >
              Comment on my answer
            </Button>
          )}
        </div>
        {explanation && (
          <p data-testid="quiz-explanation" data-status={explanation.status} className="text-sm whitespace-pre-wrap">
            {explanation.status === 'streaming' ? draft : explanation.text}
            {explanation.error && <span className="text-red-700 dark:text-red-300"> ({explanation.error})</span>}
          </p>
        )}
      </div>
    </div>
  );
}
