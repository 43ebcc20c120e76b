// ChatService and the per-conversation adapter choice: a new conversation is created with the choice
// it was sent with (or the default), an existing one answers with its stored choice.
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChatService } from '../../../main/services/chat/chat-service';
import { ConversationRepository, MessageRepository, openDatabase } from '../../../main/services/store';
import { DoneSink } from './done-sink';
import { FakeGenerator } from './fake-generator';
import { answering, fakeSafeguards } from './fake-scope';

const sink = new DoneSink();
const finished = (requestId: string) => sink.finished(requestId);

let db: Database.Database;
let conversations: ConversationRepository;
let generator: FakeGenerator;
let chat: ChatService;

beforeEach(() => {
  db = openDatabase(':memory:');
  conversations = new ConversationRepository(db);
  generator = new FakeGenerator();
  chat = new ChatService(conversations, new MessageRepository(db), generator, sink, fakeSafeguards().safeguards, {
    saveIntervalMs: 0,
    deltaIntervalMs: 1,
  });
});

afterEach(async () => {
  await chat.dispose();
  db.close();
});

describe('ChatService adapter choice', () => {
  it('creates a new conversation with the choice sent, and answers with it (profile included)', async () => {
    const started = answering(chat.send({ conversationId: null, text: 'Q', adapter: { enabled: false, scale: 0.75 } }));
    expect(started.conversation).toMatchObject({ adapterEnabled: false, adapterScale: 0.75 });
    expect(started.assistantMessage.profile).toBe('template');
    await finished(started.requestId);
    expect(generator.calls[0]?.adapter).toEqual({ enabled: false, scale: 0.75 });
  });

  it('uses the default choice for a new conversation sent without one', async () => {
    const started = answering(chat.send({ conversationId: null, text: 'Q' }));
    expect(started.conversation).toMatchObject({ adapterEnabled: true, adapterScale: 1 });
    await finished(started.requestId);
  });

  it('an existing conversation answers (and regenerates) with its stored choice, not the one sent', async () => {
    const first = answering(chat.send({ conversationId: null, text: 'Q1' }));
    await finished(first.requestId);
    conversations.setAdapter(first.conversation.id, { enabled: false, scale: 1.5 });

    const second = answering(
      chat.send({
        conversationId: first.conversation.id,
        text: 'Q2',
        adapter: { enabled: true, scale: 2 },
      }),
    );
    expect(second.assistantMessage.profile).toBe('template');
    await finished(second.requestId);
    expect(generator.calls[1]?.adapter).toEqual({ enabled: false, scale: 1.5 });

    conversations.setAdapter(first.conversation.id, { enabled: true, scale: 0.5 });
    const again = chat.regenerate(first.conversation.id);
    expect(again.assistantMessage.profile).toBe('adapter');
    await finished(again.requestId);
    expect(generator.calls[2]?.adapter).toEqual({ enabled: true, scale: 0.5 });
  });
});
