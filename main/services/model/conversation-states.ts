// Where the model host keeps conversations' saved evaluation states (inside the app's data folder), how
// much it may keep, and deleting them with their conversation, with all data, or when their conversation
// is gone.
import { resolve } from 'node:path';
import type { LoadConfig } from '../model-host';
import { readManifest } from '../model-host/state-cache/manifest';

/** Enough for several long conversations (~22 MB per 1,000 tokens on a TinyLlama-sized model). */
export const DEFAULT_CONVERSATION_STATE_BYTES = 300 * 1024 * 1024;

/** The folder in the data folder that holds the states and nothing else. */
export const CONVERSATION_STATES_FOLDER = 'conversation-states';

export interface ConversationStateHost {
  forgetStates(dir: string, sessionKey?: string): Promise<number>;
}

/** What the saved states take on disk now. */
export interface ConversationStateUsage {
  bytes: number;
  files: number;
}

export class ConversationStates {
  readonly dir: string;
  private readonly maxBytes: () => number;

  constructor(
    private readonly host: ConversationStateHost,
    dataDir: string,
    /** The cap, read at every model load (a setting may change it between loads). */
    maxBytes: number | (() => number) = DEFAULT_CONVERSATION_STATE_BYTES,
    private readonly log: (line: string) => void = () => {},
  ) {
    // The host takes only an absolute folder (it never resolves a path against its own working directory).
    this.dir = resolve(dataDir, CONVERSATION_STATES_FOLDER);
    this.maxBytes = typeof maxBytes === 'number' ? () => maxBytes : maxBytes;
  }

  /** The state cache part of a model load; a cap of 0 makes the host delete every state and save none. */
  loadConfig(): NonNullable<LoadConfig['stateCache']> {
    return { dir: this.dir, maxBytes: this.maxBytes() };
  }

  /** The bytes and number of the states the manifest lists (a missing or unreadable one counts as none). */
  async usage(): Promise<ConversationStateUsage> {
    const { manifest } = await readManifest(this.dir);
    return {
      bytes: manifest.entries.reduce((sum, entry) => sum + entry.bytes, 0),
      files: manifest.entries.length,
    };
  }

  /** Deletes a conversation's states (the chat service's session key is the conversation id). */
  async forgetConversation(conversationId: number): Promise<void> {
    await this.forget(String(conversationId));
  }

  /** Deletes every conversation's states ("Delete all my data"). */
  async forgetAll(): Promise<void> {
    await this.forget(undefined);
  }

  /**
   * Deletes the states of conversations that no longer exist (deleted while no host ran, or while it
   * crashed); returns how many conversations' states went.
   */
  async retainOnly(conversationIds: Iterable<number>): Promise<number> {
    const live = new Set([...conversationIds].map(String));
    const { manifest } = await readManifest(this.dir);
    const orphans = [...new Set(manifest.entries.map((entry) => entry.sessionKey))].filter((key) => !live.has(key));
    for (const key of orphans) await this.forget(key);
    return orphans.length;
  }

  private async forget(sessionKey: string | undefined): Promise<void> {
    try {
      await this.host.forgetStates(this.dir, sessionKey);
    } catch (error) {
      // The next start-up cannot tell these files from live ones, so the failure is at least on record.
      const what = sessionKey === undefined ? 'all conversations' : `conversation ${sessionKey}`;
      this.log(
        `Could not delete the saved states of ${what}: ${error instanceof Error ? error.message : String(error)}`,
      );
      throw error;
    }
  }
}
