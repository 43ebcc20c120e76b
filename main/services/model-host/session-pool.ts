// Chat sessions of one LoRA setting: a small LRU of conversations (one sequence and KV cache each) plus
// one scratch sequence for one-off answers (Compare), so those never evict a conversation's cache.
// Every sequence lives in a context of its own: llama.cpp decodes ~9% slower in a context created
// for several sequences, even when only one of them is used (measured on the TinyLlama-shaped
// model), and separate one-sequence contexts cost no more memory than one context of N sequences.
// Creating a context costs ~130 ms (TinyLlama-shaped, 2 threads), so when a generation ends the pool
// prepares the next conversation's context while idle instead of making a new question wait for it.
import { LlamaChatSession, type LlamaContextSequence } from 'node-llama-cpp';
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

const SCRATCH_BUSY =
  'The one-off sequence of this adapter setting is busy (a Compare answer or an evaluation); try again when it finishes.';

export class SessionBusyError extends Error {
  override readonly name = 'SessionBusyError';
}

/** Sequences (each in its own context) a setting holds at most: `maxLive` conversations plus the scratch one. */
export function sequencesFor(maxLive: number): number {
  return maxLive + 1;
}

/** Creates a new one-sequence context of this pool's LoRA setting and returns its sequence. */
export type SequenceFactory = () => Promise<LlamaContextSequence>;

/** Called before a conversation's session loses its sequence (eviction, unload): its state can be saved then. */
export type EvictionHook = (entry: SessionEntry) => Promise<void>;

/** Disposes a sequence together with the one-sequence context it lives in. */
async function disposeWithContext(sequence: LlamaContextSequence): Promise<void> {
  const { context } = sequence;
  sequence.dispose();
  await context.dispose();
}

export class SessionPool {
  // Map iteration order is insertion order: first entry = least recently used.
  private readonly entries = new Map<string, SessionEntry>();
  private scratch: SessionEntry | null = null;
  /** The scratch sequence while it is lent out raw (scoring); one-off answers wait for it. */
  private lent: LlamaContextSequence | null = null;
  /** A given-back scratch sequence waiting for its next use (never a second getSequence). */
  private spare: LlamaContextSequence | null = null;
  /** Created but not yet used (the context made at load): taken before creating another. */
  private readonly unused: LlamaContextSequence[] = [];
  /** Acquisitions run one at a time so two requests cannot build two sessions for one key. */
  private acquiring: Promise<unknown> = Promise.resolve();
  /** Contexts a request had to wait for (none ready); prepared ones are not counted. */
  private waitedFor = 0;
  private disposed = false;

  /** `wrapperFor` is shared by every pool of a model: resolving a Jinja template costs ~1 s. */
  constructor(
    private readonly newSequence: SequenceFactory,
    readonly maxLive: number,
    private readonly wrapperFor: (profile: ProfileId) => ResolvedChatWrapper,
    initial?: LlamaContextSequence,
    private readonly onEvict?: EvictionHook,
  ) {
    if (initial) this.unused.push(initial);
  }

  /** Sequences (= one-sequence contexts) this pool holds now. */
  get sequences(): number {
    return (
      this.entries.size + this.unused.length + [this.scratch?.sequence, this.lent, this.spare].filter(Boolean).length
    );
  }

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
    this.prepareNext();
  }

  /** Contexts created while a request waited for one (a prepared context was not ready). */
  get contextsWaitedFor(): number {
    return this.waitedFor;
  }

  /**
   * When idle and below `maxLive` conversations, creates the next conversation's context now, in the
   * acquisition queue, so a request arriving meanwhile waits for this one instead of creating another.
   * A failure (memory) is ignored here: the request that needs a context reports it.
   */
  private prepareNext(): void {
    const needed = (): boolean =>
      !this.disposed && !this.busy && this.unused.length === 0 && this.entries.size < this.maxLive;
    if (!needed()) return;
    this.acquiring = this.acquiring
      .then(async () => {
        if (!needed()) return;
        const sequence = await this.newSequence();
        if (this.disposed) await disposeWithContext(sequence);
        else this.unused.push(sequence);
      })
      .catch(() => {});
  }

  /**
   * Runs `work` in the acquisition queue if `entry` is still this pool's idle session for its key (so no
   * answer or eviction can use its sequence meanwhile); resolves false when it no longer is.
   */
  runWhileIdle(entry: SessionEntry, work: () => Promise<void>): Promise<boolean> {
    const next = this.acquiring.then(async () => {
      if (this.disposed || entry.busy || this.entries.get(entry.key) !== entry) return false;
      await work();
      return true;
    });
    this.acquiring = next.catch(() => {});
    return next;
  }

  /** Conversations with a live session (scratch excluded). */
  get liveSessions(): number {
    return this.entries.size;
  }

  /** True while any session of this pool is generating (or its scratch sequence is lent out). */
  get busy(): boolean {
    return this.lent !== null || this.scratch?.busy === true || [...this.entries.values()].some((entry) => entry.busy);
  }

  /**
   * Lends the scratch sequence, emptied, for work that needs raw tokens rather than a chat session
   * (perplexity scoring). Conversations keep their sequences and caches; give it back with `giveBack`.
   */
  lendScratchSequence(): Promise<LlamaContextSequence> {
    const next = this.acquiring.then(async () => {
      if (this.lent || this.scratch?.busy) throw new SessionBusyError(SCRATCH_BUSY);
      let sequence: LlamaContextSequence;
      if (this.scratch) {
        this.scratch.session.dispose({ disposeSequence: false });
        sequence = this.scratch.sequence;
        this.scratch = null;
      } else {
        sequence = await this.takeScratchSequence();
      }
      await sequence.clearHistory();
      this.lent = sequence;
      return sequence;
    });
    this.acquiring = next.catch(() => {});
    return next;
  }

  /** Takes a lent sequence back; it becomes the (empty) scratch sequence again on next use. */
  async giveBack(sequence: LlamaContextSequence): Promise<void> {
    if (this.lent !== sequence) return;
    await sequence.clearHistory().catch(() => {});
    this.lent = null;
    this.spare = sequence;
  }

  /** Disposes every session, sequence and context of this pool. */
  async dispose(): Promise<void> {
    this.disposed = true;
    // After whatever is queued (a state being written), idle conversations get their last chance to save.
    const saving = this.acquiring.then(async () => {
      for (const entry of this.entries.values()) if (!entry.busy) await this.evicting(entry);
    });
    this.acquiring = saving.catch(() => {});
    await saving.catch(() => {});
    const sequences: LlamaContextSequence[] = [...this.unused.splice(0)];
    for (const entry of [...this.entries.values(), ...(this.scratch ? [this.scratch] : [])]) {
      entry.session.dispose({ disposeSequence: false });
      sequences.push(entry.sequence);
    }
    this.entries.clear();
    this.scratch = null;
    if (this.lent) sequences.push(this.lent);
    if (this.spare) sequences.push(this.spare);
    this.lent = null;
    this.spare = null;
    await Promise.all(sequences.map((sequence) => disposeWithContext(sequence).catch(() => {})));
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
    if (current?.busy || this.lent) throw new SessionBusyError(SCRATCH_BUSY);
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
      sequence = await this.takeScratchSequence();
    }
    this.scratch = newEntry(key, profile, resolved, sequence);
    return this.scratch;
  }

  /** The spare scratch sequence, an unused one, or a new one-sequence context. */
  private takeScratchSequence(): Promise<LlamaContextSequence> {
    const ready = this.spare ?? this.unused.pop();
    this.spare = null;
    return ready ? Promise.resolve(ready) : this.waitForNewSequence();
  }

  private waitForNewSequence(): Promise<LlamaContextSequence> {
    this.waitedFor++;
    return this.newSequence();
  }

  private async freeSequence(): Promise<LlamaContextSequence> {
    const ready = this.unused.pop();
    if (ready) return ready;
    if (this.entries.size < this.maxLive) return this.waitForNewSequence();
    const victim = [...this.entries.values()].find((entry) => !entry.busy);
    if (!victim)
      throw new SessionBusyError(`All ${this.maxLive} conversation slots are generating; try again shortly.`);
    // Evicted conversations are rebuilt from their saved state or their DB history when the user comes back.
    await this.evicting(victim);
    this.entries.delete(victim.key);
    victim.session.dispose({ disposeSequence: false });
    await victim.sequence.clearHistory();
    return victim.sequence;
  }

  /** The eviction hook, whose failure never stops the eviction. */
  private async evicting(entry: SessionEntry): Promise<void> {
    await this.onEvict?.(entry).catch(() => {});
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
