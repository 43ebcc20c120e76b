// Prompt profile ids, chat turns and default sampling settings (pure, no node-llama-cpp).

export const PROFILE_IDS = ['adapter', 'template', 'qa'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

/** Profiles rendered as plain text by this module (template needs the GGUF's Jinja template). */
export type PlainProfileId = Exclude<ProfileId, 'template'>;

export type ChatRole = 'user' | 'assistant';

/** One complete past message of a conversation, as stored in the DB. */
export interface ChatTurn {
  role: ChatRole;
  text: string;
}

export interface SamplingSettings {
  temperature: number;
  topP: number;
  maxTokens: number;
}

export const DEFAULT_SAMPLING: Readonly<SamplingSettings> = Object.freeze({
  temperature: 0.7,
  topP: 0.9,
  maxTokens: 256,
});
