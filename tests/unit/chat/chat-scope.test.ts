// ChatService with the scope gate and safety notices: what is declined saves nothing (and works with
// no model), "ask anyway" sticks to the conversation, the modes behave, notices ride on the answer.
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChatService } from '../../../main/services/chat/chat-service';
import { ConversationRepository, MessageRepository, openDatabase } from '../../../main/services/store';
import { DoneSink } from './done-sink';
import { FakeGenerator } from './fake-generator';
import { answering, fakeSafeguards, type FakeClassifier, type FakeScopeSettings } from './fake-scope';

const sink = new DoneSink();
const finished = (requestId: string) => sink.finished(requestId);

const OFF_TOPIC = 'What is the capital of France?';

let db: Database.Database;
let conversations: ConversationRepository;
let messages: MessageRepository;
let generator: FakeGenerator;
let classifier: FakeClassifier;
let settings: FakeScopeSettings;
let chat: ChatService;

function rowCounts(): { conversations: number; messages: number } {
  const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { conversations: count('conversations'), messages: count('messages') };
}

beforeEach(() => {
  db = openDatabase(':memory:');
  conversations = new ConversationRepository(db);
  messages = new MessageRepository(db);
  generator = new FakeGenerator();
  const fakes = fakeSafeguards();
  classifier = fakes.classifier;
  settings = fakes.settings;
  chat = new ChatService(conversations, messages, generator, sink, fakes.safeguards, {
    saveIntervalMs: 0,
    deltaIntervalMs: 1,
  });
});

afterEach(async () => {
  await chat.dispose();
  db.close();
});

describe('ChatService scope guard', () => {
  it('declines an out-of-scope question with the decision, and saves nothing', () => {
    const outcome = chat.send({ conversationId: null, text: OFF_TOPIC });
    expect(outcome).toEqual({
      outcome: 'out_of_scope',
      decision: {
        label: 'out_of_scope',
        score: -1,
        reason: 'It is about "France", not medicine or health.',
        matched: ['France'],
      },
      canAskAnyway: true,
      notices: [],
    });
    expect(rowCounts()).toEqual({ conversations: 0, messages: 0 });
    expect(generator.calls).toHaveLength(0);
  });

  it('a declined question keeps its safety notices, decided regardless of scope, and still saves nothing', () => {
    generator.ready = false;
    expect(chat.send({ conversationId: null, text: 'Football practice gave me chest pain, what dose?' })).toMatchObject(
      {
        outcome: 'out_of_scope',
        notices: ['emergency', 'dose'],
      },
    );
    settings.scopeGuard = 'strict';
    expect(chat.send({ conversationId: null, text: 'A poem about chest pain' })).toMatchObject({
      outcome: 'out_of_scope',
      canAskAnyway: false,
      notices: ['emergency'],
    });
    expect(rowCounts()).toEqual({ conversations: 0, messages: 0 });
  });

  it('declines while no model is loaded (the guard runs first), and still refuses medical questions then', () => {
    generator.ready = false;
    expect(chat.send({ conversationId: null, text: OFF_TOPIC }).outcome).toBe('out_of_scope');
    expect(() => chat.send({ conversationId: null, text: 'What is hypokalemia?' })).toThrow(/No model is ready/);
    expect(rowCounts()).toEqual({ conversations: 0, messages: 0 });
  });

  it('declines in an existing conversation without adding to it', async () => {
    const first = answering(chat.send({ conversationId: null, text: 'What is hypokalemia?' }));
    await finished(first.requestId);
    const before = messages.listForConversation(first.conversation.id);
    expect(chat.send({ conversationId: first.conversation.id, text: OFF_TOPIC }).outcome).toBe('out_of_scope');
    expect(messages.listForConversation(first.conversation.id)).toEqual(before);
  });

  it('"ask anyway" answers, and the conversation remembers it for its next questions', async () => {
    const started = answering(chat.send({ conversationId: null, text: OFF_TOPIC, askAnyway: true }));
    expect(started.conversation.scopeOverride).toBe(true);
    await finished(started.requestId);
    expect(conversations.get(started.conversation.id)?.scopeOverride).toBe(true);
    classifier.seen.length = 0;
    const next = answering(chat.send({ conversationId: started.conversation.id, text: 'Write a poem about football' }));
    await finished(next.requestId);
    expect(classifier.seen).toEqual([]); // the override skips the guard entirely
    expect(generator.calls.map((c) => c.prompt)).toEqual([OFF_TOPIC, 'Write a poem about football']);
    // A new conversation is checked again.
    expect(chat.send({ conversationId: null, text: OFF_TOPIC }).outcome).toBe('out_of_scope');
  });

  it('"ask anyway" on an existing conversation turns its override on', async () => {
    const first = answering(chat.send({ conversationId: null, text: 'What is hypokalemia?' }));
    await finished(first.requestId);
    expect(first.conversation.scopeOverride).toBe(false);
    const next = answering(chat.send({ conversationId: first.conversation.id, text: OFF_TOPIC, askAnyway: true }));
    expect(next.conversation).toMatchObject({ id: first.conversation.id, scopeOverride: true });
    await finished(next.requestId);
  });

  it('a medical question sent with askAnyway does not turn the override on', async () => {
    const started = answering(chat.send({ conversationId: null, text: 'What is hypokalemia?', askAnyway: true }));
    expect(started.conversation.scopeOverride).toBe(false);
    await finished(started.requestId);
  });

  it('"ask anyway" that fails for want of a model remembers nothing', () => {
    generator.ready = false;
    expect(() => chat.send({ conversationId: null, text: OFF_TOPIC, askAnyway: true })).toThrow(/No model is ready/);
    expect(rowCounts()).toEqual({ conversations: 0, messages: 0 });
  });

  it('strict mode declines without "ask anyway", refuses askAnyway, and ignores an earlier override', async () => {
    const allowed = answering(chat.send({ conversationId: null, text: OFF_TOPIC, askAnyway: true }));
    await finished(allowed.requestId);
    settings.scopeGuard = 'strict';
    expect(chat.send({ conversationId: null, text: OFF_TOPIC, askAnyway: true })).toMatchObject({
      outcome: 'out_of_scope',
      canAskAnyway: false,
    });
    expect(chat.send({ conversationId: allowed.conversation.id, text: OFF_TOPIC })).toMatchObject({
      outcome: 'out_of_scope',
      canAskAnyway: false,
    });
    expect(messages.listForConversation(allowed.conversation.id)).toHaveLength(2);
  });

  it('off mode never asks the guard and answers anything', async () => {
    settings.scopeGuard = 'off';
    const started = answering(chat.send({ conversationId: null, text: OFF_TOPIC }));
    expect(started.conversation.scopeOverride).toBe(false);
    expect(classifier.seen).toEqual([]);
    await finished(started.requestId);
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t '],
    ['zero-width', '\u200B\u200D\uFEFF'],
  ])('refuses %s text before anything else (even with the guard off and no model)', (_label, text) => {
    settings.scopeGuard = 'off';
    generator.ready = false;
    expect(() => chat.send({ conversationId: null, text })).toThrow(
      expect.objectContaining({ code: 'invalid_payload' }) as Error,
    );
    expect(() => chat.send({ conversationId: 9999, text })).toThrow(/empty/);
    expect(classifier.seen).toEqual([]);
    expect(rowCounts()).toEqual({ conversations: 0, messages: 0 });
  });

  it('regenerate does not check the scope again', async () => {
    const started = answering(chat.send({ conversationId: null, text: OFF_TOPIC, askAnyway: true }));
    await finished(started.requestId);
    conversations.setScopeOverride(started.conversation.id, false);
    settings.scopeGuard = 'strict';
    const again = chat.regenerate(started.conversation.id);
    expect((await finished(again.requestId)).message.status).toBe('complete');
  });
});

describe('ChatService safety notices', () => {
  it("stores the question's notices on the answer at start and keeps them when it completes", async () => {
    const started = answering(chat.send({ conversationId: null, text: 'Crushing chest pain: what dose of aspirin?' }));
    expect(started.assistantMessage.notices).toEqual(['emergency', 'dose']);
    expect(started.userMessage.notices).toEqual([]);
    expect(messages.get(started.assistantMessage.id)?.notices).toEqual(['emergency', 'dose']);
    const event = await finished(started.requestId);
    expect(event.message).toMatchObject({ status: 'complete', notices: ['emergency', 'dose'] });
  });

  it('keeps the notices whatever the model says, also when the answer is stopped or fails', async () => {
    generator.chunks = ['Nothing ', 'to ', 'worry ', 'about.'];
    generator.chunkDelayMs = 10;
    const stopped = answering(chat.send({ conversationId: null, text: 'I have chest pain' }));
    await new Promise((resolve) => setTimeout(resolve, 15));
    chat.stop(stopped.requestId);
    expect((await finished(stopped.requestId)).message).toMatchObject({ status: 'stopped', notices: ['emergency'] });

    generator.failAfter = 1;
    const failed = answering(chat.send({ conversationId: stopped.conversation.id, text: 'What dose of insulin?' }));
    expect((await finished(failed.requestId)).message).toMatchObject({ status: 'failed', notices: ['dose'] });
  });

  it('a question without red flags gets no notices; regenerate recomputes them from the question', async () => {
    const started = answering(chat.send({ conversationId: null, text: 'What is hypokalemia?' }));
    expect(started.assistantMessage.notices).toEqual([]);
    await finished(started.requestId);
    const chest = answering(chat.send({ conversationId: started.conversation.id, text: 'And chest pain?' }));
    await finished(chest.requestId);
    const again = chat.regenerate(started.conversation.id);
    expect(again.assistantMessage.notices).toEqual(['emergency']);
    await finished(again.requestId);
  });
});

describe('ChatService questions built by the app', () => {
  it('skipScopeGuard answers without asking the guard (review "Explain"), but still refuses blank text', async () => {
    settings.scopeGuard = 'strict';
    const started = answering(chat.send({ conversationId: null, text: OFF_TOPIC }, { skipScopeGuard: true }));
    expect(classifier.seen).toEqual([]);
    expect(started.conversation.scopeOverride).toBe(false);
    await finished(started.requestId);
    expect(() => chat.send({ conversationId: null, text: '\u200B' }, { skipScopeGuard: true })).toThrow(/empty/);
  });
});
