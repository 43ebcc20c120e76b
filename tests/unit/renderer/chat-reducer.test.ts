// The streaming reducer: deltas go only to the active request, done replaces, strangers are ignored.
import { describe, expect, it } from 'vitest';
import {
  chatReducer,
  displayedContent,
  initialChatState,
  lastAssistantIndex,
  type ChatState,
} from '../../../renderer/src/features/chat/state/chatReducer';
import { conversation, message } from './fixtures';

const user = message({ id: 10, role: 'user', content: 'What is preload?' });
const pending = message({ id: 11, status: 'streaming' });

function streaming(): ChatState {
  return chatReducer(initialChatState, {
    type: 'sendStarted',
    requestId: 'req-1',
    conversation: conversation({ id: 1 }),
    userMessage: user,
    assistantMessage: pending,
  });
}

describe('chatReducer', () => {
  it('renderer.stream.send-started: a new chat adopts the created conversation and starts streaming', () => {
    const state = streaming();
    expect(state.conversationId).toBe(1);
    expect(state.messages.map((m) => m.id)).toEqual([10, 11]);
    expect(state.stream).toEqual({ requestId: 'req-1', conversationId: 1, messageId: 11, content: '' });
  });

  it('renderer.stream.delta-appends: deltas append to the matching request only, leaving the list untouched', () => {
    const start = streaming();
    let state = chatReducer(start, { type: 'delta', requestId: 'req-1', text: 'Preload ' });
    state = chatReducer(state, { type: 'delta', requestId: 'req-1', text: 'is the stretch.' });
    expect(state.stream?.content).toBe('Preload is the stretch.');
    expect(state.messages).toBe(start.messages); // same array: no list rebuild per token
    expect(displayedContent(pending, state.stream)).toBe('Preload is the stretch.');
    expect(displayedContent(user, state.stream)).toBe('What is preload?');
  });

  it('renderer.stream.unknown-ignored: deltas and done for unknown requestIds change nothing', () => {
    const start = streaming();
    expect(chatReducer(start, { type: 'delta', requestId: 'other', text: 'x' })).toBe(start);
    const stray = message({ id: 11, content: 'hijack', status: 'complete' });
    expect(chatReducer(start, { type: 'done', requestId: 'other', message: stray })).toBe(start);
    expect(chatReducer(initialChatState, { type: 'delta', requestId: 'req-1', text: 'x' })).toBe(initialChatState);
  });

  it('renderer.stream.done-replaces: done swaps in the stored final message and ends the stream', () => {
    let state = chatReducer(streaming(), { type: 'delta', requestId: 'req-1', text: 'partial' });
    const final = message({
      id: 11,
      content: 'Final answer',
      status: 'stopped',
      modelName: 'TinyLlama',
      tokensPerSecond: 42,
    });
    state = chatReducer(state, { type: 'done', requestId: 'req-1', message: final });
    expect(state.stream).toBeNull();
    expect(state.messages[1]).toBe(final);
    // Later deltas for the finished request are ignored.
    expect(chatReducer(state, { type: 'delta', requestId: 'req-1', text: 'late' })).toBe(state);
  });

  it('renderer.stream.other-conversation: a stream for a chat not on screen does not touch the list', () => {
    let state = chatReducer(initialChatState, { type: 'select', conversationId: 2 });
    state = chatReducer(state, {
      type: 'loaded',
      conversationId: 2,
      messages: [message({ id: 20, conversationId: 2 })],
    });
    const before = state.messages;
    state = chatReducer(state, {
      type: 'sendStarted',
      requestId: 'req-9',
      conversation: conversation({ id: 1 }),
      userMessage: user,
      assistantMessage: pending,
    });
    expect(state.conversationId).toBe(2);
    expect(state.messages).toBe(before);
    expect(state.stream?.requestId).toBe('req-9');
    state = chatReducer(state, { type: 'done', requestId: 'req-9', message: message({ id: 11, content: 'x' }) });
    expect(state.stream).toBeNull();
    expect(state.messages).toBe(before);
  });

  it('renderer.stream.stale-load: a slow load for a previously selected chat is dropped', () => {
    let state = chatReducer(initialChatState, { type: 'select', conversationId: 1 });
    state = chatReducer(state, { type: 'select', conversationId: 2 });
    const after = chatReducer(state, { type: 'loaded', conversationId: 1, messages: [user] });
    expect(after).toBe(state);
    expect(state.loading).toBe(true);
  });

  it('renderer.stream.regenerate: regenerate replaces the trailing answer with the new streaming one', () => {
    const old = message({ id: 11, content: 'old answer' });
    let state = chatReducer(initialChatState, { type: 'select', conversationId: 1 });
    state = chatReducer(state, { type: 'loaded', conversationId: 1, messages: [user, old] });
    const fresh = message({ id: 12, status: 'streaming' });
    state = chatReducer(state, {
      type: 'regenerateStarted',
      requestId: 'req-2',
      conversation: conversation({ id: 1 }),
      assistantMessage: fresh,
    });
    expect(state.messages.map((m) => m.id)).toEqual([10, 12]);
    expect(state.stream?.messageId).toBe(12);
  });

  it('renderer.stream.interrupted: a crash keeps the partial text and marks the answer interrupted', () => {
    let state = chatReducer(streaming(), { type: 'delta', requestId: 'req-1', text: 'half an ans' });
    state = chatReducer(state, { type: 'interrupted', error: 'model crashed' });
    expect(state.stream).toBeNull();
    expect(state.messages[1]).toMatchObject({
      id: 11,
      content: 'half an ans',
      status: 'interrupted',
      error: 'model crashed',
    });
  });

  it('renderer.stream.last-assistant: finds the row that carries Regenerate', () => {
    expect(lastAssistantIndex([user, pending, user])).toBe(1);
    expect(lastAssistantIndex([user])).toBe(-1);
  });
});

describe('chatReducer search focus', () => {
  it('renderer.stream.search-focus: opening a search hit remembers the message; sending clears it', () => {
    let state = chatReducer(initialChatState, { type: 'select', conversationId: 1, focusMessageId: 10 });
    expect(state.focusMessageId).toBe(10);
    const same = chatReducer(state, { type: 'select', conversationId: 1, focusMessageId: 11 });
    expect(same.focusMessageId).toBe(11);
    expect(same.loading).toBe(state.loading);
    state = chatReducer(state, { type: 'loaded', conversationId: 1, messages: [user] });
    state = chatReducer(state, {
      type: 'sendStarted',
      requestId: 'req-5',
      conversation: conversation({ id: 1 }),
      userMessage: message({ id: 12, role: 'user', content: 'next' }),
      assistantMessage: message({ id: 13, status: 'streaming' }),
    });
    expect(state.focusMessageId).toBeNull();
  });
});
