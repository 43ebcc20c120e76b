// The open conversation: loading it, sending, regenerating, stopping, and streaming answers in.
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { AdapterChoice } from '../../../../../preload/contract/schemas';
import type { MeaApi } from '../../../lib/api';
import { toUiError, type UiError } from '../../../lib/errors';
import { chatReducer, initialChatState, type ChatState } from '../state/chatReducer';
import { createStreamRouter, type StreamEvent } from '../state/streamRouter';
import { useStreamEvents } from './useStreamEvents';

export interface SendOptions {
  /** The adapter choice a new chat is created with; an existing conversation keeps its stored one. */
  adapter?: AdapterChoice;
  /** "Use my cards" for a new chat; an existing conversation keeps its stored one. */
  useCards?: boolean;
  /** The engine a new chat is created with (a server id, null = this computer); an existing one keeps its own. */
  engine?: string | null;
  /** Answers a declined question and remembers it for the chat. */
  askAnyway?: boolean;
}

export interface ChatSession {
  state: ChatState;
  isStreaming: boolean;
  error: UiError | null;
  clearError(): void;
  /** Opens a conversation (null = new chat), optionally scrolled to one message. */
  select(conversationId: number | null, focusMessageId?: number | null): void;
  /**
   * Resolves false when the message was not sent: an error (in `error`) or a scope decline (in
   * `state.decline`).
   */
  send(text: string, options?: SendOptions): Promise<boolean>;
  dismissDecline(): void;
  regenerate(): Promise<void>;
  stop(): void;
  /** Ends that stream locally when the model process died and no final message came. */
  markInterrupted(requestId: string, reason: string | null): void;
}

/** `onConversationsChanged` lets the sidebar refresh after a send creates or updates a chat. */
export function useChatSession(api: MeaApi, onConversationsChanged: () => void): ChatSession {
  const [state, dispatch] = useReducer(chatReducer, initialChatState);
  const [error, setError] = useState<UiError | null>(null);
  const [router] = useState(createStreamRouter);
  const stateRef = useRef(state);
  const changedRef = useRef(onConversationsChanged);
  useEffect(() => {
    stateRef.current = state;
    changedRef.current = onConversationsChanged;
  });

  const onDone = useCallback(() => changedRef.current(), []);
  const replay = useStreamEvents(api, dispatch, router, onDone);

  const select = useCallback(
    (conversationId: number | null, focusMessageId: number | null = null) => {
      setError(null);
      const alreadyOpen = conversationId !== null && conversationId === stateRef.current.conversationId;
      dispatch({ type: 'select', conversationId, focusMessageId });
      if (conversationId === null || alreadyOpen) return;
      // Only for the "ask anyway" badge: a failure here leaves the badge off and the chat usable.
      api.getConversation(conversationId).then(
        (conversation) => dispatch({ type: 'conversationInfo', conversation }),
        () => undefined,
      );
      api.listMessages(conversationId).then(
        (messages) => dispatch({ type: 'loaded', conversationId, messages }),
        (err: unknown) => {
          dispatch({ type: 'loadFailed', conversationId });
          setError(toUiError(err));
        },
      );
    },
    [api],
  );

  /**
   * Shared by send and regenerate: the router holds early events until we know the requestId.
   * `call` resolves null when nothing started (a scope decline).
   */
  const start = useCallback(
    async <T extends { requestId: string }>(
      call: () => Promise<T | null>,
      started: (result: T) => void,
    ): Promise<boolean> => {
      setError(null);
      router.beginStart();
      let held: StreamEvent[] = [];
      try {
        const result = await call();
        if (result === null) {
          router.endStart(null);
          return false;
        }
        held = router.endStart(result.requestId);
        started(result);
        replay(held);
        changedRef.current();
        return true;
      } catch (err) {
        router.endStart(null);
        setError(toUiError(err));
        return false;
      }
    },
    [router, replay],
  );

  const send = useCallback(
    (text: string, { adapter, useCards, engine, askAnyway = false }: SendOptions = {}) =>
      start(
        async () => {
          const { conversationId } = stateRef.current;
          const result = await api.sendMessage({
            conversationId,
            text,
            adapter,
            ...(useCards !== undefined ? { useCards } : {}),
            ...(engine !== undefined && conversationId === null ? { engine } : {}),
            ...(askAnyway ? { askAnyway } : {}),
          });
          if (result.outcome === 'answering') return result;
          const { decision, canAskAnyway, notices } = result;
          dispatch({ type: 'declined', decline: { text, decision, canAskAnyway, notices } });
          return null;
        },
        (result) => dispatch({ type: 'sendStarted', ...result }),
      ),
    [api, start],
  );

  const dismissDecline = useCallback(() => dispatch({ type: 'dismissDecline' }), []);

  const regenerate = useCallback(async () => {
    const { conversationId } = stateRef.current;
    if (conversationId === null) return;
    await start(
      () => api.regenerate(conversationId),
      (result) => dispatch({ type: 'regenerateStarted', ...result }),
    );
  }, [api, start]);

  const stop = useCallback(() => {
    const { stream } = stateRef.current;
    if (stream === null) return;
    // The partial answer stays: main finishes the message with status 'stopped' and sends it back.
    api.stopGeneration(stream.requestId).catch((err: unknown) => setError(toUiError(err)));
  }, [api]);

  const markInterrupted = useCallback(
    (requestId: string, reason: string | null) => {
      const { stream } = stateRef.current;
      if (stream === null || stream.requestId !== requestId) return; // it finished after all
      router.finish(requestId);
      dispatch({ type: 'interrupted', error: reason });
    },
    [router],
  );

  const clearError = useCallback(() => setError(null), []);

  return {
    state,
    isStreaming: state.stream !== null,
    error,
    clearError,
    select,
    send,
    dismissDecline,
    regenerate,
    stop,
    markInterrupted,
  };
}
