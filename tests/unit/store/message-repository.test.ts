// MessageRepository: user turns, the streaming lifecycle, ordering, delete and lastAssistant.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  CONTENT_MAX_BYTES,
  ConversationRepository,
  MessageRepository,
  openDatabase,
  StoreNotFoundError,
  StoreStateError,
  StoreValidationError,
  type Conversation,
} from '../../../main/services/store';
import { fakeClock, useHandles, type FakeClock } from './helpers';

const track = useHandles();
let clock: FakeClock;
let conversations: ConversationRepository;
let messages: MessageRepository;
let conv: Conversation;

beforeEach(() => {
  clock = fakeClock();
  const db = track(openDatabase(':memory:', { now: clock.now }));
  conversations = new ConversationRepository(db, { now: clock.now });
  messages = new MessageRepository(db, { now: clock.now });
  conv = conversations.create('Pharmacology');
});

describe('MessageRepository', () => {
  it('adds a user message as complete and bumps the conversation', () => {
    clock.advance(500);
    const msg = messages.addUser(conv.id, 'What does a beta blocker do?');
    expect(msg).toEqual({
      id: expect.any(Number),
      conversationId: conv.id,
      role: 'user',
      content: 'What does a beta blocker do?',
      status: 'complete',
      modelName: null,
      profile: null,
      tokens: null,
      tokensPerSecond: null,
      error: null,
      createdAt: clock.now(),
      updatedAt: clock.now(),
      notices: [],
      grounding: null,
      citations: [],
    });
    expect(conversations.get(conv.id)?.updatedAt).toBe(clock.now());
    expect(messages.get(msg.id)).toEqual(msg);
  });

  it('validates content and conversation', () => {
    expect(() => messages.addUser(conv.id, '  \n ')).toThrow(/must not be empty/);
    expect(() => messages.addUser(conv.id, 'a'.repeat(CONTENT_MAX_BYTES + 1))).toThrow(/1 MB/);
    expect(messages.addUser(conv.id, 'a'.repeat(CONTENT_MAX_BYTES)).content).toHaveLength(CONTENT_MAX_BYTES);
    // 'é' is 2 bytes in UTF-8: fewer characters than the limit, but too many bytes.
    expect(() => messages.addUser(conv.id, 'é'.repeat(CONTENT_MAX_BYTES / 2 + 1))).toThrow(StoreValidationError);
    expect(() => messages.addUser(999, 'hi')).toThrow(StoreNotFoundError);
    expect(() => messages.addUser(-1, 'hi')).toThrow(/positive integer/);
  });

  it('runs the streaming lifecycle: start, partial updates, finish', () => {
    const started = messages.startAssistant(conv.id, { modelName: 'tiny-med.gguf', profile: 'tutor' });
    expect(started).toMatchObject({
      role: 'assistant',
      status: 'streaming',
      content: '',
      modelName: 'tiny-med.gguf',
      profile: 'tutor',
    });

    clock.advance(500);
    expect(messages.updateStreamingContent(started.id, 'Beta blockers')).toBe(true);
    expect(messages.get(started.id)).toMatchObject({ content: 'Beta blockers', updatedAt: clock.now() });

    clock.advance(500);
    const done = messages.finish(started.id, {
      content: 'Beta blockers reduce heart rate.',
      status: 'complete',
      tokens: 7,
      tokensPerSecond: 12.5,
    });
    expect(done).toMatchObject({
      status: 'complete',
      content: 'Beta blockers reduce heart rate.',
      tokens: 7,
      tokensPerSecond: 12.5,
      error: null,
    });
    expect(conversations.get(conv.id)?.updatedAt).toBe(clock.now());

    // Late ticks after finish are ignored; finishing twice is a bug the caller should hear about.
    expect(messages.updateStreamingContent(started.id, 'late')).toBe(false);
    expect(messages.get(started.id)?.content).toBe('Beta blockers reduce heart rate.');
    expect(() => messages.finish(started.id, { content: 'x', status: 'stopped' })).toThrow(StoreStateError);
    expect(() => messages.finish(4242, { content: 'x', status: 'stopped' })).toThrow(StoreNotFoundError);
  });

  it('records failed answers with their error, and rejects invalid finish input', () => {
    const a = messages.startAssistant(conv.id, { modelName: null, profile: null });
    expect(() => messages.finish(a.id, { content: '', status: 'streaming' as 'failed' })).toThrow(
      /status must be one of/,
    );
    expect(() => messages.finish(a.id, { content: '', status: 'complete', tokens: -1 })).toThrow(/tokens/);
    expect(() => messages.finish(a.id, { content: '', status: 'complete', tokensPerSecond: Number.NaN })).toThrow(
      /tokensPerSecond/,
    );
    expect(messages.get(a.id)?.status).toBe('streaming'); // rejected input changed nothing
    const failed = messages.finish(a.id, { content: 'partial', status: 'failed', error: 'Model crashed' });
    expect(failed).toMatchObject({ status: 'failed', content: 'partial', error: 'Model crashed', tokens: null });
  });

  it('lists in order, finds the last assistant answer and deletes it for Regenerate', () => {
    const q1 = messages.addUser(conv.id, 'q1');
    const a1 = messages.startAssistant(conv.id, { modelName: 'm', profile: null });
    messages.finish(a1.id, { content: 'a1', status: 'complete' });
    const q2 = messages.addUser(conv.id, 'q2');
    const a2 = messages.startAssistant(conv.id, { modelName: 'm', profile: null });
    messages.finish(a2.id, { content: 'a2', status: 'stopped' });
    const other = conversations.create('Other');
    messages.addUser(other.id, 'elsewhere');

    expect(messages.listForConversation(conv.id).map((m) => m.id)).toEqual([q1.id, a1.id, q2.id, a2.id]);
    expect(messages.lastAssistant(conv.id)?.id).toBe(a2.id);
    expect(messages.delete(a2.id)).toBe(true);
    expect(messages.delete(a2.id)).toBe(false);
    expect(messages.lastAssistant(conv.id)?.id).toBe(a1.id);
    expect(messages.lastAssistant(other.id)).toBeNull();
    expect(messages.listForConversation(conv.id).map((m) => m.content)).toEqual(['q1', 'a1', 'q2']);
  });
});
