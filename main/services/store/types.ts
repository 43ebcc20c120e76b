// Public row types of the store, camelCase, as handed to the rest of the app.
import type { Citation, Grounding } from '../../../preload/contract/schemas';
import type { SafetyNoticeKind } from '../../../preload/contract/safety-notices';

export type { Citation, Grounding };

export type { SafetyNoticeKind };

export type MessageRole = 'user' | 'assistant';

/** 'streaming' while an answer is being generated; 'interrupted' if the app or the model process died meanwhile. */
export type MessageStatus = 'complete' | 'streaming' | 'stopped' | 'failed' | 'interrupted';

/** Statuses a streaming answer may end in through MessageRepository.finish. */
export type FinishStatus = 'complete' | 'stopped' | 'failed' | 'interrupted';

export const MESSAGE_ROLES: readonly MessageRole[] = ['user', 'assistant'];
export const MESSAGE_STATUSES: readonly MessageStatus[] = ['complete', 'streaming', 'stopped', 'failed', 'interrupted'];
export const FINISH_STATUSES: readonly FinishStatus[] = ['complete', 'stopped', 'failed', 'interrupted'];

/** Timestamps are milliseconds since the Unix epoch. */
export interface Conversation {
  id: number;
  title: string;
  createdAt: number;
  /** Last activity (new message, finished answer, touch); orders the conversation list. */
  updatedAt: number;
  /** Answer with the loaded LoRA adapter (when one is loaded); false = the base model alone. */
  adapterEnabled: boolean;
  /** LoRA scale for this conversation's answers, 0–2 (0 behaves like the base model). */
  adapterScale: number;
  /** The student chose "ask anyway": the scope guard no longer checks this conversation's questions. */
  scopeOverride: boolean;
  /** Answers are given the student's most relevant cards (when the decks hold any). */
  useCards: boolean;
  /** Which engine answers: null = this computer's model, else the id of a remote server the user added. */
  engine: string | null;
}

/** The adapter choice stored per conversation. */
export interface AdapterChoice {
  enabled: boolean;
  scale: number;
}

/** A conversation as shown in the list; the match fields are set only for searches that hit a message. */
export interface ConversationListItem extends Conversation {
  /** Short excerpt around the match in the most recent matching message. */
  snippet: string | null;
  matchedMessageId: number | null;
}

export interface Message {
  id: number;
  conversationId: number;
  role: MessageRole;
  content: string;
  status: MessageStatus;
  modelName: string | null;
  profile: string | null;
  tokens: number | null;
  tokensPerSecond: number | null;
  error: string | null;
  createdAt: number;
  updatedAt: number;
  /** Safety notices shown above this answer (always [] for the student's own messages). */
  notices: SafetyNoticeKind[];
  /** null: cards not consulted; 'grounded': given cards; 'ungrounded': none was relevant. */
  grounding: Grounding;
  citations: Citation[];
}

/** Returned by softDelete; enough to offer "Undo" (restore) until purge. */
export interface SoftDeleteReceipt {
  id: number;
  deletedAt: number;
}

export interface ListConversationsOptions {
  /** Matches titles and message content, case-insensitively; blank means "no filter". */
  query?: string;
  /** 1..1000, default 200. */
  limit?: number;
}

export interface StartAssistantOptions {
  modelName: string | null;
  profile: string | null;
  /** Safety notices decided from the question; stored at start so they show while streaming. */
  notices?: readonly SafetyNoticeKind[];
}

export interface FinishMessageOptions {
  content: string;
  status: FinishStatus;
  tokens?: number | null;
  tokensPerSecond?: number | null;
  error?: string | null;
}

/** Injected clock so tests control timestamps; defaults to Date.now. */
export type Clock = () => number;
