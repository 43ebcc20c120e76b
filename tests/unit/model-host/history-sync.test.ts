import { describe, expect, it } from 'vitest';
import { fromChatHistory, historyMatches, toChatHistory } from '../../../main/services/model-host/history-sync';
import type { ChatTurn } from '../../../main/services/prompt-profiles';

const turns: ChatTurn[] = [
  { role: 'user', text: 'What is hypokalemia?' },
  { role: 'assistant', text: 'Low potassium.' },
];

describe('history sync', () => {
  it('round-trips DB turns through node-llama-cpp chat history', () => {
    expect(toChatHistory(turns)).toEqual([
      { type: 'user', text: 'What is hypokalemia?' },
      { type: 'model', response: ['Low potassium.'] },
    ]);
    expect(fromChatHistory(toChatHistory(turns))).toEqual(turns);
  });

  it('ignores system items and joins the text parts of a response', () => {
    expect(
      fromChatHistory([
        { type: 'system', text: 'sys' },
        { type: 'user', text: 'q' },
        { type: 'model', response: ['Low ', 'potassium.'] },
      ]),
    ).toEqual([
      { role: 'user', text: 'q' },
      { role: 'assistant', text: 'Low potassium.' },
    ]);
  });

  it('matches identical history, tolerating whitespace the host trimmed from answers', () => {
    const session = toChatHistory([turns[0]!, { role: 'assistant', text: ' Low potassium.' }]);
    expect(historyMatches(session, turns)).toBe(true);
  });

  it('detects edits, regenerations and switched conversations', () => {
    const session = toChatHistory(turns);
    expect(historyMatches(session, [])).toBe(false);
    expect(historyMatches(session, [turns[0]!])).toBe(false);
    expect(historyMatches(session, [{ role: 'user', text: 'What is hyperkalemia?' }, turns[1]!])).toBe(false);
    expect(historyMatches(session, [turns[0]!, { role: 'assistant', text: 'High potassium.' }])).toBe(false);
    expect(historyMatches(session, [turns[1]!, turns[0]!])).toBe(false);
  });
});
