// The Review screen: deck picker, the card under review, rating keys (Space, 1–4, Ctrl+Z) and the stats panel.
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { ReviewGrade } from '../../../../../preload/contract/features/review';
import { useAnnounce } from '../../../components/a11y/Announcer';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { Button } from '../../../components/ui/Button';
import { useFormatters, useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { useReviewSession } from '../hooks/useReviewSession';
import { useReviewStats } from '../hooks/useReviewStats';
import { formatWait, gradeForKey } from '../state/labels';
import { DeckPicker } from './DeckPicker';
import { ReviewCard } from './ReviewCard';
import { ReviewShortcuts } from './ReviewShortcuts';
import { ReviewStatsPanel } from './ReviewStatsPanel';

export interface ReviewViewProps {
  /** Called after a rating or undo, so the header's due count can refresh. */
  onReviewed(): void;
  /** "Explain" started a chat answer in this conversation: show the chat. */
  onExplaining(conversationId: number, messageId: number): void;
  /** Starts a quiz over the due cards of the chosen deck (null = all decks). */
  onQuiz?(deckId: number | null): void;
}

/** Keys typed into a field (e.g. the deck picker) are not review shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** Space on a control inside the card (its Play audio button, a hint's <summary>) presses that control. */
function pressesCardControl(event: KeyboardEvent): boolean {
  const target = event.target;
  return (
    event.key === ' ' &&
    target instanceof HTMLElement &&
    /^(BUTTON|SUMMARY)$/.test(target.tagName) &&
    target.closest('.card-content') !== null
  );
}

export function ReviewView({ onReviewed, onExplaining, onQuiz }: ReviewViewProps) {
  const api = useApi();
  const { t } = useTranslation('review');
  const fmt = useFormatters();
  const [deckId, setDeckId] = useState<number | null>(null);
  const [tick, setTick] = useState(0);
  const [explaining, setExplaining] = useState(false);
  const [explainError, setExplainError] = useState<string | null>(null);
  const { stats, refresh } = useReviewStats(api, deckId);
  const afterRating = useCallback(() => {
    refresh();
    setTick((n) => n + 1);
    onReviewed();
  }, [refresh, onReviewed]);
  const session = useReviewSession(api, deckId, afterRating);
  const { card, revealed, reveal, rate: rateCard, undo: undoRating, canUndo } = session;
  const announce = useAnnounce();

  // A rating or an undo deals another card: focus goes to its front (or to "Nothing due"), never to the
  // page body where the pressed button or the answer heading was.
  const frontRef = useRef<HTMLDivElement>(null);
  const emptyRef = useRef<HTMLParagraphElement>(null);
  const focusNextDeal = useRef(false);
  const rate = useCallback(
    async (grade: ReviewGrade) => {
      focusNextDeal.current = true;
      if (!(await rateCard(grade))) focusNextDeal.current = false;
    },
    [rateCard],
  );
  const undo = useCallback(async () => {
    focusNextDeal.current = true;
    if (await undoRating()) announce(t('view.undone'));
    else focusNextDeal.current = false;
  }, [undoRating, announce, t]);
  useLayoutEffect(() => {
    if (!focusNextDeal.current || session.loading) return;
    focusNextDeal.current = false;
    (frontRef.current ?? emptyRef.current)?.focus();
  }, [card, session.loading]);

  // Bound before paint (a layout effect): once the card is on screen, its keys already work; with a
  // plain effect a key pressed right after the card appears could reach the previous (card-less) handler.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || pressesCardControl(event) || event.altKey || event.metaKey) return;
      if ((event.key === 'z' || event.key === 'Z') && event.ctrlKey && canUndo) {
        event.preventDefault();
        void undo();
        return;
      }
      if (event.ctrlKey || !card) return;
      if (event.key === ' ' && !revealed) {
        event.preventDefault();
        reveal();
        return;
      }
      const grade = revealed ? gradeForKey(event.key) : null;
      if (grade !== null) {
        event.preventDefault();
        void rate(grade);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [card, revealed, reveal, rate, undo, canUndo]);

  const explain = async () => {
    if (!card) return;
    setExplaining(true);
    try {
      const started = await api.explainCard(card.id);
      onExplaining(started.conversationId, started.messageId);
    } catch (caught) {
      setExplainError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setExplaining(false);
    }
  };
  const error = session.error ?? explainError;

  return (
    // Narrower than the card plus the stats panel, the panel goes under the card and the view scrolls as one.
    <div className="flex min-h-0 flex-1 max-lg:flex-col max-lg:overflow-y-auto" data-testid="review-view">
      <section className="flex min-w-0 flex-1 flex-col items-center gap-4 p-4 sm:p-6 lg:overflow-y-auto">
        <div className="flex w-full max-w-2xl flex-wrap items-center justify-between gap-2">
          <DeckPicker deckId={deckId} onChange={setDeckId} refreshKey={tick} />
          <div className="flex items-center gap-2">
            {onQuiz && (
              <Button
                size="sm"
                variant="secondary"
                data-testid="review-quiz"
                disabled={session.dueCount === 0}
                title={t('view.quizMeHint')}
                onClick={() => onQuiz(deckId)}
              >
                {t('view.quizMe')}
              </Button>
            )}
            {canUndo && (
              <Button size="sm" variant="ghost" data-testid="review-undo" onClick={() => void undo()}>
                {t('actions.undo', { ns: 'common' })}
              </Button>
            )}
            <span data-testid="review-left" className="text-sm text-slate-600 tabular-nums dark:text-slate-300">
              {t('view.left', { count: session.dueCount })}
            </span>
          </div>
        </div>
        {error && (
          <div className="w-full max-w-2xl">
            <ErrorBanner message={error} onDismiss={() => (session.clearError(), setExplainError(null))} />
          </div>
        )}
        {card ? (
          <>
            <ReviewCard
              card={card}
              revealed={revealed}
              previews={session.previews}
              onReveal={reveal}
              onRate={(grade) => void rate(grade)}
              onExplain={() => void explain()}
              explaining={explaining}
              frontRef={frontRef}
            />
            <ReviewShortcuts />
          </>
        ) : (
          !session.loading && (
            <p
              ref={emptyRef}
              tabIndex={-1}
              data-testid="review-empty"
              className="mt-12 rounded-md text-center text-slate-600 focus:outline-none dark:text-slate-300"
            >
              {session.nextDueIn === null
                ? t('view.nothingDue')
                : t('view.nextDue', { when: formatWait(session.nextDueIn, fmt.locale) })}
            </p>
          )
        )}
      </section>
      {/* A new retention changes the intervals on the rating buttons, never the card on screen. */}
      <ReviewStatsPanel stats={stats} onSettingsChanged={session.refreshPreviews} />
    </div>
  );
}
