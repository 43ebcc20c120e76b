// ChatService with grounding: a conversation with "Use my cards" on sends the grounded prompt and stores
// the citations before generating (a failed answer keeps them); history and the stored question stay as
// typed; off, or without cards, the question goes as typed and nothing is marked.
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChatService } from '../../../main/services/chat/chat-service';
import type { AnswerGrounding, GroundedQuestion } from '../../../main/services/grounding';
import { ConversationRepository, MessageRepository, openDatabase } from '../../../main/services/store';
import { DoneSink } from './done-sink';
import { FakeGenerator } from './fake-generator';
import { answering, fakeSafeguards } from './fake-scope';

const sink = new DoneSink();
let db: Database.Database;
let messages: MessageRepository;
let generator: FakeGenerator;
let chat: ChatService;
let cardId: number;
let next: GroundedQuestion | null;
const asked: string[] = [];

const grounding: AnswerGrounding = {
  async ground(question) {
    asked.push(question);
    return next;
  },
};

beforeEach(() => {
  db = openDatabase(':memory:');
  const conversations = new ConversationRepository(db);
  messages = new MessageRepository(db);
  generator = new FakeGenerator();
  chat = new ChatService(conversations, messages, generator, sink, fakeSafeguards().safeguards, {
    saveIntervalMs: 0,
    deltaIntervalMs: 1,
    grounding,
  });
  db.prepare(`INSERT INTO decks (name, name_key, created_at, updated_at) VALUES ('Renal', 'renal', 1, 1)`).run();
  cardId = db
    .prepare(
      `INSERT INTO cards (deck_id, note_type, front, back, front_key, created_at, updated_at, due)
       VALUES (1, 'basic', 'Hyperkalemia ECG?', 'Peaked T waves', 'hyperkalemia ecg?', 1, 1, 1) RETURNING id`,
    )
    .pluck()
    .get() as number;
  asked.length = 0;
  next = {
    prompt: '[1] Question: Hyperkalemia ECG? … answer my question: ECG in hyperkalemia?',
    grounding: 'grounded',
    cards: [
      {
        kind: 'card',
        number: 1,
        cardId,
        deckName: 'Renal',
        front: 'Hyperkalemia ECG?',
        back: 'Peaked T waves',
        score: 0.9,
        tokens: 12,
      },
    ],
    answers: [],
    cardTokens: 12,
  };
});

afterEach(async () => {
  await chat.dispose();
  db.close();
});

describe('ChatService grounding', () => {
  it('sends the grounded prompt and the answer carries its citations', async () => {
    const started = answering(chat.send({ conversationId: null, text: 'ECG in hyperkalemia?' }));
    const done = await sink.finished(started.requestId);
    expect(asked).toEqual(['ECG in hyperkalemia?']);
    expect(generator.calls.map((call) => call.prompt)).toEqual([next!.prompt]);
    expect(done.message).toMatchObject({
      grounding: 'grounded',
      citations: [{ number: 1, cardId, front: 'Hyperkalemia ECG?', status: 'current' }],
    });
    // The question is stored as typed; the next turn's history holds it so.
    const stored = messages.listForConversation(started.conversation.id);
    expect(stored[0]?.content).toBe('ECG in hyperkalemia?');
    const again = answering(chat.send({ conversationId: started.conversation.id, text: 'And treatment?' }));
    await sink.finished(again.requestId);
    expect(generator.calls[1]?.history[0]).toEqual({ role: 'user', text: 'ECG in hyperkalemia?' });
  });

  it('keeps the citations of an answer that fails', async () => {
    generator.failAfter = 1;
    const started = answering(chat.send({ conversationId: null, text: 'ECG in hyperkalemia?' }));
    const done = await sink.finished(started.requestId);
    expect(done.message).toMatchObject({ status: 'failed', grounding: 'grounded', citations: [{ cardId }] });
  });

  it('marks an answer ungrounded when no card was relevant, the question going as typed', async () => {
    next = { prompt: 'What causes gout?', grounding: 'ungrounded', cards: [], answers: [], cardTokens: 0 };
    const started = answering(chat.send({ conversationId: null, text: 'What causes gout?' }));
    const done = await sink.finished(started.requestId);
    expect(generator.calls[0]?.prompt).toBe('What causes gout?');
    expect(done.message).toMatchObject({ grounding: 'ungrounded', citations: [] });
  });

  it('does not consult the cards when the conversation has them off, or when the decks are empty', async () => {
    const off = answering(chat.send({ conversationId: null, text: 'ECG in hyperkalemia?', useCards: false }));
    expect(off.conversation.useCards).toBe(false);
    const offDone = await sink.finished(off.requestId);
    expect(asked).toEqual([]);
    expect(offDone.message).toMatchObject({ grounding: null, citations: [] });
    expect(generator.calls[0]?.prompt).toBe('ECG in hyperkalemia?');

    next = null; // no cards at all
    const empty = answering(chat.send({ conversationId: null, text: 'ECG in hyperkalemia?' }));
    expect(empty.conversation.useCards).toBe(true);
    expect((await sink.finished(empty.requestId)).message).toMatchObject({ grounding: null, citations: [] });
    expect(generator.calls[1]?.prompt).toBe('ECG in hyperkalemia?');
  });
});
