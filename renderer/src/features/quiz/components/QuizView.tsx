// The Quiz screen: one card at a time — question, typed answer, grade and back, confirmed rating — all
// from the keyboard (Enter, 1–4, E, Esc), like Review.
import { useEffect, useState } from 'react';
import type { QuizSource } from '../../../../../preload/contract/features/quiz';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { gradeForKey } from '../../review/state/labels';
import { useQuizSession, type QuizSession } from '../hooks/useQuizSession';
import { sourceLabel } from '../state/quiz-labels';
import { QuizAsk } from './QuizAsk';
import { QuizResult } from './QuizResult';

export interface QuizViewProps {
  source: QuizSource;
  /** Whether the engine that writes the comment (Settings' default: a server, or this computer's model) can answer. */
  modelReady: boolean;
  /** After each logged rating, so due counts refresh. */
  onReviewed(): void;
  onExit(): void;
}

/** Keys typed into a field are the answer, not shortcuts (Esc aside). */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

function useQuizKeys(session: QuizSession, onExit: () => void): void {
  const { phase, explanation } = session;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.metaKey || event.ctrlKey) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        if (phase.kind === 'asking') session.stopQuestion();
        else if (explanation?.status === 'streaming') session.stopExplanation();
        else {
          session.stopAll();
          onExit();
        }
        return;
      }
      if (phase.kind !== 'graded' || isTyping(event.target)) return;
      // Enter on a focused button presses that button instead.
      if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        void session.rate(phase.grade.proposal.rating);
        return;
      }
      const rating = gradeForKey(event.key);
      if (rating !== null) {
        event.preventDefault();
        void session.rate(rating);
      } else if (event.key === 'e' || event.key === 'E') {
        event.preventDefault();
        void session.explain();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session, phase, explanation, onExit]);
}

/** The quiz's deck name for the heading (null for all decks, or until known). */
function useDeckName(deckId: number | null): string | null {
  const api = useApi();
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    if (deckId === null) return;
    api.listDecks().then(
      (decks) => setName(decks.find((deck) => deck.id === deckId)?.name ?? null),
      () => setName(null),
    );
  }, [api, deckId]);
  return deckId === null ? null : name;
}

export function QuizView({ source, modelReady, onReviewed, onExit }: QuizViewProps) {
  const api = useApi();
  const { t } = useTranslation('quiz');
  const deckName = useDeckName(source.deckId);
  const session = useQuizSession(api, source, onReviewed);
  const { phase, position, tally } = session;
  useQuizKeys(session, onExit);

  return (
    <section
      className="flex min-h-0 flex-1 flex-col items-center gap-4 overflow-y-auto p-6"
      data-testid="quiz-view"
      aria-label={t('view.label')}
    >
      <div className="flex w-full max-w-2xl items-center justify-between">
        <h2 className="text-base font-semibold">{sourceLabel(t, source, deckName)}</h2>
        <div className="flex items-center gap-2">
          {position.total > 0 && phase.kind !== 'done' && (
            <span data-testid="quiz-position" className="text-sm text-slate-600 tabular-nums dark:text-slate-300">
              {t('view.position', { index: Math.min(position.index + 1, position.total), total: position.total })}
            </span>
          )}
          <Button
            size="sm"
            variant="ghost"
            data-testid="quiz-end"
            title={t('view.endHint')}
            onClick={() => (session.stopAll(), onExit())}
          >
            {t('view.end')}
          </Button>
        </div>
      </div>
      {session.error && (
        <div className="w-full max-w-2xl">
          <ErrorBanner message={session.error} onDismiss={session.clearError} />
        </div>
      )}
      <div className="flex w-full max-w-2xl flex-col gap-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        {phase.kind === 'loading' && <p className="text-muted">{t('view.loading')}</p>}
        {(phase.kind === 'asking' || phase.kind === 'answering') && (
          <QuizAsk
            key={phase.item.cardId}
            item={phase.item}
            question={phase.kind === 'answering' ? phase.question : null}
            failure={phase.kind === 'answering' ? phase.failure : null}
            draft={session.draft}
            onStop={session.stopQuestion}
            onSubmit={(answer) => void session.submit(answer)}
          />
        )}
        {phase.kind === 'graded' && (
          <QuizResult
            answer={phase.answer}
            grade={phase.grade}
            explanation={session.explanation}
            draft={session.draft}
            modelReady={modelReady}
            onRate={(rating) => void session.rate(rating)}
            onExplain={() => void session.explain()}
            onStopExplanation={session.stopExplanation}
          />
        )}
        {phase.kind === 'done' && (
          <div className="flex flex-col items-start gap-3" data-testid="quiz-done">
            <p>
              {position.total === 0 ? t('view.empty') : t('view.done', { count: tally.rated, correct: tally.correct })}
            </p>
            <Button variant="primary" size="sm" data-testid="quiz-back-button" onClick={onExit}>
              {t('view.back')}
            </Button>
          </div>
        )}
      </div>
    </section>
  );
}
