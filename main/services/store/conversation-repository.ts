// Conversations: create, list/search, rename, adapter and engine choice, soft delete with undo, purge, touch.
import type { Database, Statement } from 'better-sqlite3';
import { StoreNotFoundError, StoreValidationError } from './errors';
import { CONVERSATION_COLUMNS, toConversation, type ConversationRow } from './rows';
import { containsLikePattern, makeSnippet } from './search-text';
import type {
  AdapterChoice,
  Clock,
  Conversation,
  ConversationListItem,
  ListConversationsOptions,
  SoftDeleteReceipt,
} from './types';
import { assertAdapterChoice, assertId, normalizeLimit, normalizeQuery, normalizeTitle } from './validation';

interface SearchRow extends ConversationRow {
  matched_message_id: number | null;
  matched_content: string | null;
}

export class ConversationRepository {
  private readonly now: Clock;
  private readonly insertStmt: Statement<[string, number, number, number, number, string | null], ConversationRow>;
  private readonly getLiveStmt: Statement<[number], ConversationRow>;
  private readonly getAnyStmt: Statement<[number], ConversationRow & { deleted_at: number | null }>;
  private readonly listStmt: Statement<[number], ConversationRow>;
  private readonly searchStmt: Statement<[{ pattern: string; limit: number }], SearchRow>;
  private readonly renameStmt: Statement<[string, number]>;
  private readonly softDeleteStmt: Statement<[number, number]>;
  private readonly restoreStmt: Statement<[number]>;
  private readonly purgeStmt: Statement<[number]>;
  private readonly touchStmt: Statement<[number, number]>;
  private readonly setAdapterStmt: Statement<[number, number, number]>;
  private readonly setScopeOverrideStmt: Statement<[number, number]>;
  private readonly setUseCardsStmt: Statement<[number, number]>;
  private readonly setEngineStmt: Statement<[string | null, number]>;
  private readonly allIdsStmt: Statement<[], { id: number }>;

  constructor(db: Database, options: { now?: Clock } = {}) {
    this.now = options.now ?? Date.now;
    this.allIdsStmt = db.prepare('SELECT id FROM conversations');
    this.insertStmt = db.prepare(
      `INSERT INTO conversations (title, created_at, updated_at, adapter_enabled, adapter_scale, engine)
       VALUES (?, ?, ?, ?, ?, ?)
       RETURNING ${CONVERSATION_COLUMNS}`,
    );
    this.getLiveStmt = db.prepare(
      `SELECT ${CONVERSATION_COLUMNS} FROM conversations WHERE id = ? AND deleted_at IS NULL`,
    );
    this.getAnyStmt = db.prepare(`SELECT ${CONVERSATION_COLUMNS}, deleted_at FROM conversations WHERE id = ?`);
    this.listStmt = db.prepare(
      `SELECT ${CONVERSATION_COLUMNS} FROM conversations WHERE deleted_at IS NULL
       ORDER BY updated_at DESC, id DESC LIMIT ?`,
    );
    // Interim LIKE search (FTS5 later). LIKE is case-insensitive for ASCII only.
    this.searchStmt = db.prepare(
      `SELECT ${CONVERSATION_COLUMNS}, matched_message_id,
              (SELECT content FROM messages WHERE id = matched_message_id) AS matched_content
       FROM (
         SELECT c.id, c.title, c.created_at, c.updated_at, c.adapter_enabled, c.adapter_scale, c.scope_override, c.use_cards, c.engine,
                c.title LIKE @pattern ESCAPE '\\' AS title_matches,
                (SELECT m.id FROM messages m
                 WHERE m.conversation_id = c.id AND m.content LIKE @pattern ESCAPE '\\'
                 ORDER BY m.id DESC LIMIT 1) AS matched_message_id
         FROM conversations c
         WHERE c.deleted_at IS NULL
       )
       WHERE title_matches OR matched_message_id IS NOT NULL
       ORDER BY updated_at DESC, id DESC
       LIMIT @limit`,
    );
    this.renameStmt = db.prepare(`UPDATE conversations SET title = ? WHERE id = ? AND deleted_at IS NULL`);
    this.softDeleteStmt = db.prepare(`UPDATE conversations SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL`);
    this.restoreStmt = db.prepare(`UPDATE conversations SET deleted_at = NULL WHERE id = ?`);
    this.purgeStmt = db.prepare(`DELETE FROM conversations WHERE deleted_at IS NOT NULL AND deleted_at <= ?`);
    this.touchStmt = db.prepare(`UPDATE conversations SET updated_at = ? WHERE id = ? AND deleted_at IS NULL`);
    this.setAdapterStmt = db.prepare(
      `UPDATE conversations SET adapter_enabled = ?, adapter_scale = ? WHERE id = ? AND deleted_at IS NULL`,
    );
    this.setScopeOverrideStmt = db.prepare(
      `UPDATE conversations SET scope_override = ? WHERE id = ? AND deleted_at IS NULL`,
    );
    this.setUseCardsStmt = db.prepare(`UPDATE conversations SET use_cards = ? WHERE id = ? AND deleted_at IS NULL`);
    this.setEngineStmt = db.prepare(`UPDATE conversations SET engine = ? WHERE id = ? AND deleted_at IS NULL`);
  }

  /** `adapter` defaults to the column defaults: adapter on, scale 1; `engine` to this computer (null). */
  create(
    title: string,
    adapter: AdapterChoice = { enabled: true, scale: 1 },
    engine: string | null = null,
  ): Conversation {
    const normalized = normalizeTitle(title);
    const choice = assertAdapterChoice(adapter);
    const now = this.now();
    const row = this.insertStmt.get(normalized, now, now, choice.enabled ? 1 : 0, choice.scale, assertEngine(engine));
    if (!row) throw new Error('INSERT … RETURNING produced no row'); // cannot happen; keeps types honest
    return toConversation(row);
  }

  /** The conversation, or null if it does not exist or is soft-deleted. */
  get(id: number): Conversation | null {
    const row = this.getLiveStmt.get(assertId(id, 'Conversation id'));
    return row ? toConversation(row) : null;
  }

  /** Live conversations, most recently active first; with a query, only those that match. */
  list(options: ListConversationsOptions = {}): ConversationListItem[] {
    const limit = normalizeLimit(options.limit);
    const query = normalizeQuery(options.query);
    if (query !== null) return this.search(query, limit);
    return this.listStmt.all(limit).map((row) => ({ ...toConversation(row), snippet: null, matchedMessageId: null }));
  }

  /** Conversations whose title or any message contains `query` (case-insensitive, literal %/_). */
  search(query: string, limit?: number): ConversationListItem[] {
    const text = normalizeQuery(query);
    if (text === null) throw new StoreValidationError('Search query must not be empty');
    const rows = this.searchStmt.all({ pattern: containsLikePattern(text), limit: normalizeLimit(limit) });
    return rows.map((row) => ({
      ...toConversation(row),
      snippet: row.matched_content === null ? null : makeSnippet(row.matched_content, text),
      matchedMessageId: row.matched_message_id,
    }));
  }

  /** Changes the title without changing the conversation's place in the recency order. */
  rename(id: number, title: string): Conversation {
    const conversationId = assertId(id, 'Conversation id');
    const normalized = normalizeTitle(title);
    if (this.renameStmt.run(normalized, conversationId).changes === 0) {
      throw new StoreNotFoundError('conversation', conversationId);
    }
    return this.require(conversationId);
  }

  /** Stores the adapter choice used for this conversation's next answers; not a recency change. */
  setAdapter(id: number, adapter: AdapterChoice): Conversation {
    const conversationId = assertId(id, 'Conversation id');
    const choice = assertAdapterChoice(adapter);
    if (this.setAdapterStmt.run(choice.enabled ? 1 : 0, choice.scale, conversationId).changes === 0) {
      throw new StoreNotFoundError('conversation', conversationId);
    }
    return this.require(conversationId);
  }

  /** Remembers "ask anyway" for this conversation (true) or hands it back to the scope guard (false). */
  setScopeOverride(id: number, override: boolean): Conversation {
    const conversationId = assertId(id, 'Conversation id');
    if (typeof override !== 'boolean') {
      throw new StoreValidationError(`scope override must be true or false, got ${String(override)}`);
    }
    if (this.setScopeOverrideStmt.run(override ? 1 : 0, conversationId).changes === 0) {
      throw new StoreNotFoundError('conversation', conversationId);
    }
    return this.require(conversationId);
  }

  /** Whether this conversation's next answers are given the student's cards; not a recency change. */
  setUseCards(id: number, useCards: boolean): Conversation {
    const conversationId = assertId(id, 'Conversation id');
    if (typeof useCards !== 'boolean') {
      throw new StoreValidationError(`useCards must be true or false, got ${String(useCards)}`);
    }
    if (this.setUseCardsStmt.run(useCards ? 1 : 0, conversationId).changes === 0) {
      throw new StoreNotFoundError('conversation', conversationId);
    }
    return this.require(conversationId);
  }

  /**
   * Which engine answers the conversation's next answers: null = this computer, else a remote server's id
   * (the foreign key refuses an id no server has). Not a recency change.
   */
  setEngine(id: number, engine: string | null): Conversation {
    const conversationId = assertId(id, 'Conversation id');
    if (this.setEngineStmt.run(assertEngine(engine), conversationId).changes === 0) {
      throw new StoreNotFoundError('conversation', conversationId);
    }
    return this.require(conversationId);
  }

  /** The id of every conversation still stored, hidden ones (deleted, undo still possible) included. */
  allIds(): number[] {
    return this.allIdsStmt.all().map((row) => row.id);
  }

  /** Hides the conversation (and its messages) until restore() or purgeDeleted(). */
  softDelete(id: number): SoftDeleteReceipt {
    const conversationId = assertId(id, 'Conversation id');
    const deletedAt = this.now();
    if (this.softDeleteStmt.run(deletedAt, conversationId).changes === 0) {
      throw new StoreNotFoundError('conversation', conversationId);
    }
    return { id: conversationId, deletedAt };
  }

  /** Undoes softDelete. Restoring a live conversation is a no-op; a purged one is gone for good. */
  restore(id: number): Conversation {
    const conversationId = assertId(id, 'Conversation id');
    if (!this.getAnyStmt.get(conversationId)) {
      throw new StoreNotFoundError('conversation', conversationId);
    }
    this.restoreStmt.run(conversationId);
    return this.require(conversationId);
  }

  /**
   * Permanently deletes conversations soft-deleted at least `olderThanMs` ago, messages included
   * (ON DELETE CASCADE). Meant for start-up. Returns how many conversations were removed.
   */
  purgeDeleted(olderThanMs: number): number {
    if (typeof olderThanMs !== 'number' || !Number.isFinite(olderThanMs) || olderThanMs < 0) {
      throw new StoreValidationError(`olderThanMs must be a finite number >= 0, got ${String(olderThanMs)}`);
    }
    return this.purgeStmt.run(this.now() - olderThanMs).changes;
  }

  /** Marks the conversation as just active, moving it to the top of the list. */
  touch(id: number): void {
    const conversationId = assertId(id, 'Conversation id');
    if (this.touchStmt.run(this.now(), conversationId).changes === 0) {
      throw new StoreNotFoundError('conversation', conversationId);
    }
  }

  private require(id: number): Conversation {
    const conversation = this.get(id);
    if (!conversation) throw new StoreNotFoundError('conversation', id);
    return conversation;
  }
}

function assertEngine(engine: unknown): string | null {
  if (engine === null) return null;
  if (typeof engine !== 'string' || engine.length === 0 || engine.length > 64) {
    throw new StoreValidationError(`engine must be null or a server id, got ${String(engine).slice(0, 80)}`);
  }
  return engine;
}
