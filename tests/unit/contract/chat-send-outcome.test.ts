// The chat:send response is a union on `outcome`: an answer that started, or a polite decline that
// carries the scope guard's decision; each shape is checked strictly, so the renderer can trust it.
import { describe, expect, it } from 'vitest';
import { invokeChannels, settingsSchema } from '../../../preload/contract';

const response = invokeChannels['chat:send'].response;

const conversation = {
  id: 1,
  title: 'France',
  createdAt: 1,
  updatedAt: 1,
  adapterEnabled: true,
  adapterScale: 1,
  scopeOverride: true,
  useCards: true,
  engine: null,
};
const message = (role: 'user' | 'assistant', notices: string[] = []) => ({
  id: role === 'user' ? 1 : 2,
  conversationId: 1,
  role,
  content: role === 'user' ? 'Q' : '',
  status: role === 'user' ? 'complete' : 'streaming',
  modelName: null,
  profile: null,
  tokens: null,
  tokensPerSecond: null,
  error: null,
  createdAt: 1,
  updatedAt: 1,
  notices,
  grounding: null,
  citations: [],
});
const decision = { label: 'out_of_scope', score: -2.5, reason: 'About geography.', matched: ['capital'] };

describe('chat:send response', () => {
  it('accepts an answer that started, with notices on the assistant message', () => {
    const answering = {
      outcome: 'answering',
      requestId: 'abc-1',
      conversation,
      userMessage: message('user'),
      assistantMessage: message('assistant', ['emergency', 'dose']),
    };
    expect(response.parse(answering)).toEqual(answering);
  });

  it('accepts a decline with the decision, whether "ask anyway" is offered, and the safety notices', () => {
    const declined = { outcome: 'out_of_scope', decision, canAskAnyway: false, notices: [] };
    expect(response.parse(declined)).toEqual(declined);
    const withNotice = { ...declined, canAskAnyway: true, notices: ['crisis'] };
    expect(response.parse(withNotice)).toEqual(withNotice);
    expect(() => response.parse({ ...declined, notices: ['panic'] })).toThrow();
    expect(() => response.parse({ outcome: 'out_of_scope', decision, canAskAnyway: true })).toThrow();
  });

  it('rejects mixed or incomplete shapes and unknown notice kinds', () => {
    expect(() => response.parse({ outcome: 'out_of_scope', decision })).toThrow();
    expect(() =>
      response.parse({ outcome: 'out_of_scope', decision, canAskAnyway: true, notices: [], requestId: 'x' }),
    ).toThrow();
    expect(() => response.parse({ outcome: 'declined', decision, canAskAnyway: true })).toThrow();
    expect(() =>
      response.parse({
        outcome: 'answering',
        requestId: 'abc-1',
        conversation,
        userMessage: message('user'),
        assistantMessage: message('assistant', ['panic']),
      }),
    ).toThrow();
    expect(() =>
      response.parse({
        outcome: 'answering',
        requestId: 'abc-1',
        conversation: { ...conversation, scopeOverride: undefined },
        userMessage: message('user'),
        assistantMessage: message('assistant'),
      }),
    ).toThrow();
  });

  it('settings carry the scope guard mode, one of ask/strict/off', () => {
    const base = settingsSchema.shape;
    expect(base.scopeGuard.options).toEqual(['ask', 'strict', 'off']);
    expect(() => base.scopeGuard.parse('lenient')).toThrow();
  });
});
