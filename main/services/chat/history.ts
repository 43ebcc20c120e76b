// Turns stored messages into the alternating user/assistant history a prompt is built from.
import type { Message } from '../../../preload/contract/schemas';

export interface ChatTurn {
  role: 'user' | 'assistant';
  text: string;
}

/**
 * Only answered questions count: a question whose answer failed or is empty is left out,
 * so every chat template sees strictly alternating turns. Stopped (partial) answers stay,
 * because the model did say them.
 */
export function historyFromMessages(messages: readonly Message[]): ChatTurn[] {
  const turns: ChatTurn[] = [];
  for (let i = 0; i < messages.length; i++) {
    const question = messages[i];
    const answer = messages[i + 1];
    if (question?.role !== 'user' || answer?.role !== 'assistant') continue;
    if (answer.content.trim().length === 0 || answer.status === 'streaming') continue;
    turns.push({ role: 'user', text: question.content }, { role: 'assistant', text: answer.content });
    i++;
  }
  return turns;
}

/** A conversation title from its first question: one line, at most 60 characters. */
export function titleFromQuestion(question: string): string {
  const line = question.replace(/\s+/g, ' ').trim();
  return line.length <= 60 ? line : `${line.slice(0, 57).trimEnd()}…`;
}
