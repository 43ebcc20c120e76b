// The question and the answer box: the model's question as it streams (Esc stops it), or the card's
// front with a note saying why (when the model failed, its reason: which server and what went wrong); Enter
// submits the answer, Shift+Enter starts a new line.
import { useEffect, useRef, useState } from 'react';
import type { QuizItem, QuizQuestion } from '../../../../../preload/contract/features/quiz';
import { CardContent } from '../../../components/card/CardContent';
import { Button } from '../../../components/ui/Button';
import { useTranslation } from '../../../i18n';
import { NOTICE_KEYS } from '../state/quiz-labels';

export interface QuizAskProps {
  item: QuizItem;
  /** null while the model is still writing the question. */
  question: QuizQuestion | null;
  /** Why the model's question failed, as main words it; null when it did not. */
  failure: string | null;
  draft: string;
  onStop(): void;
  onSubmit(answer: string): void;
}

export function QuizAsk({ item, question, failure, draft, onStop, onSubmit }: QuizAskProps) {
  const { t } = useTranslation('quiz');
  const [answer, setAnswer] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  // Ready to type into as soon as the card shows (the view mounts this afresh for each card).
  useEffect(() => {
    input.current?.focus();
  }, []);

  return (
    <div className="flex flex-col gap-4">
      {question === null ? (
        <div className="flex flex-col gap-2" aria-live="polite" aria-busy="true">
          <p data-testid="quiz-question-draft" className="min-h-7 text-lg text-muted">
            {draft === '' ? t('ask.writing') : draft}
          </p>
          <div>
            <Button
              size="sm"
              variant="ghost"
              data-testid="quiz-stop-question"
              onClick={onStop}
              title={t('ask.asCardHint')}
            >
              {t('ask.asCard')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-col gap-2" aria-live="polite">
          {question.source === 'model' || item.format === 'text' ? (
            <p data-testid="quiz-question" data-source={question.source} className="text-lg whitespace-pre-wrap">
              {question.source === 'model' ? question.text : item.front}
            </p>
          ) : (
            <CardContent data-testid="quiz-question" format={item.format} content={item.front} className="text-lg" />
          )}
          {question.notice && (
            <p data-testid="quiz-question-notice" className="text-xs text-muted">
              {t(NOTICE_KEYS[question.notice])}
            </p>
          )}
          {question.notice === 'failed' && failure !== null && (
            <p data-testid="quiz-question-failure" className="text-xs text-red-700 dark:text-red-300">
              {t('ask.failureReason', { reason: failure })}
            </p>
          )}
        </div>
      )}
      <form
        className="flex flex-col gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (question !== null) onSubmit(answer);
        }}
      >
        <label htmlFor="quiz-answer" className="text-sm font-medium text-slate-700 dark:text-slate-200">
          {t('ask.answerLabel')}
        </label>
        <textarea
          id="quiz-answer"
          ref={input}
          data-testid="quiz-answer"
          rows={3}
          value={answer}
          onChange={(event) => setAnswer(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              if (question !== null) onSubmit(answer);
            }
          }}
          aria-describedby="quiz-answer-help"
          className="rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-600 dark:bg-slate-800"
        />
        <div className="flex items-center justify-between">
          <span id="quiz-answer-help" className="text-xs text-muted">
            {t('ask.answerHelp')}
          </span>
          <Button type="submit" variant="primary" size="sm" data-testid="quiz-submit" disabled={question === null}>
            {t('ask.check')}
          </Button>
        </div>
      </form>
    </div>
  );
}
