// History building keeps strictly alternating answered turns; titles are one tidy line.
import { describe, expect, it } from 'vitest';
import { historyFromMessages, titleFromQuestion } from '../../../main/services/chat/history';
import type { Message } from '../../../preload/contract/schemas';

let nextId = 1;
function message(role: Message['role'], content: string, status: Message['status'] = 'complete'): Message {
  const id = nextId++;
  return {
    id,
    conversationId: 1,
    role,
    content,
    status,
    modelName: null,
    profile: null,
    tokens: null,
    tokensPerSecond: null,
    error: null,
    createdAt: id,
    updatedAt: id,
    notices: [],
    grounding: null,
    citations: [],
  };
}

describe('historyFromMessages', () => {
  it('keeps answered questions, including stopped partial answers', () => {
    const turns = historyFromMessages([
      message('user', 'Q1'),
      message('assistant', 'A1'),
      message('user', 'Q2'),
      message('assistant', 'A2 partial', 'stopped'),
    ]);
    expect(turns).toEqual([
      { role: 'user', text: 'Q1' },
      { role: 'assistant', text: 'A1' },
      { role: 'user', text: 'Q2' },
      { role: 'assistant', text: 'A2 partial' },
    ]);
  });

  it('drops questions whose answer failed empty, is missing, or is still streaming', () => {
    const turns = historyFromMessages([
      message('user', 'lost'),
      message('assistant', '', 'failed'),
      message('user', 'unanswered'),
      message('user', 'Q'),
      message('assistant', 'A'),
      message('user', 'now'),
      message('assistant', 'stream', 'streaming'),
    ]);
    expect(turns).toEqual([
      { role: 'user', text: 'Q' },
      { role: 'assistant', text: 'A' },
    ]);
  });
});

describe('titleFromQuestion', () => {
  it('collapses whitespace and shortens long questions', () => {
    expect(titleFromQuestion('  What\nis   DKA? ')).toBe('What is DKA?');
    const long = titleFromQuestion('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('…')).toBe(true);
  });
});
