// What grounding hands chat: the prompt to send, and the cards in it (stored as the answer's citations).
import type { NewCitation } from '../store/citation-store';

export interface GroundedCard extends NewCitation {
  /** Tokens its block took in the prompt. */
  tokens: number;
}

export interface GroundedQuestion {
  /** The question with the chosen cards before it (the question alone when none was relevant). */
  prompt: string;
  /** 'ungrounded': no card was relevant, so the answer comes from the model alone. */
  grounding: 'grounded' | 'ungrounded';
  cards: GroundedCard[];
  /** Tokens the card blocks take together (within the budget). */
  cardTokens: number;
}

/** What chat needs: the grounded prompt for a question, or null when there is nothing to ground with. */
export interface AnswerGrounding {
  ground(question: string, options?: { signal?: AbortSignal }): Promise<GroundedQuestion | null>;
}
