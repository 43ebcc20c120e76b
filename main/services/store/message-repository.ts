// Messages of a conversation: user turns, streaming assistant answers, and their final state.
import type { Database, Statement, Transaction } from 'better-sqlite3';
import { CitationStore, type NewCitation } from './citation-store';
import { StoreNotFoundError, StoreStateError, StoreValidationError } from './errors';
import { MESSAGE_COLUMNS, toMessage, type MessageRow } from './rows';
import {
  FINISH_STATUSES,
  type Clock,
  type FinishMessageOptions,
  type FinishStatus,
  type Grounding,
  type Message,
  type StartAssistantOptions,
} from './types';
import {
  assertContent,
  assertId,
  assertOptionalCount,
  assertOptionalErrorText,
  assertOptionalLabel,
  assertOptionalRate,
  assertNotices,
} from './validation';

interface InsertParams {
  conversationId: number;
  role: 'user' | 'assistant';
  content: string;
  status: 'complete' | 'streaming';
  modelName: string | null;
  profile: string | null;
  notices: string;
  now: number;
}

interface FinishParams {
  id: number;
  content: string;
  status: FinishStatus;
  tokens: number | null;
  tokensPerSecond: number | null;
  error: string | null;
  now: number;
}

export class MessageRepository {
  private readonly now: Clock;
  private readonly liveConversationStmt: Statement<[number], { id: number }>;
  private readonly touchConversationStmt: Statement<[number, number]>;
  private readonly insertStmt: Statement<[InsertParams], MessageRow>;
  private readonly getStmt: Statement<[number], MessageRow>;
  private readonly updateStreamingStmt: Statement<[string, number, number]>;
  private readonly finishStmt: Statement<[FinishParams], MessageRow>;
  private readonly listStmt: Statement<[number], MessageRow>;
  private readonly deleteStmt: Statement<[number]>;
  private readonly lastAssistantStmt: Statement<[number], MessageRow>;
  private readonly insertTx: Transaction<(params: InsertParams) => MessageRow>;
  private readonly finishTx: Transaction<(params: FinishParams) => MessageRow>;

  private readonly atomicTx: Transaction<(work: () => unknown) => unknown>;
  private readonly citations: CitationStore;

  constructor(db: Database, options: { now?: Clock } = {}) {
    this.now = options.now ?? Date.now;
    this.citations = new CitationStore(db);
    this.liveConversationStmt = db.prepare(`SELECT id FROM conversations WHERE id = ? AND deleted_at IS NULL`);
    this.touchConversationStmt = db.prepare(`UPDATE conversations SET updated_at = ? WHERE id = ?`);
    this.insertStmt = db.prepare(
      `INSERT INTO messages
         (conversation_id, role, content, status, model_name, profile, notices, created_at, updated_at)
       VALUES (@conversationId, @role, @content, @status, @modelName, @profile, @notices, @now, @now)
       RETURNING ${MESSAGE_COLUMNS}`,
    );
    this.getStmt = db.prepare(`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE id = ?`);
    this.updateStreamingStmt = db.prepare(
      `UPDATE messages SET content = ?, updated_at = ? WHERE id = ? AND status = 'streaming'`,
    );
    this.finishStmt = db.prepare(
      `UPDATE messages
       SET content = @content, status = @status, tokens = @tokens,
           tokens_per_second = @tokensPerSecond, error = @error, updated_at = @now
       WHERE id = @id AND status = 'streaming'
       RETURNING ${MESSAGE_COLUMNS}`,
    );
    this.listStmt = db.prepare(`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ? ORDER BY id`);
    this.deleteStmt = db.prepare(`DELETE FROM messages WHERE id = ?`);
    this.lastAssistantStmt = db.prepare(
      `SELECT ${MESSAGE_COLUMNS} FROM messages
       WHERE conversation_id = ? AND role = 'assistant' ORDER BY id DESC LIMIT 1`,
    );

    // New message + conversation recency change together, or not at all. Callers use .immediate()
    // so the write lock is taken up front and a second connection waits instead of failing mid-way.
    this.insertTx = db.transaction((params: InsertParams) => {
      if (!this.liveConversationStmt.get(params.conversationId)) {
        throw new StoreNotFoundError('conversation', params.conversationId);
      }
      const row = this.insertStmt.get(params);
      if (!row) throw new Error('INSERT … RETURNING produced no row');
      this.touchConversationStmt.run(params.now, params.conversationId);
      return row;
    });

    this.atomicTx = db.transaction((work: () => unknown) => work());

    this.finishTx = db.transaction((params: FinishParams) => {
      const row = this.finishStmt.get(params);
      if (!row) {
        const existing = this.getStmt.get(params.id);
        if (!existing) throw new StoreNotFoundError('message', params.id);
        throw new StoreStateError(
          `Message ${params.id} is not streaming (status '${existing.status}'), so it cannot be finished`,
        );
      }
      this.touchConversationStmt.run(params.now, row.conversation_id);
      return row;
    });
  }

  /** Stores the student's message; the conversation must exist and not be deleted. */
  /**
   * Runs `work` in one IMMEDIATE transaction on this repository's database, which the other
   * repositories share: several writes (a new conversation, its question, the answer row) land
   * together or not at all, even if the process is killed between them.
   */
  atomically<T>(work: () => T): T {
    return this.atomicTx.immediate(work) as T;
  }

  addUser(conversationId: number, content: string): Message {
    return toMessage(
      this.insertTx.immediate({
        conversationId: assertId(conversationId, 'Conversation id'),
        role: 'user',
        content: assertContent(content, { allowEmpty: false }),
        status: 'complete',
        modelName: null,
        profile: null,
        notices: '[]',
        now: this.now(),
      }),
    );
  }

  /** Creates an empty answer in status 'streaming'; fill it with updateStreamingContent, end it with finish. */
  startAssistant(conversationId: number, options: StartAssistantOptions): Message {
    return toMessage(
      this.insertTx.immediate({
        conversationId: assertId(conversationId, 'Conversation id'),
        role: 'assistant',
        content: '',
        status: 'streaming',
        modelName: assertOptionalLabel(options.modelName, 'modelName'),
        profile: assertOptionalLabel(options.profile, 'profile'),
        notices: JSON.stringify(assertNotices(options.notices ?? [])),
        now: this.now(),
      }),
    );
  }

  /**
   * Saves the text generated so far (one autocommitted UPDATE, cheap enough for 1-2×/s), so a crash
   * keeps it. Returns false, changing nothing, if the message is no longer streaming or was deleted.
   */
  updateStreamingContent(id: number, content: string): boolean {
    const messageId = assertId(id, 'Message id');
    const text = assertContent(content, { allowEmpty: true });
    return this.updateStreamingStmt.run(text, this.now(), messageId).changes > 0;
  }

  /** Ends a streaming answer. Throws StoreStateError if it already ended (or was interrupted). */
  finish(id: number, options: FinishMessageOptions): Message {
    if (!FINISH_STATUSES.includes(options.status)) {
      throw new StoreValidationError(
        `status must be one of ${FINISH_STATUSES.join(', ')}, got ${String(options.status)}`,
      );
    }
    return this.withCitations(
      this.finishTx.immediate({
        id: assertId(id, 'Message id'),
        content: assertContent(options.content, { allowEmpty: true }),
        status: options.status,
        tokens: assertOptionalCount(options.tokens, 'tokens'),
        tokensPerSecond: assertOptionalRate(options.tokensPerSecond, 'tokensPerSecond'),
        error: assertOptionalErrorText(options.error),
        now: this.now(),
      }),
    );
  }

  get(id: number): Message | null {
    const row = this.getStmt.get(assertId(id, 'Message id'));
    return row ? this.withCitations(row) : null;
  }

  /** All messages of the conversation, oldest first, answers with the cards they cite. */
  listForConversation(conversationId: number): Message[] {
    const id = assertId(conversationId, 'Conversation id');
    const citations = this.citations.forConversation(id);
    return this.listStmt.all(id).map((row) => toMessage(row, citations.get(row.id) ?? []));
  }

  /** Records how an answer was grounded in the student's cards and which cards it was given. */
  setGrounding(id: number, grounding: Grounding, citations: readonly NewCitation[]): Message {
    const messageId = assertId(id, 'Message id');
    this.atomicTx.immediate(() => {
      if (!this.getStmt.get(messageId)) throw new StoreNotFoundError('message', messageId);
      this.citations.save(messageId, grounding, citations);
    });
    return this.get(messageId)!;
  }

  private withCitations(row: MessageRow): Message {
    return toMessage(row, row.role === 'assistant' ? this.citations.forMessage(row.id) : []);
  }

  /** Removes one message (Regenerate replaces the last answer). Returns false if it did not exist. */
  delete(id: number): boolean {
    return this.deleteStmt.run(assertId(id, 'Message id')).changes > 0;
  }

  /** The newest assistant message of the conversation, or null if there is none. */
  lastAssistant(conversationId: number): Message | null {
    const row = this.lastAssistantStmt.get(assertId(conversationId, 'Conversation id'));
    return row ? this.withCitations(row) : null;
  }
}
