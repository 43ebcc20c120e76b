// Raw snake_case row shapes as SQLite returns them, and their mapping to the public types.
import { safetyNoticeKindSchema } from '../../../preload/contract/safety-notices';
import type { Citation, Conversation, Grounding, Message, MessageRole, MessageStatus, SafetyNoticeKind } from './types';

export interface ConversationRow {
  id: number;
  title: string;
  created_at: number;
  updated_at: number;
  adapter_enabled: number;
  adapter_scale: number;
  scope_override: number;
  use_cards: number;
  engine: string | null;
}

export interface MessageRow {
  id: number;
  conversation_id: number;
  role: string;
  content: string;
  status: string;
  model_name: string | null;
  profile: string | null;
  tokens: number | null;
  tokens_per_second: number | null;
  error: string | null;
  created_at: number;
  updated_at: number;
  notices: string;
  grounding: string | null;
}

export const CONVERSATION_COLUMNS =
  'id, title, created_at, updated_at, adapter_enabled, adapter_scale, scope_override, use_cards, engine';

export const MESSAGE_COLUMNS =
  'id, conversation_id, role, content, status, model_name, profile, tokens, ' +
  'tokens_per_second, error, created_at, updated_at, notices, grounding';

export function toConversation(row: ConversationRow): Conversation {
  return {
    id: row.id,
    title: row.title,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    adapterEnabled: row.adapter_enabled === 1,
    adapterScale: row.adapter_scale,
    scopeOverride: row.scope_override === 1,
    useCards: row.use_cards === 1,
    engine: row.engine,
  };
}

export function toMessage(row: MessageRow, citations: Citation[] = []): Message {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    // CHECK constraints in the schema guarantee these values.
    role: row.role as MessageRole,
    content: row.content,
    status: row.status as MessageStatus,
    modelName: row.model_name,
    profile: row.profile,
    tokens: row.tokens,
    tokensPerSecond: row.tokens_per_second,
    error: row.error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    notices: parseNotices(row.notices),
    grounding: row.grounding as Grounding,
    citations,
  };
}

/**
 * The stored JSON array of notice kinds. The schema guarantees valid JSON; kinds this build does
 * not know (written by a newer app) are skipped rather than failing the whole conversation.
 */
function parseNotices(json: string): SafetyNoticeKind[] {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value)) return [];
  return value.flatMap((kind) => {
    const parsed = safetyNoticeKindSchema.safeParse(kind);
    return parsed.success ? [parsed.data] : [];
  });
}
