// Contexts of the one loaded model, grouped by LoRA setting (off, or on at a scale): node-llama-cpp
// applies LoRA per context, so the weights stay loaded once. Each setting holds a few one-sequence
// contexts (its SessionPool); settings are created on demand and evicted LRU when idle.
import path from 'node:path';
import type { LlamaContext, LlamaContextOptions, LlamaContextSequence, LlamaModel } from 'node-llama-cpp';
import type { ResolvedChatWrapper } from '../prompt-profiles/chat-wrapper-factory';
import type { ProfileId } from '../prompt-profiles/types';
import type { ThreadPhases } from './thread-phases';
import { SessionBusyError, SessionPool, type SessionEntry } from './session-pool';

/** null = the base model alone; a number = base + the loaded LoRA at that scale. */
export type LoraScale = number | null;

export interface ContextPoolOptions {
  model: LlamaModel;
  loraPath: string | null;
  /** Contexts are created with its widest count, under its creation cap. */
  phases: ThreadPhases;
  /** Conversations kept live per context (each holds its own KV cache). */
  maxLiveSessions: number;
  /** LoRA settings kept live at once (each context holds its own KV cache memory). */
  maxContexts: number;
  wrapperFor: (profile: ProfileId) => ResolvedChatWrapper;
  /** Called after a context was created or evicted (model info such as VRAM use changes). */
  onChange?: () => void;
  /** Called before a conversation's session loses its sequence (its state can be saved then). */
  onEvict?: (lora: LoraScale, entry: SessionEntry) => Promise<void>;
}

export interface ContextSlot {
  readonly key: string;
  readonly lora: LoraScale;
  /** Tokens each of this setting's contexts holds (they are all created alike). */
  readonly contextSize: number;
  readonly sessions: SessionPool;
  /** Running generations; a slot with leases is never evicted. */
  leases: number;
}

export interface ContextLease {
  slot: ContextSlot;
  entry: SessionEntry;
}

/** A raw sequence of one LoRA setting's context, lent for scoring. */
export interface SequenceLease {
  slot: ContextSlot;
  sequence: LlamaContextSequence;
}

export interface ContextDescription {
  lora: LoraScale;
  contextSize: number;
  /** One-sequence contexts this setting holds now. */
  sequences: number;
  liveSessions: number;
  /** Contexts beyond the first that a request had to wait for; the rest were prepared while idle. */
  contextsWaitedFor: number;
}

export function contextKey(lora: LoraScale): string {
  return lora === null ? 'base' : `lora@${lora}`;
}

export class ContextPool {
  // Insertion order = least recently used first.
  private readonly slots = new Map<string, ContextSlot>();
  private lock: Promise<unknown> = Promise.resolve();
  private disposed = false;

  /**
   * `contextSize` of the first context: later ones ask for the same size at most (and shrink to
   * fit the memory left), so every LoRA setting can hold the same conversation.
   */
  constructor(
    private readonly options: ContextPoolOptions,
    private readonly contextSize: LlamaContextOptions['contextSize'],
  ) {}

  /** Adds an already created one-sequence context (the one made at load, which proved the adapter loads). */
  adopt(lora: LoraScale, context: LlamaContext): ContextSlot {
    const slot = this.newSlot(lora, context.contextSize, context.getSequence());
    this.slots.set(slot.key, slot);
    return slot;
  }

  /** Leases a session of `key` on the context for `lora`, creating (and evicting) contexts as needed. */
  async acquire(lora: LoraScale, key: string, profile: ProfileId, scratch: boolean): Promise<ContextLease> {
    const slot = await this.serialized(() => this.slotFor(lora));
    try {
      const entry = await slot.sessions.acquire(key, profile, scratch);
      return { slot, entry };
    } catch (error) {
      slot.leases--;
      throw error;
    }
  }

  release({ slot, entry }: ContextLease): void {
    slot.sessions.release(entry);
    slot.leases = Math.max(0, slot.leases - 1);
  }

  /** Leases the (emptied) scratch sequence of the context for `lora`, for scoring token sequences. */
  async acquireSequence(lora: LoraScale): Promise<SequenceLease> {
    const slot = await this.serialized(() => this.slotFor(lora));
    try {
      return { slot, sequence: await slot.sessions.lendScratchSequence() };
    } catch (error) {
      slot.leases--;
      throw error;
    }
  }

  async releaseSequence({ slot, sequence }: SequenceLease): Promise<void> {
    await slot.sessions.giveBack(sequence);
    slot.leases = Math.max(0, slot.leases - 1);
  }

  describe(): ContextDescription[] {
    return [...this.slots.values()].map((slot) => ({
      lora: slot.lora,
      contextSize: slot.contextSize,
      sequences: slot.sessions.sequences,
      liveSessions: slot.sessions.liveSessions,
      contextsWaitedFor: slot.sessions.contextsWaitedFor,
    }));
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    const slots = [...this.slots.values()];
    this.slots.clear();
    for (const slot of slots) await slot.sessions.dispose();
  }

  /** Runs context creation/eviction one at a time, so one setting never gets two contexts. */
  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const next = this.lock.then(work);
    this.lock = next.catch(() => {});
    return next;
  }

  private async slotFor(lora: LoraScale): Promise<ContextSlot> {
    if (this.disposed) throw new Error('The model was unloaded.');
    const key = contextKey(lora);
    const existing = this.slots.get(key);
    if (existing) {
      this.slots.delete(key);
      this.slots.set(key, existing);
      existing.leases++;
      return existing;
    }
    if (lora !== null && !this.options.loraPath) {
      throw new Error('No LoRA adapter is loaded, so an answer with the adapter cannot be generated.');
    }
    await this.makeRoom();
    // The first context of a setting is made now: an adapter that does not fit fails here, clearly.
    const context = await this.createContext(lora);
    const slot = this.adopt(lora, context);
    slot.leases++;
    this.options.onChange?.();
    return slot;
  }

  private async makeRoom(): Promise<void> {
    while (this.slots.size >= this.options.maxContexts) {
      const victim = [...this.slots.values()].find((slot) => slot.leases === 0 && !slot.sessions.busy);
      if (!victim) {
        throw new SessionBusyError(
          `All ${this.options.maxContexts} adapter settings in memory are answering; try again when one finishes.`,
        );
      }
      this.slots.delete(victim.key);
      await victim.sessions.dispose();
      this.options.onChange?.();
    }
  }

  private async createContext(lora: LoraScale): Promise<LlamaContext> {
    const { model, loraPath, phases } = this.options;
    try {
      return await phases.creatingContext(() =>
        model.createContext({
          sequences: 1,
          contextSize: this.contextSize,
          threads: phases.widest,
          lora: lora !== null && loraPath ? { adapters: [{ filePath: loraPath, scale: lora }] } : undefined,
        }),
      );
    } catch (error) {
      const what =
        lora === null ? 'the base model' : `LoRA adapter "${path.basename(loraPath ?? '')}" at scale ${lora}`;
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Could not create a context for ${what}: ${reason}`);
    }
  }

  private newSlot(lora: LoraScale, contextSize: number, initial: LlamaContextSequence): ContextSlot {
    const newSequence = async (): Promise<LlamaContextSequence> => (await this.createContext(lora)).getSequence();
    const { onEvict } = this.options;
    const sessions = new SessionPool(
      newSequence,
      this.options.maxLiveSessions,
      this.options.wrapperFor,
      initial,
      onEvict && ((entry) => onEvict(lora, entry)),
    );
    return { key: contextKey(lora), lora, contextSize, sessions, leases: 0 };
  }
}
