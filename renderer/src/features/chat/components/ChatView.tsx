// The chat screen: sidebar, message list and composer wired to the conversation and session hooks.
// It stays mounted while Settings is open so an answer keeps streaming in the background.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EngineStatus } from '../../../../../preload/contract/features/servers';
import type { ModelStatus } from '../../../../../preload/contract/schemas';
import { SidePanelToggle, useSidePanel } from '../../../components/layout/SidePanel';
import { Button } from '../../../components/ui/Button';
import { ErrorBanner } from '../../../components/ui/ErrorBanner';
import { useTranslation } from '../../../i18n';
import { useApi } from '../../../lib/api';
import { crashMessage, hasLoadedModel } from '../../model/labels';
import { useAdapterChoice } from '../hooks/useAdapterChoice';
import { useAnswerAnnouncement } from '../hooks/useAnswerAnnouncement';
import { useCardsChoice } from '../hooks/useCardsChoice';
import { useChatSession } from '../hooks/useChatSession';
import { useConversations } from '../hooks/useConversations';
import { useEngineChoice } from '../hooks/useEngineChoice';
import { useShortcuts } from '../hooks/useShortcuts';
import { AdapterControl } from './AdapterControl';
import { ChatEmptyState } from './ChatEmptyState';
import { Composer } from './Composer';
import { ConversationSidebar } from './ConversationSidebar';
import { EngineControl } from './EngineControl';
import { MessageList } from './MessageList';
import { ScopeDeclinePanel } from './ScopeDeclinePanel';
import { ScopeOverrideBadge } from './ScopeOverrideBadge';
import { UseCardsToggle } from './UseCardsToggle';
import type { CitationTarget } from '../state/citations';

type FocusTarget = 'composer' | 'search';

/** How long after a crash to wait for main's own final message before giving up on a stream. */
const CRASH_GRACE_MS = 5000;

export interface ChatViewProps {
  active: boolean;
  modelStatus: ModelStatus | null;
  /** Brings the chat view to the front (used by shortcuts pressed while Settings is open). */
  onActivate: () => void;
  onOpenSettings: () => void;
  /** Opens Models (the download), from the empty chat when no model is loaded. */
  onOpenModels: () => void;
  /** Opens this conversation at this message (e.g. a chat search hit in Cards); a new object reopens. */
  openTarget?: { conversationId: number; messageId: number } | null;
  /** Opens what an answer cites: a card in Cards, or an earlier answer in its chat. */
  onOpenCitation?: (target: CitationTarget) => void;
  /** The engine of the open conversation (or the next new chat), for the header's "Remote: NAME". */
  onEngineChange?: (engine: EngineStatus | null) => void;
}

export function ChatView({
  active,
  modelStatus,
  onActivate,
  onOpenSettings,
  onOpenModels,
  openTarget = null,
  onOpenCitation,
  onEngineChange,
}: ChatViewProps) {
  const { t } = useTranslation('chat');
  const api = useApi();
  const conversations = useConversations(api);
  const chat = useChatSession(api, conversations.refresh);
  const { select, send, dismissDecline, regenerate, stop, markInterrupted, isStreaming } = chat;
  const { conversationId, messages, stream, loading, focusMessageId, decline, scopeOverride } = chat.state;
  useAnswerAnnouncement(stream, messages, active);
  const [draft, setDraft] = useState('');
  // A new chat starts with the adapter on, at the scale the adapter was loaded with (at most 2).
  const defaultScale = Math.min(modelStatus?.adapter?.defaultScale ?? 1, 2);
  const defaultAdapter = useMemo(() => ({ enabled: true, scale: defaultScale }), [defaultScale]);
  const adapterChoice = useAdapterChoice(api, conversationId, defaultAdapter);
  const { flush: flushAdapterChoice, choice: adapter } = adapterChoice;
  const cardsChoice = useCardsChoice(api, conversationId);
  const { flush: flushCardsChoice, useCards } = cardsChoice;
  // The answer uses both choices as they are now, so their saves finish before it is asked for.
  const flushAdapter = useCallback(
    () => Promise.all([flushAdapterChoice(), flushCardsChoice()]).then(() => undefined),
    [flushAdapterChoice, flushCardsChoice],
  );
  // This computer or a server from Settings; the local model's status says nothing about a server's.
  // Read again when the chat comes back into view: Settings may have changed the default engine.
  const engineChoice = useEngineChoice(api, conversationId, active);
  const { engine, newChatEngine, setEngine } = engineChoice;
  const remote = engine?.kind === 'remote';
  useEffect(() => {
    onEngineChange?.(engine);
  }, [engine, onEngineChange]);
  const switchToLocal = useCallback(() => void setEngine(null), [setEngine]);
  const composerRef = useRef<HTMLTextAreaElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  // Focus requests wait until the view is visible (hidden elements cannot take focus).
  const focusRequest = useRef<FocusTarget | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const requestFocus = useCallback(
    (target: FocusTarget) => {
      focusRequest.current = target;
      setFocusTick((n) => n + 1);
      onActivate();
    },
    [onActivate],
  );
  useEffect(() => {
    const target = focusRequest.current;
    if (!active || target === null) return;
    focusRequest.current = null;
    (target === 'search' ? searchRef : composerRef).current?.focus();
  }, [active, focusTick]);

  // Main normally finishes an answer even when the model process dies; if that final message
  // has not come a while after a crash, end the stream here so the chat is usable again.
  const streamingRequestId = stream?.requestId ?? null;
  useEffect(() => {
    if (modelStatus?.state !== 'crashed' || streamingRequestId === null) return;
    const reason = modelStatus.message ?? crashMessage();
    // No cleanup on purpose: a later status (restarting…) must not cancel it; it is a no-op if done arrived.
    setTimeout(() => markInterrupted(streamingRequestId, reason), CRASH_GRACE_MS);
  }, [modelStatus, streamingRequestId, markInterrupted]);

  // A conversation opened from elsewhere may be new (Review's "Explain" starts one): list it now, not only
  // when its answer ends.
  const { refresh: refreshConversations } = conversations;
  useEffect(() => {
    if (openTarget === null) return;
    select(openTarget.conversationId, openTarget.messageId);
    refreshConversations();
  }, [openTarget, select, refreshConversations]);

  // At narrow widths the conversation list folds away; a pick in it shows the chat again.
  const panel = useSidePanel();
  const { close: closePanel } = panel;
  const newChat = useCallback(() => {
    select(null);
    closePanel();
    requestFocus('composer');
  }, [select, closePanel, requestFocus]);

  const onSelect = useCallback(
    (id: number, matchedMessageId: number | null) => {
      select(id, matchedMessageId);
      closePanel();
    },
    [select, closePanel],
  );

  const { remove, undo } = conversations;
  const onDelete = useCallback(
    (id: number) => {
      if (id === conversationId) select(null);
      void remove(id);
    },
    [conversationId, select, remove],
  );
  const onUndo = useCallback(async () => {
    const restoredId = await undo();
    if (restoredId !== null) select(restoredId);
  }, [undo, select]);

  const onSend = useCallback(async () => {
    const text = draft;
    setDraft('');
    await flushAdapter();
    const ok = await send(text, { adapter, useCards, engine: newChatEngine });
    // Give the question back after an error or a scope decline, so nothing typed is lost.
    if (!ok) setDraft((current) => (current === '' ? text : current));
  }, [draft, send, flushAdapter, adapter, useCards, newChatEngine]);

  const onAskAnyway = useCallback(async () => {
    if (decline === null) return;
    const { text } = decline;
    setDraft('');
    await flushAdapter();
    const ok = await send(text, { adapter, useCards, engine: newChatEngine, askAnyway: true });
    if (!ok) setDraft((current) => (current === '' ? text : current));
  }, [decline, send, flushAdapter, adapter, useCards, newChatEngine]);

  const onEditQuestion = useCallback(() => {
    dismissDecline();
    composerRef.current?.focus();
  }, [dismissDecline]);

  // The panel is about the text in the composer; once that is edited, it no longer applies.
  const showDecline = decline !== null && draft === decline.text;

  const onRegenerate = useCallback(() => void flushAdapter().then(regenerate), [flushAdapter, regenerate]);

  // An example is asked at once when the engine is ready (a server is taken to be); otherwise it waits in the
  // composer.
  const modelReady =
    remote || (modelStatus !== null && hasLoadedModel(modelStatus.state) && modelStatus.modelInfo !== null);
  const onPickExample = useCallback(
    async (text: string) => {
      if (!modelReady || isStreaming) {
        setDraft(text);
        composerRef.current?.focus();
        return;
      }
      await flushAdapter();
      const ok = await send(text, { adapter, useCards, engine: newChatEngine });
      if (!ok) setDraft((current) => (current === '' ? text : current));
    },
    [modelReady, isStreaming, flushAdapter, send, adapter, useCards, newChatEngine],
  );

  useShortcuts({
    'new-chat': newChat,
    'focus-search': () => requestFocus('search'),
    stop: () => {
      if (!active || !isStreaming) return false;
      stop();
    },
  });

  return (
    <div hidden={!active} className="flex min-h-0 flex-1 max-sm:flex-col">
      <SidePanelToggle panel={panel} testId="conversations-toggle">
        {t('view.conversationsToggle')}
      </SidePanelToggle>
      <ConversationSidebar
        id={panel.panelId}
        className={panel.panelClass}
        onKeyDown={panel.onPanelKeyDown}
        conversations={conversations}
        selectedId={conversationId}
        searchRef={searchRef}
        onNewChat={newChat}
        onSelect={onSelect}
        onDelete={onDelete}
        onUndo={() => void onUndo()}
      />
      <section
        aria-label={t('view.label')}
        className={`flex min-h-0 min-w-0 flex-1 flex-col overflow-y-auto ${panel.contentClass}`}
      >
        <AdapterControl status={modelStatus} state={adapterChoice} engine={engine}>
          <EngineControl state={engineChoice} disabled={isStreaming} />
          <UseCardsToggle state={cardsChoice} />
        </AdapterControl>
        {conversationId !== null && scopeOverride && <ScopeOverrideBadge />}
        <MessageList
          conversationId={conversationId}
          messages={messages}
          stream={stream}
          loading={loading}
          focusMessageId={focusMessageId}
          onRegenerate={onRegenerate}
          onOpenCitation={onOpenCitation}
          onSwitchToLocal={remote ? switchToLocal : undefined}
          emptyState={
            <ChatEmptyState
              status={modelStatus}
              remote={remote}
              onOpenSettings={onOpenSettings}
              onOpenModels={onOpenModels}
              onPickExample={(text) => void onPickExample(text)}
            />
          }
        />
        <div className="px-4 pt-2 pb-3 sm:px-6">
          <div className="mx-auto flex max-w-3xl flex-col gap-2">
            {active && chat.error !== null && (
              <ErrorBanner
                message={chat.error.message}
                onDismiss={chat.clearError}
                action={
                  chat.error.code === 'model_unavailable' ? (
                    <Button size="sm" variant="secondary" onClick={onOpenSettings}>
                      {t('view.openSettings')}
                    </Button>
                  ) : undefined
                }
              />
            )}
            {active && showDecline && (
              <ScopeDeclinePanel
                decline={decline}
                busy={isStreaming}
                onAskAnyway={() => void onAskAnyway()}
                onEdit={onEditQuestion}
              />
            )}
            <Composer
              value={draft}
              onChange={setDraft}
              onSend={() => void onSend()}
              onStop={stop}
              isStreaming={isStreaming}
              inputRef={composerRef}
            />
            <p className="text-center text-xs text-muted">{t('view.disclaimer')}</p>
          </div>
        </div>
      </section>
    </div>
  );
}
