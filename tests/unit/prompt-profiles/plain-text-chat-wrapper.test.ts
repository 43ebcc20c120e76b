import { LlamaText, SpecialToken, type ChatHistoryItem } from 'node-llama-cpp';
import { describe, expect, it } from 'vitest';
import { renderProfilePrompt, type ChatTurn, type PlainProfileId } from '../../../main/services/prompt-profiles';
import { PlainTextChatWrapper } from '../../../main/services/prompt-profiles/plain-text-chat-wrapper';

const history: ChatTurn[] = [
  { role: 'user', text: 'What is hypokalemia?' },
  { role: 'assistant', text: 'Low serum potassium.' },
  { role: 'user', text: 'And hyperkalemia?' },
  { role: 'assistant', text: 'High serum potassium.' },
];

/** The chat history LlamaChatSession hands the wrapper while answering `question`. */
function sessionHistory(turns: ChatTurn[], question: string, partialAnswer = ''): ChatHistoryItem[] {
  return [
    ...turns.map((turn): ChatHistoryItem =>
      turn.role === 'user' ? { type: 'user', text: turn.text } : { type: 'model', response: [turn.text] },
    ),
    { type: 'user', text: question },
    { type: 'model', response: partialAnswer ? [partialAnswer] : [] },
  ];
}

/** Splits a LlamaText into [leading special tokens, plain text]; fails on special tokens elsewhere. */
function splitBos(text: LlamaText): { special: string[]; plain: string } {
  const special: string[] = [];
  let plain = '';
  for (const value of text.values) {
    if (typeof value === 'string') plain += value;
    else if (value instanceof SpecialToken && plain === '') special.push(value.value);
    else throw new Error(`unexpected special value ${String(value)} inside the prompt`);
  }
  return { special, plain };
}

describe.each<PlainProfileId>(['adapter', 'qa'])('PlainTextChatWrapper(%s)', (profile) => {
  const wrapper = new PlainTextChatWrapper(profile);

  it('renders exactly the pure prompt, as plain text after a single BOS', () => {
    for (const turns of [[], history]) {
      const state = wrapper.generateContextState({ chatHistory: sessionHistory(turns, 'Causes?') });
      const { special, plain } = splitBos(state.contextText);
      expect(special).toEqual(['BOS']);
      expect(plain).toBe(renderProfilePrompt(profile, turns, 'Causes?').text);
    }
  });

  it('appends a partially generated answer raw after the open answer', () => {
    const state = wrapper.generateContextState({ chatHistory: sessionHistory(history, 'Causes?', ' Diuretics') });
    expect(splitBos(state.contextText).plain).toBe(
      renderProfilePrompt(profile, history, 'Causes?').text + ' Diuretics',
    );
  });

  it('stops on EOS and on each profile stop string, as plain text', () => {
    const state = wrapper.generateContextState({ chatHistory: sessionHistory([], 'q') });
    const expected = [
      LlamaText(new SpecialToken('EOS')),
      ...renderProfilePrompt(profile, [], 'q').stopStrings.map((stop) => LlamaText(stop)),
    ];
    expect(state.stopGenerationTriggers.map((trigger) => trigger.toJSON())).toEqual(
      expected.map((trigger) => trigger.toJSON()),
    );
  });

  it('has no system prompt and ignores system messages', () => {
    expect(wrapper.generateInitialChatHistory()).toEqual([]);
    expect(wrapper.settings.supportsSystemMessages).toBe(false);
    const withSystem: ChatHistoryItem[] = [{ type: 'system', text: 'Be brief.' }, ...sessionHistory([], 'q')];
    const state = wrapper.generateContextState({ chatHistory: withSystem });
    expect(splitBos(state.contextText).plain).toBe(renderProfilePrompt(profile, [], 'q').text);
  });
});
