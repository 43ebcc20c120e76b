// ChatService over a real (in-memory) store and a scripted generator.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { ChatService } from '../../../main/services/chat/chat-service';
import { HostCrashedError } from '../../../main/services/model-host';
import type { EventSink } from '../../../main/services/events';
import { ConversationRepository, MessageRepository, openDatabase } from '../../../main/services/store';
import type { EventChannel, EventPayload } from '../../../preload/contract/channels';
import { ApiError } from '../../../preload/contract/envelope';
import { FakeGenerator } from './fake-generator';
import { answering, fakeSafeguards } from './fake-scope';

class RecordingSink implements EventSink {
  readonly events: { channel: EventChannel; payload: unknown }[] = [];
  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void {
    this.events.push({ channel, payload });
  }
  deltas(requestId: string): string {
    return this.events
      .filter((e) => e.channel === 'chat:delta' && (e.payload as EventPayload<'chat:delta'>).requestId === requestId)
      .map((e) => (e.payload as EventPayload<'chat:delta'>).delta)
      .join('');
  }
  waitForDone(requestId: string): Promise<EventPayload<'chat:done'>> {
    return new Promise((resolve) => {
      const poll = () => {
        const done = this.events.find(
          (e) => e.channel === 'chat:done' && (e.payload as EventPayload<'chat:done'>).requestId === requestId,
        );
        if (done) resolve(done.payload as EventPayload<'chat:done'>);
        else setTimeout(poll, 2);
      };
      poll();
    });
  }
}

let db: Database.Database;
let conversations: ConversationRepository;
let messages: MessageRepository;
let generator: FakeGenerator;
let sink: RecordingSink;
let chat: ChatService;

beforeEach(() => {
  db = openDatabase(':memory:');
  conversations = new ConversationRepository(db);
  messages = new MessageRepository(db);
  generator = new FakeGenerator();
  sink = new RecordingSink();
  chat = new ChatService(conversations, messages, generator, sink, fakeSafeguards().safeguards, {
    saveIntervalMs: 0,
    deltaIntervalMs: 1,
  });
});

afterEach(async () => {
  await chat.dispose();
  db.close();
});

describe('ChatService.send', () => {
  it('creates a titled conversation, streams deltas and stores the complete answer', async () => {
    const started = answering(chat.send({ conversationId: null, text: '  What is   hypokalemia?\n' }));
    expect(started.conversation.title).toBe('What is hypokalemia?');
    expect(started.assistantMessage.status).toBe('streaming');

    const done = await sink.waitForDone(started.requestId);
    expect(done.message.status).toBe('complete');
    expect(done.message.content).toBe('Hypokalemia is low potassium.');
    expect(sink.deltas(started.requestId)).toBe('Hypokalemia is low potassium.');
    expect(done.stats).toEqual({ tokens: 4, tokensPerSecond: 42, modelName: 'tiny-test-model' });

    const stored = messages.listForConversation(started.conversation.id);
    expect(stored.map((m) => [m.role, m.status])).toEqual([
      ['user', 'complete'],
      ['assistant', 'complete'],
    ]);
    expect(stored[1]?.modelName).toBe('tiny-test-model');
  });

  it('sends prior answered turns as history and the conversation id as the session key', async () => {
    const first = answering(chat.send({ conversationId: null, text: 'Q1' }));
    await sink.waitForDone(first.requestId);
    const second = answering(chat.send({ conversationId: first.conversation.id, text: 'Q2' }));
    await sink.waitForDone(second.requestId);
    expect(generator.calls[1]).toEqual({
      sessionKey: String(first.conversation.id),
      adapter: { enabled: true, scale: 1 },
      engine: null,
      prompt: 'Q2',
      history: [
        { role: 'user', text: 'Q1' },
        { role: 'assistant', text: 'Hypokalemia is low potassium.' },
      ],
    });
  });

  it('saves the partial answer while it streams', async () => {
    generator.chunkDelayMs = 30;
    const started = answering(chat.send({ conversationId: null, text: 'Q' }));
    await new Promise((resolve) => setTimeout(resolve, 75));
    const midway = messages.get(started.assistantMessage.id);
    expect(midway?.status).toBe('streaming');
    expect(midway?.content.length).toBeGreaterThan(0);
    expect('Hypokalemia is low potassium.'.startsWith(midway?.content ?? 'x')).toBe(true);
    await sink.waitForDone(started.requestId);
  });

  it('stop keeps the partial answer and marks it stopped', async () => {
    generator.chunkDelayMs = 20;
    const started = answering(chat.send({ conversationId: null, text: 'Q' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(chat.stop(started.requestId)).toEqual({ stopped: true });
    const done = await sink.waitForDone(started.requestId);
    expect(done.message.status).toBe('stopped');
    expect(done.message.content.length).toBeGreaterThan(0);
    expect(done.message.content.length).toBeLessThan('Hypokalemia is low potassium.'.length);
    expect(chat.stop(started.requestId)).toEqual({ stopped: false });
  });

  it('a failing model marks the answer failed, keeps the partial text and the question', async () => {
    generator.failAfter = 2;
    const started = answering(chat.send({ conversationId: null, text: 'Q' }));
    const done = await sink.waitForDone(started.requestId);
    expect(done.message.status).toBe('failed');
    expect(done.message.content).toBe('Hypokalemia ');
    expect(done.message.error).toMatch(/SIGSEGV/);
    expect(messages.listForConversation(started.conversation.id)[0]?.content).toBe('Q');
  });

  it('a model host that died mid-answer marks it interrupted, with the partial text and the reason', async () => {
    generator.failAfter = 2;
    generator.failError = new HostCrashedError('The model host crashed (signal SIGABRT).', null, 'SIGABRT', []);
    const started = answering(chat.send({ conversationId: null, text: 'Q' }));
    const done = await sink.waitForDone(started.requestId);
    expect(done.message).toMatchObject({
      status: 'interrupted',
      content: 'Hypokalemia ',
      error: 'The model host crashed (signal SIGABRT).',
    });
    expect(messages.get(done.message.id)?.status).toBe('interrupted');
    expect(sink.deltas(started.requestId)).toBe('Hypokalemia ');
  });

  it('refuses without a model and writes nothing', () => {
    generator.ready = false;
    expect(() => chat.send({ conversationId: null, text: 'Q' })).toThrow(ApiError);
    expect(conversations.list({})).toHaveLength(0);
  });

  it('refuses a second question while one is streaming, and unknown conversations', async () => {
    const started = answering(chat.send({ conversationId: null, text: 'Q' }));
    expect(() => chat.send({ conversationId: started.conversation.id, text: 'again' })).toThrow(
      /still being generated/,
    );
    await sink.waitForDone(started.requestId);
    expect(() => chat.send({ conversationId: 9999, text: 'Q' })).toThrow(/does not exist/);
  });
});

describe('ChatService.regenerate', () => {
  it('replaces the last answer, answering the same question with the earlier history', async () => {
    const first = answering(chat.send({ conversationId: null, text: 'Q1' }));
    await sink.waitForDone(first.requestId);
    const second = answering(chat.send({ conversationId: first.conversation.id, text: 'Q2' }));
    await sink.waitForDone(second.requestId);

    generator.chunks = ['A different ', 'answer.'];
    const again = chat.regenerate(first.conversation.id);
    await sink.waitForDone(again.requestId);
    expect(generator.calls.at(-1)).toMatchObject({ prompt: 'Q2', history: [{ text: 'Q1' }, { role: 'assistant' }] });
    const stored = messages.listForConversation(first.conversation.id);
    expect(stored.map((m) => m.content)).toEqual(['Q1', 'Hypokalemia is low potassium.', 'Q2', 'A different answer.']);
  });

  it('refuses a conversation without a question', () => {
    const empty = conversations.create('Empty');
    expect(() => chat.regenerate(empty.id)).toThrow(/no question/);
  });
});
