// The past-answer retriever over a real data file: a hit on the question or on the answer gives the
// pair, only finished answers of other live chats, the question weighing above the answer, a new or
// deleted answer seen at once, and the threshold keeping an unrelated answer out.
import { beforeEach, describe, expect, it } from 'vitest';
import { ANSWER_RELEVANCE_THRESHOLD, FtsAnswerRetriever } from '../../../main/services/retrieval';
import { ConversationRepository, MessageRepository, openDatabase } from '../../../main/services/store';
import type { Database } from 'better-sqlite3';

let db: Database;
let conversations: ConversationRepository;
let messages: MessageRepository;

beforeEach(() => {
  db = openDatabase(':memory:');
  conversations = new ConversationRepository(db);
  messages = new MessageRepository(db);
  return () => db.close();
});

/** A chat with one question and its answer, finished with `status`. */
function chat(title: string, question: string, answer: string, status: 'complete' | 'stopped' = 'complete') {
  const conversation = conversations.create(title);
  messages.addUser(conversation.id, question);
  const started = messages.startAssistant(conversation.id, { modelName: 'tiny', profile: 'adapter' });
  const finished = messages.finish(started.id, { content: answer, status });
  return { conversation, answer: finished };
}

describe('FtsAnswerRetriever', () => {
  it('finds the pair by its question or by its answer, question above answer', () => {
    const byQuestion = chat(
      'Potassium',
      'What does hypokalemia do to the ECG?',
      'It flattens T waves and adds U waves.',
    );
    const byAnswer = chat('Diuretics', 'Side effects of furosemide?', 'Dehydration, ototoxicity and hypokalemia.');
    chat('Gout', 'What causes gout?', 'Urate crystals in the joint.');
    const hits = new FtsAnswerRetriever(db).search('hypokalemia');
    expect(hits.map((hit) => hit.messageId)).toEqual([byQuestion.answer.id, byAnswer.answer.id]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
    expect(hits[0]).toEqual({
      messageId: byQuestion.answer.id,
      conversationId: byQuestion.conversation.id,
      conversationTitle: 'Potassium',
      question: 'What does hypokalemia do to the ECG?',
      answer: 'It flattens T waves and adds U waves.',
      score: hits[0]!.score,
      updatedAt: byQuestion.answer.updatedAt,
    });
  });

  it('finds answers by abbreviation and lay words like cards', () => {
    const mi = chat('MI', 'First-line treatment of myocardial infarction?', 'Aspirin, then primary PCI.');
    const retriever = new FtsAnswerRetriever(db);
    expect(retriever.search('MI treatment')[0]?.messageId).toBe(mi.answer.id);
    expect(retriever.search('what to do for a heart attack')[0]?.messageId).toBe(mi.answer.id);
  });

  it('leaves out the asking chat, unfinished answers and deleted chats, and sees changes at once', () => {
    const retriever = new FtsAnswerRetriever(db);
    const here = chat('Here', 'Causes of hyperkalemia?', 'Renal failure, ACE inhibitors.');
    chat('Stopped', 'Hyperkalemia treatment?', 'Calcium glu', 'stopped');
    expect(retriever.search('hyperkalemia', { excludeConversationId: here.conversation.id })).toEqual([]);
    expect(retriever.search('hyperkalemia').map((hit) => hit.messageId)).toEqual([here.answer.id]);

    const later = chat('Later', 'How is hyperkalemia treated?', 'Calcium gluconate, insulin with glucose.');
    expect(retriever.search('hyperkalemia treatment')[0]?.messageId).toBe(later.answer.id);
    conversations.softDelete(later.conversation.id);
    expect(retriever.search('hyperkalemia treatment').map((hit) => hit.messageId)).toEqual([here.answer.id]);
    messages.delete(here.answer.id);
    expect(retriever.search('hyperkalemia')).toEqual([]);
  });

  it('scores an answer to the same question above the threshold, one about something else below it', () => {
    chat('Gout', 'What causes gout?', 'Urate crystals; alcohol and diuretics can trigger an attack.');
    const retriever = new FtsAnswerRetriever(db);
    expect(retriever.search('why do people get gout?')[0]?.score).toBeGreaterThanOrEqual(ANSWER_RELEVANCE_THRESHOLD);
    const unrelated = retriever.search('alcohol withdrawal treatment');
    expect(unrelated.every((hit) => hit.score < ANSWER_RELEVANCE_THRESHOLD)).toBe(true);
    expect(retriever.search('alcohol withdrawal treatment', { minScore: ANSWER_RELEVANCE_THRESHOLD })).toEqual([]);
    expect(retriever.search('')).toEqual([]);
  });
});
