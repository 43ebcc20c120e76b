// App shell: disclaimer, header, and routing between the Chat, Settings and Models (first-run setup) views.
import { useCallback, useState } from 'react';
import type { QuizSource } from '../../preload/contract/features/quiz';
import type { EngineStatus } from '../../preload/contract/features/servers';
import { AppHeader, type View } from './components/layout/AppHeader';
import { Disclaimer } from './components/layout/Disclaimer';
import { ChatView } from './features/chat/components/ChatView';
import type { CitationTarget } from './features/chat/state/citations';
import { CompareView } from './features/compare/components/CompareView';
import { StartupNoticesBanner } from './features/data-safety/components/StartupNoticesBanner';
import { useStartupNotices } from './features/data-safety/hooks/useStartupNotices';
import { EvaluateView } from './features/evaluate/components/EvaluateView';
import { FlashcardsView } from './features/flashcards/components/FlashcardsView';
import { CalibrationNotice } from './features/model/components/CalibrationNotice';
import { ModelCrashBanner } from './features/model/components/ModelCrashBanner';
import { QuizView } from './features/quiz/components/QuizView';
import { ModelUnavailableBanner } from './features/model/components/ModelUnavailableBanner';
import { useModelRetry } from './features/model/hooks/useModelRetry';
import { useModelStatus } from './features/model/hooks/useModelStatus';
import { ReviewView } from './features/review/components/ReviewView';
import { useDueCount } from './features/review/hooks/useDueCount';
import { defaultEngineReady, useDefaultEngine } from './features/servers/hooks/useDefaultEngine';
import { SettingsView } from './features/settings/components/SettingsView';
import { SetupView } from './features/setup/components/SetupView';
import { useFirstRun } from './features/setup/hooks/useFirstRun';
import { RecoveredNotice } from './features/window-recovery/RecoveredNotice';
import { useApi } from './lib/api';

export function App() {
  const api = useApi();
  const [view, setView] = useState<View>('chat');
  const [modelStatus, setModelStatus] = useModelStatus(api);
  const modelRetry = useModelRetry(api);
  const showChat = useCallback(() => setView('chat'), []);
  const showSettings = useCallback(() => setView('settings'), []);
  const showModels = useCallback(() => setView('setup'), []);
  // A chat search hit in Cards opens that conversation at the message.
  const [chatTarget, setChatTarget] = useState<{ conversationId: number; messageId: number } | null>(null);
  const openConversation = useCallback((conversationId: number, messageId: number) => {
    setChatTarget({ conversationId, messageId });
    setView('chat');
  }, []);
  // No usable model yet: open on the first-run setup screen (unless the user already went elsewhere).
  const showSetupOnFirstRun = useCallback(() => setView((current) => (current === 'chat' ? 'setup' : current)), []);
  const setupChecked = useFirstRun(api, showSetupOnFirstRun);
  // Re-read the Review tab's due count on every view change and after each rating.
  const [reviewTick, setReviewTick] = useState(0);
  const onReviewed = useCallback(() => setReviewTick((n) => n + 1), []);
  const reviewDue = useDueCount(api, `${view}:${reviewTick}`);
  const startupNotices = useStartupNotices(api);
  // A quiz starts from Review (the due queue) or from a deck in Cards, and returns there when it ends.
  const [quiz, setQuiz] = useState<{ source: QuizSource; returnTo: View } | null>(null);
  const startQuiz = useCallback((source: QuizSource, returnTo: View) => {
    setQuiz({ source, returnTo });
    setView('quiz');
  }, []);
  const endQuiz = useCallback(() => setView(quiz?.returnTo ?? 'review'), [quiz]);
  // A citation under an answer opens its card in Cards; Cards clears the request once it has opened it.
  const [cardToOpen, setCardToOpen] = useState<number | null>(null);
  const openCard = useCallback((cardId: number) => {
    setCardToOpen(cardId);
    setView('flashcards');
  }, []);
  const cardOpened = useCallback(() => setCardToOpen(null), []);
  // What Compare and the quiz are answered by (Settings' default engine); read again on each view change, as
  // Settings may have changed it. A server needs no local model.
  const defaultEngine = useDefaultEngine(api, view);
  // The open conversation's engine: the header says "Remote: NAME" on the chat while a server answers it.
  const [chatEngine, setChatEngine] = useState<EngineStatus | null>(null);
  // An earlier answer it cites opens in its own chat, scrolled to that answer.
  const openCitation = useCallback(
    (target: CitationTarget) => {
      if (target.kind === 'card') openCard(target.cardId);
      else openConversation(target.conversationId, target.messageId);
    },
    [openCard, openConversation],
  );

  return (
    // Each view scrolls inside itself; only on a very short window (or zoomed in) does the whole page scroll,
    // so a view never gets less than 20rem of height.
    <div className="flex h-screen flex-col overflow-y-auto bg-slate-100 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <Disclaimer />
      <AppHeader
        view={view}
        onNavigate={setView}
        status={modelStatus}
        reviewDue={reviewDue}
        engine={view === 'chat' ? chatEngine : null}
      />
      <RecoveredNotice />
      <StartupNoticesBanner notices={startupNotices.notices} onDismiss={startupNotices.dismiss} />
      <ModelCrashBanner status={modelStatus} />
      <CalibrationNotice />
      <ModelUnavailableBanner status={modelStatus} retry={modelRetry} />
      <main className="flex min-h-80 flex-1 flex-col" data-setup-check={setupChecked ? 'done' : 'pending'}>
        {/* Chat stays mounted (hidden) so a streaming answer and the draft survive a visit to Settings. */}
        <ChatView
          active={view === 'chat'}
          modelStatus={modelStatus}
          onActivate={showChat}
          onOpenSettings={showSettings}
          onOpenModels={showModels}
          openTarget={chatTarget}
          onOpenCitation={openCitation}
          onEngineChange={setChatEngine}
        />
        {/* Compare stays mounted too: a running comparison keeps streaming while you look elsewhere. */}
        <CompareView
          active={view === 'compare'}
          status={modelStatus}
          engine={defaultEngine}
          onOpenSettings={showSettings}
        />
        {/* Evaluate too: a perplexity run keeps reporting progress while you look elsewhere. */}
        <EvaluateView active={view === 'evaluate'} status={modelStatus} onOpenSettings={showSettings} />
        {view === 'flashcards' && (
          <FlashcardsView
            onOpenConversation={openConversation}
            onQuizDeck={(deckId) => startQuiz({ kind: 'deck', deckId }, 'flashcards')}
            openCardId={cardToOpen}
            onCardOpened={cardOpened}
          />
        )}
        {view === 'review' && (
          <ReviewView
            onReviewed={onReviewed}
            onExplaining={openConversation}
            onQuiz={(deckId) => startQuiz({ kind: 'due', deckId }, 'review')}
          />
        )}
        {view === 'quiz' && quiz && (
          <QuizView
            source={quiz.source}
            modelReady={defaultEngineReady(defaultEngine, modelStatus)}
            onReviewed={onReviewed}
            onExit={endQuiz}
          />
        )}
        {view === 'settings' && <SettingsView status={modelStatus} onModelStatus={setModelStatus} />}
        {view === 'setup' && (
          <SetupView
            status={modelStatus}
            onModelStatus={setModelStatus}
            onOpenSettings={showSettings}
            onDone={showChat}
          />
        )}
      </main>
    </div>
  );
}
