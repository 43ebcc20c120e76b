// What grounding hands chat: the prompt to send, and what is in it (stored as the answer's citations).
import type { NewAnswerCitation, NewCardCitation } from '../store/citation-store';

export type GroundedCard = NewCardCitation & {
  /** Tokens its block took in the prompt. */
  tokens: number;
};

export type GroundedAnswer = NewAnswerCitation & {
  tokens: number;
};

export interface GroundedQuestion {
  /** The question with the chosen cards (and earlier answers) before it; the question alone when none. */
  prompt: string;
  /** 'ungrounded': nothing was relevant, so the answer comes from the model alone. */
  grounding: 'grounded' | 'ungrounded';
  cards: GroundedCard[];
  /** Earlier answers of other chats, numbered after the cards ([] unless the setting is on). */
  answers: GroundedAnswer[];
  /** Tokens the blocks take together (within the budget). */
  cardTokens: number;
}

export interface GroundOptions {
  signal?: AbortSignal;
  /** The asking conversation: its own earlier answers are already in the chat, so not cited. */
  conversationId?: number;
  /** The engine that will answer (a server id; null or absent: this computer): tokens are counted for it. */
  engine?: string | null;
}

/** What chat needs: the grounded prompt for a question, or null when there is nothing to ground with. */
export interface AnswerGrounding {
  ground(question: string, options?: GroundOptions): Promise<GroundedQuestion | null>;
}
