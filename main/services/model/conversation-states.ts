// Where the model host keeps conversations' saved evaluation states (inside the app's data folder), how
// much it may keep, and deleting them with their conversation or with all data.
import { resolve } from 'node:path';
import type { LoadConfig } from '../model-host';

/** Enough for several long conversations (~22 MB per 1,000 tokens on a TinyLlama-sized model). */
export const DEFAULT_CONVERSATION_STATE_BYTES = 300 * 1024 * 1024;

/** The folder in the data folder that holds the states and nothing else. */
export const CONVERSATION_STATES_FOLDER = 'conversation-states';

export interface ConversationStateHost {
  forgetStates(dir: string, sessionKey?: string): Promise<number>;
}

export class ConversationStates {
  readonly dir: string;

  constructor(
    private readonly host: ConversationStateHost,
    dataDir: string,
    private readonly maxBytes = DEFAULT_CONVERSATION_STATE_BYTES,
    private readonly log: (line: string) => void = () => {},
  ) {
    // The host takes only an absolute folder (it never resolves a path against its own working directory).
    this.dir = resolve(dataDir, CONVERSATION_STATES_FOLDER);
  }

  /** The state cache part of a model load. */
  loadConfig(): NonNullable<LoadConfig['stateCache']> {
    return { dir: this.dir, maxBytes: this.maxBytes };
  }

  /** Deletes a conversation's states (the chat service's session key is the conversation id). */
  async forgetConversation(conversationId: number): Promise<void> {
    await this.forget(String(conversationId));
  }

  /** Deletes every conversation's states ("Delete all my data"). */
  async forgetAll(): Promise<void> {
    await this.forget(undefined);
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
