// Chat sessions of one context: a small LRU of conversations (one sequence and KV cache each) plus
// one scratch sequence for one-off answers (Compare), so those never evict a conversation's cache.
import { LlamaChatSession, type LlamaContext, type LlamaContextSequence } from 'node-llama-cpp';
import type { ResolvedChatWrapper } from '../prompt-profiles/chat-wrapper-factory';
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

/** Sequences a context needs for `maxLive` conversations plus the scratch sequence. */
export function sequencesFor(maxLive: number): number {
  return maxLive + 1;
}

export class SessionPool {
  // Map iteration order is insertion order: first entry = least recently used.
  private readonly entries = new Map<string, SessionEntry>();
  private scratch: SessionEntry | null = null;
  /** Acquisitions run one at a time so two requests cannot build two sessions for one key. */
  private acquiring: Promise<unknown> = Promise.resolve();

  /** `wrapperFor` is shared by every pool of a model: resolving a Jinja template costs ~1 s. */
  constructor(
    private readonly context: LlamaContext,
    readonly maxLive: number,
    private readonly wrapperFor: (profile: ProfileId) => ResolvedChatWrapper,
  ) {}

  /** Leases the key's session (marked busy until `release`); `scratch` uses the one-off sequence. */
  acquire(key: string, profile: ProfileId, scratch = false): Promise<SessionEntry> {
    const next = this.acquiring.then(() =>
      scratch ? this.acquireScratch(key, profile) : this.acquireNow(key, profile),
    );
    this.acquiring = next.catch(() => {});
    return next;
  }

  release(entry: SessionEntry): void {
    entry.busy = false;
  }

  /** Conversations with a live session (scratch excluded). */
  get liveSessions(): number {
    return this.entries.size;
  }

  /** True while any session of this pool is generating. */
  get busy(): boolean {
    return this.scratch?.busy === true || [...this.entries.values()].some((entry) => entry.busy);
  }

  dispose(): void {
    for (const entry of this.entries.values()) entry.session.dispose({ disposeSequence: true });
    this.entries.clear();
    this.scratch?.session.dispose({ disposeSequence: true });
    this.scratch = null;
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
    const resolved = this.wrapperFor(profile);
    let sequence: LlamaContextSequence;
    if (existing) {
      // Profile changed: a chat session's wrapper is fixed, so build a new one on the same sequence.
      this.entries.delete(key);
      existing.session.dispose({ disposeSequence: false });
      sequence = existing.sequence;
    } else {
      sequence = await this.freeSequence();
    }
    const entry = newEntry(key, profile, resolved, sequence);
    this.entries.set(key, entry);
    return entry;
  }

  private async acquireScratch(key: string, profile: ProfileId): Promise<SessionEntry> {
    const current = this.scratch;
    if (current?.busy) throw new SessionBusyError('The previous one-off answer on this setting is still running.');
    if (current && current.key === key && current.requestedProfile === profile) {
      current.busy = true;
      return current;
    }
    const resolved = this.wrapperFor(profile);
    let sequence: LlamaContextSequence;
    if (current) {
      // Keep the sequence: the new session's prompt can reuse the cached common prefix.
      current.session.dispose({ disposeSequence: false });
      sequence = current.sequence;
    } else {
      if (this.context.sequencesLeft === 0) throw new SessionBusyError('No free sequence for a one-off answer.');
      sequence = this.context.getSequence();
    }
    this.scratch = newEntry(key, profile, resolved, sequence);
    return this.scratch;
  }

  private async freeSequence(): Promise<LlamaContextSequence> {
    // Keep one sequence back for scratch answers (taken lazily).
    const reserve = this.scratch === null ? 1 : 0;
    if (this.entries.size < this.maxLive && this.context.sequencesLeft > reserve) return this.context.getSequence();
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

function newEntry(
  key: string,
  requestedProfile: ProfileId,
  { wrapper, profile, fallbackReason }: ResolvedChatWrapper,
  sequence: LlamaContextSequence,
): SessionEntry {
  const session = new LlamaChatSession({ contextSequence: sequence, chatWrapper: wrapper, autoDisposeSequence: false });
  return { key, requestedProfile, profile, fallbackReason, session, sequence, fresh: true, busy: true };
}
