// Pure state of the open conversation and the one answer being streamed into it.
// The streamed text lives beside the message list (not inside it) so a token only
// changes one small object and the list array, and every other row, stay untouched.
import type { Conversation, Message, ScopeDecisionBody } from '../../../../../preload/contract/schemas';
import type { SafetyNoticeKind } from '../../../../../preload/contract/safety-notices';

export interface ActiveStream {
  requestId: string;
  conversationId: number;
  messageId: number;
  /** Text received so far; shown instead of the stored (empty) content of that message. */
  content: string;
}

/** A question the scope guard declined; nothing was saved, the composer still holds the text. */
export interface ScopeDecline {
  text: string;
  decision: ScopeDecisionBody;
  canAskAnyway: boolean;
  /** Safety notices the question needs, shown above the decline's way on. */
  notices: SafetyNoticeKind[];
}

export interface ChatState {
  /** null = a fresh "new chat" that main has not created yet. */
  conversationId: number | null;
  messages: readonly Message[];
  loading: boolean;
  stream: ActiveStream | null;
  /** A message to scroll to and highlight once loaded (the one a search matched). */
  focusMessageId: number | null;
  /** The last question declined by the scope guard in this view; cleared by a send or another chat. */
  decline: ScopeDecline | null;
  /** "Ask anyway" is on for the open conversation (its questions skip the scope guard). */
  scopeOverride: boolean;
}

export type ChatAction =
  | { type: 'select'; conversationId: number | null; focusMessageId?: number | null }
  | { type: 'loaded'; conversationId: number; messages: readonly Message[] }
  | { type: 'loadFailed'; conversationId: number }
  | {
      type: 'sendStarted';
      requestId: string;
      conversation: Conversation;
      userMessage: Message;
      assistantMessage: Message;
    }
  | { type: 'regenerateStarted'; requestId: string; conversation: Conversation; assistantMessage: Message }
  | { type: 'declined'; decline: ScopeDecline }
  | { type: 'dismissDecline' }
  /** What main says about the open conversation (read when it is opened). */
  | { type: 'conversationInfo'; conversation: Conversation }
  | { type: 'delta'; requestId: string; text: string }
  | { type: 'done'; requestId: string; message: Message }
  /** Local fallback when the model process dies and no final message will ever arrive. */
  | { type: 'interrupted'; error: string | null };

export const initialChatState: ChatState = {
  conversationId: null,
  messages: [],
  loading: false,
  stream: null,
  focusMessageId: null,
  decline: null,
  scopeOverride: false,
};

function startStream(requestId: string, message: Message): ActiveStream {
  return { requestId, conversationId: message.conversationId, messageId: message.id, content: message.content };
}

function replaceById(messages: readonly Message[], message: Message): readonly Message[] {
  const index = messages.findIndex((m) => m.id === message.id);
  if (index === -1) return messages;
  const next = messages.slice();
  next[index] = message;
  return next;
}

/** Regenerating replaces the trailing assistant reply(ies) after the last user message. */
function withoutTrailingAssistant(messages: readonly Message[]): readonly Message[] {
  let end = messages.length;
  while (end > 0 && messages[end - 1]?.role === 'assistant') end--;
  return end === messages.length ? messages : messages.slice(0, end);
}

export function chatReducer(state: ChatState, action: ChatAction): ChatState {
  switch (action.type) {
    case 'select': {
      const focusMessageId = action.focusMessageId ?? null;
      if (action.conversationId === state.conversationId && action.conversationId !== null) {
        return focusMessageId === state.focusMessageId ? state : { ...state, focusMessageId };
      }
      return {
        ...state,
        conversationId: action.conversationId,
        messages: [],
        loading: action.conversationId !== null,
        focusMessageId,
        decline: null,
        scopeOverride: false,
      };
    }

    case 'loaded':
      if (action.conversationId !== state.conversationId) return state; // a slower, stale load
      return { ...state, messages: action.messages, loading: false };

    case 'loadFailed':
      if (action.conversationId !== state.conversationId) return state;
      return { ...state, loading: false };

    case 'sendStarted': {
      const stream = startStream(action.requestId, action.assistantMessage);
      const showsIt = state.conversationId === null || state.conversationId === action.conversation.id;
      if (!showsIt) return { ...state, stream }; // the user moved to another chat meanwhile
      return {
        ...state,
        conversationId: action.conversation.id,
        messages: [...state.messages, action.userMessage, action.assistantMessage],
        loading: false,
        stream,
        focusMessageId: null,
        decline: null,
        scopeOverride: action.conversation.scopeOverride,
      };
    }

    case 'regenerateStarted': {
      const stream = startStream(action.requestId, action.assistantMessage);
      if (state.conversationId !== action.conversation.id) return { ...state, stream };
      return {
        ...state,
        messages: [...withoutTrailingAssistant(state.messages), action.assistantMessage],
        stream,
        focusMessageId: null,
      };
    }

    case 'declined':
      return { ...state, decline: action.decline };

    case 'dismissDecline':
      return state.decline === null ? state : { ...state, decline: null };

    case 'conversationInfo':
      if (action.conversation.id !== state.conversationId) return state; // another chat is open now
      return { ...state, scopeOverride: action.conversation.scopeOverride };

    case 'delta':
      if (state.stream === null || state.stream.requestId !== action.requestId || action.text === '') return state;
      return { ...state, stream: { ...state.stream, content: state.stream.content + action.text } };

    case 'done':
      if (state.stream === null || state.stream.requestId !== action.requestId) return state;
      return { ...state, stream: null, messages: replaceById(state.messages, action.message) };

    case 'interrupted': {
      const { stream } = state;
      if (stream === null) return state;
      const current = state.messages.find((m) => m.id === stream.messageId);
      if (current === undefined) return { ...state, stream: null };
      const finished: Message = { ...current, content: stream.content, status: 'interrupted', error: action.error };
      return { ...state, stream: null, messages: replaceById(state.messages, finished) };
    }
  }
}

/** The text to show for a message: the live stream text when it is the one being streamed. */
export function displayedContent(message: Message, stream: ActiveStream | null): string {
  return stream !== null && stream.messageId === message.id ? stream.content : message.content;
}

/** Index of the last assistant message, where the Regenerate action lives; -1 if none. */
export function lastAssistantIndex(messages: readonly Message[]): number {
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]?.role === 'assistant') return i;
  }
  return -1;
}
