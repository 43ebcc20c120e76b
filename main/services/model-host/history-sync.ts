// Converts between DB chat turns and node-llama-cpp chat history, and tells whether they agree.
import type { ChatHistoryItem } from 'node-llama-cpp';
import type { ChatTurn } from '../prompt-profiles/types';

export function toChatHistory(turns: readonly ChatTurn[]): ChatHistoryItem[] {
  return turns.map((turn) =>
    turn.role === 'user' ? { type: 'user', text: turn.text } : { type: 'model', response: [turn.text] },
  );
}

export function fromChatHistory(items: readonly ChatHistoryItem[]): ChatTurn[] {
  const turns: ChatTurn[] = [];
  for (const item of items) {
    if (item.type === 'user') turns.push({ role: 'user', text: item.text });
    else if (item.type === 'model') {
      const text = item.response.filter((part): part is string => typeof part === 'string').join('');
      turns.push({ role: 'assistant', text });
    }
  }
  return turns;
}

/**
 * True when the session already holds exactly these turns, so only the new prompt needs
 * evaluating. Answers are compared trimmed: the host strips the model's leading whitespace
 * before the DB stores the text, which is not a real difference.
 */
export function historyMatches(items: readonly ChatHistoryItem[], turns: readonly ChatTurn[]): boolean {
  const current = fromChatHistory(items);
  if (current.length !== turns.length) return false;
  return current.every((turn, index) => {
    const other = turns[index];
    if (!other || other.role !== turn.role) return false;
    return turn.role === 'user' ? turn.text === other.text : turn.text.trim() === other.text.trim();
  });
}
