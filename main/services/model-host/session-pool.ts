// Small LRU of live chat sessions, one context sequence (own KV cache) per conversation.
import { LlamaChatSession, type LlamaContext, type LlamaContextSequence, type LlamaModel } from 'node-llama-cpp';
import { createChatWrapper, type ResolvedChatWrapper } from '../prompt-profiles/chat-wrapper-factory';
import type { ProfileId } from '../prompt-profiles/types';

export interface SessionEntry {
  readonly key: string;
  /** Profile the caller asked for. */
  readonly requestedProfile: ProfileId;
  /** Profile actually rendered (template may fall back to qa). */
  readonly profile: ProfileId;
  readonly fallbackReason?: string;
  readonly session: LlamaChatSession;
  readonly sequence: LlamaContextSequence;
  /** True for a session created by this acquire (its history must be set). */
  fresh: boolean;
  /** Leased to a running generation; never evicted or handed out twice. */
  busy: boolean;
}

export class SessionBusyError extends Error {
  override readonly name = 'SessionBusyError';
}

export class SessionPool {
  // Map iteration order is insertion order: first entry = least recently used.
  private readonly entries = new Map<string, SessionEntry>();
  private readonly wrappers = new Map<ProfileId, ResolvedChatWrapper>();
  /** Acquisitions run one at a time so two requests cannot build two sessions for one key. */
  private acquiring: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly model: LlamaModel,
    private readonly context: LlamaContext,
    readonly maxLive: number,
  ) {}

  /** Leases the conversation's session (marked busy until `release`). */
  acquire(key: string, profile: ProfileId): Promise<SessionEntry> {
    const next = this.acquiring.then(() => this.acquireNow(key, profile));
    this.acquiring = next.catch(() => {});
    return next;
  }

  release(entry: SessionEntry): void {
    entry.busy = false;
  }

  private async acquireNow(key: string, profile: ProfileId): Promise<SessionEntry> {
    const existing = this.entries.get(key);
    if (existing?.busy) throw new SessionBusyError(`Conversation ${key} is already generating an answer.`);
    if (existing && existing.requestedProfile === profile) {
      this.entries.delete(key);
      this.entries.set(key, existing);
      existing.busy = true;
      return existing;
    }
    // Build the wrapper first: nothing to undo if it fails.
    const { wrapper, profile: effective, fallbackReason } = this.wrapperFor(profile);
    let sequence: LlamaContextSequence;
    if (existing) {
      // Profile changed: a chat session's wrapper is fixed, so build a new one on the same sequence.
      this.entries.delete(key);
      existing.session.dispose({ disposeSequence: false });
      sequence = existing.sequence;
    } else {
      sequence = await this.freeSequence();
    }
    const session = new LlamaChatSession({
      contextSequence: sequence,
      chatWrapper: wrapper,
      autoDisposeSequence: false,
    });
    const entry: SessionEntry = {
      key,
      requestedProfile: profile,
      profile: effective,
      fallbackReason,
      session,
      sequence,
      fresh: true,
      busy: true,
    };
    this.entries.set(key, entry);
    return entry;
  }

  /** Wrappers are stateless; resolving the Jinja template costs ~1 s, so each profile's is built once. */
  private wrapperFor(profile: ProfileId): ResolvedChatWrapper {
    let resolved = this.wrappers.get(profile);
    if (!resolved) {
      resolved = createChatWrapper(profile, this.model);
      this.wrappers.set(profile, resolved);
    }
    return resolved;
  }

  dispose(): void {
    for (const entry of this.entries.values()) entry.session.dispose({ disposeSequence: true });
    this.entries.clear();
  }

  private async freeSequence(): Promise<LlamaContextSequence> {
    if (this.entries.size < this.maxLive && this.context.sequencesLeft > 0) return this.context.getSequence();
    const victim = [...this.entries.values()].find((entry) => !entry.busy);
    if (!victim)
      throw new SessionBusyError(`All ${this.maxLive} conversation slots are generating; try again shortly.`);
    // Evicted conversations are rebuilt from their DB history when the user comes back.
    this.entries.delete(victim.key);
    victim.session.dispose({ disposeSequence: false });
    await victim.sequence.clearHistory();
    return victim.sequence;
  }
}
