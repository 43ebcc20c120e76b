// Saves a conversation's evaluated KV state when it goes idle or loses its sequence, and loads it back
// into an empty sequence when the conversation returns, so only the tokens after the saved prefix are
// evaluated. Correctness never rests on the cache: node-llama-cpp compares the prompt's tokens with the
// sequence's and keeps only the exact common prefix; the checks here decide whether a load is worth it.
import { appendUserMessageToChatHistory, type ChatHistoryItem, type Token } from 'node-llama-cpp';
import type { LoraScale } from '../context-pool';
import { fromChatHistory, toChatHistory } from '../history-sync';
import type { GenerateRequest } from '../protocol';
import type { SessionEntry, SessionPool } from '../session-pool';
import type { ProfileId } from '../../prompt-profiles/types';
import { messageOf } from '../errors';
import type { StateCache, StateKey, StateLogLevel } from './state-cache';
import { commonPrefixLength, tokensSha256 } from './state-file';

export interface ContinuationOptions {
  cache: StateCache;
  /** The identity key of states made with this LoRA setting and profile on the loaded model. */
  identity(lora: LoraScale, profile: ProfileId): string;
  /** Quiet time after an answer before its state is written (a quick follow-up question skips the write). */
  idleMs: number;
  /** States of fewer tokens are not written, and a saved prefix shorter than this is not loaded. */
  minTokens: number;
  log(level: StateLogLevel, message: string): void;
}

interface PendingSave {
  timer: ReturnType<typeof setTimeout>;
  run: () => Promise<void>;
}

export class ContinuationStates {
  private readonly pending = new Map<string, PendingSave>();
  private readonly inFlight = new Set<Promise<unknown>>();
  /** A conversation's state may be written only after its last forget: stamps of uses and forgets. */
  private clock = 0;
  private readonly usedAt = new Map<string, number>();
  private readonly forgotAt = new Map<string, number>();
  private forgotAllAt = -1;
  private disposed = false;

  constructor(private readonly options: ContinuationOptions) {}

  get cache(): StateCache {
    return this.options.cache;
  }

  /** An answer starts on this conversation: its pending save is dropped (the answer will schedule another). */
  noteUse(sessionKey: string): void {
    this.cancel(sessionKey);
    this.usedAt.set(sessionKey, ++this.clock);
  }

  /**
   * Loads the conversation's saved state into the entry's empty sequence when its tokens are a prefix
   * of this request's prompt (at least `minTokens` of it); returns the tokens restored (0: none).
   */
  async restore(entry: SessionEntry, lora: LoraScale, request: GenerateRequest): Promise<number> {
    const { sequence } = entry;
    if (this.disposed || sequence.contextTokens.length > 0) return 0;
    const found = this.options.cache.find(this.keyOf(entry, lora));
    if (!found || found.tokenCount > sequence.contextSize) return 0;
    const startedAt = performance.now();
    try {
      const saved = await this.options.cache.readTokens(found);
      if (!saved) return 0;
      const common = commonPrefixLength(saved, promptTokens(entry, request));
      // Models that cannot drop a tail of their cache (SWA, recurrent) only take a state they extend whole.
      const partialAllowed = !sequence.needsCheckpoints;
      if (common < this.options.minTokens || (!partialAllowed && common < saved.length)) {
        this.options.log(
          'info',
          `continuation states: conversation ${request.sessionKey} shares ${common} of its ${saved.length} saved tokens; evaluating`,
        );
        return 0;
      }
      const loaded = await this.options.cache.load(found, (file) =>
        sequence.loadStateFromFile(file, { acceptRisk: true }),
      );
      if (!loaded) {
        await sequence.clearHistory();
        return 0;
      }
      if (common < sequence.contextTokens.length) {
        await sequence.eraseContextTokenRanges([{ start: common, end: sequence.contextTokens.length }]);
      }
      this.options.log(
        'info',
        `continuation states: restored ${common} of ${saved.length} saved tokens of conversation ` +
          `${request.sessionKey} in ${Math.round(performance.now() - startedAt)} ms`,
      );
      return common;
    } catch (error) {
      this.options.log('warn', `continuation states: restoring ${request.sessionKey} failed: ${messageOf(error)}`);
      await sequence.clearHistory().catch(() => {});
      return 0;
    }
  }

  /** After an answer: writes the state once the conversation has been idle for `idleMs`. */
  scheduleSave(pool: SessionPool, entry: SessionEntry, lora: LoraScale): void {
    if (this.disposed) return;
    this.cancel(entry.key);
    const run = async (): Promise<void> => {
      if (this.pending.get(entry.key)?.run === run) this.pending.delete(entry.key);
      // In the pool's queue: no answer or eviction can take the sequence while it is aligned and written.
      await pool.runWhileIdle(entry, () => this.write(entry, lora, true));
    };
    const timer = setTimeout(() => this.track(run()), this.options.idleMs);
    timer.unref?.();
    this.pending.set(entry.key, { timer, run });
  }

  /** The entry loses its sequence (eviction, unload): writes its state now unless it is saved already. */
  async saveBeforeEviction(entry: SessionEntry, lora: LoraScale): Promise<void> {
    this.cancel(entry.key);
    if (this.disposed) return;
    await this.write(entry, lora, false);
  }

  /** Deletes the saved states of one conversation (or all): nothing staged earlier is published after. */
  forget(sessionKey?: string): Promise<number> {
    const stamp = ++this.clock;
    if (sessionKey === undefined) {
      this.forgotAllAt = stamp;
      for (const key of [...this.pending.keys()]) this.cancel(key);
    } else {
      this.forgotAt.set(sessionKey, stamp);
      this.cancel(sessionKey);
    }
    return this.options.cache.forget(sessionKey);
  }

  /** Writes every pending state now and waits until all writes are on disk. */
  async flush(): Promise<void> {
    for (const [key, { timer, run }] of [...this.pending]) {
      clearTimeout(timer);
      this.pending.delete(key);
      this.track(run());
    }
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    await this.options.cache.idle();
  }

  /** Stops scheduling; waits for the writes already started. */
  async dispose(): Promise<void> {
    this.disposed = true;
    for (const key of [...this.pending.keys()]) this.cancel(key);
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    await this.options.cache.idle();
  }

  // ---------------------------------------------------------------- internals

  private keyOf(entry: SessionEntry, lora: LoraScale): StateKey {
    return { sessionKey: entry.key, identity: this.options.identity(lora, entry.profile) };
  }

  private cancel(sessionKey: string): void {
    const pending = this.pending.get(sessionKey);
    if (!pending) return;
    clearTimeout(pending.timer);
    this.pending.delete(sessionKey);
  }

  private mayWrite(sessionKey: string): boolean {
    const used = this.usedAt.get(sessionKey) ?? -1;
    return used > (this.forgotAt.get(sessionKey) ?? -1) && used > this.forgotAllAt;
  }

  /**
   * Writes the sequence's state; the caller holds the sequence (nothing evaluates on it meanwhile). `align`
   * first makes the cache hold what the next question will start with (see alignToNextTurn).
   */
  private async write(entry: SessionEntry, lora: LoraScale, align: boolean): Promise<void> {
    if (!this.mayWrite(entry.key)) return;
    if (align) {
      try {
        await alignToNextTurn(entry);
      } catch (error) {
        this.options.log('warn', `continuation states: preparing ${entry.key} failed: ${messageOf(error)}`);
      }
    }
    const tokens = entry.sequence.contextTokens;
    if (tokens.length < this.options.minTokens) return;
    const key = this.keyOf(entry, lora);
    const { cache } = this.options;
    const existing = cache.find(key);
    if (existing && existing.tokenCount === tokens.length && existing.tokensSha256 === tokensSha256(tokens)) {
      this.track(cache.touch(existing));
      return;
    }
    const staged = cache.beginWrite(key, tokens);
    try {
      await entry.sequence.saveStateToFile(staged.path);
    } catch (error) {
      await staged.discard();
      this.options.log('warn', `continuation states: saving ${entry.key} failed: ${messageOf(error)}`);
      return;
    }
    // Checksum, fsync, rename and manifest happen after the sequence is free again.
    this.track(staged.commit());
  }

  private track(work: Promise<unknown>): void {
    const tracked = work.catch((error: unknown) =>
      this.options.log('warn', `continuation states: a state write failed: ${messageOf(error)}`),
    );
    this.inFlight.add(tracked);
    void tracked.finally(() => this.inFlight.delete(tracked));
  }
}

/** The tokens node-llama-cpp will evaluate for this request on a fresh session (history + new prompt). */
function promptTokens(entry: SessionEntry, request: GenerateRequest): Token[] {
  return renderTokens(entry, appendUserMessageToChatHistory(toChatHistory(request.history), request.prompt));
}

function renderTokens(entry: SessionEntry, history: readonly ChatHistoryItem[]): Token[] {
  const chatHistory: ChatHistoryItem[] = [...history, { type: 'model', response: [] }];
  const { contextText } = entry.session.chatWrapper.generateContextState({ chatHistory });
  return contextText.tokenize(entry.sequence.model.tokenizer);
}

/**
 * After an answer the cache holds the answer's tokens as sampled (and any stop text the model wrote), while
 * the next question re-renders the answer from its stored text, which often tokenizes otherwise: that tail
 * would be evaluated again before the next first token, live or restored. While idle, the session takes its
 * history as stored (answers without leading whitespace) and the cache is cut to what the next question's
 * prompt starts with, whatever the question, evaluating the re-rendered tail now.
 */
async function alignToNextTurn(entry: SessionEntry): Promise<void> {
  const { session, sequence } = entry;
  const stored: ChatHistoryItem[] = toChatHistory(
    fromChatHistory(session.getChatHistory()).map((turn) =>
      turn.role === 'assistant' ? { ...turn, text: turn.text.trimStart() } : turn,
    ),
  );
  // Two different next questions share exactly the part of the prompt that does not depend on the question.
  const one = renderTokens(entry, [...stored, { type: 'user', text: 'A' }]);
  const other = renderTokens(entry, [...stored, { type: 'user', text: 'Zz 9' }]);
  const stable = one.slice(0, commonPrefixLength(one, other));
  // A conversation past the context size was shortened by the library: leave it as it is.
  if (stable.length >= sequence.contextSize) return;
  const current = sequence.contextTokens;
  const common = commonPrefixLength(current, stable);
  if (common === stable.length && current.length === stable.length) return;
  session.setChatHistory(stored);
  if (common < current.length) await sequence.eraseContextTokenRanges([{ start: common, end: current.length }]);
  if (common < stable.length) await sequence.evaluateWithoutGeneratingNewTokens(stable.slice(common));
}
