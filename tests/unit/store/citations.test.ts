// An answer's citations: stored with it as the cards were, read back in order with each card's fate
// since (edited → changed; deleted or purged → deleted; moved or reviewed → still current), and gone
// with the answer; an earlier answer cited likewise, with the chat it opens.
import type { Database } from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { FlashcardService } from '../../../main/services/flashcards';
import {
  ConversationRepository,
  MessageRepository,
  openDatabase,
  SettingsRepository,
  StoreNotFoundError,
  type NewCitation,
} from '../../../main/services/store';
import { fakeClock, useHandles } from './helpers';

const track = useHandles();
let messages: MessageRepository;
let conversations: ConversationRepository;
let cards: FlashcardService;
let db: Database;

beforeEach(() => {
  const clock = fakeClock();
  db = track(openDatabase(':memory:', { now: clock.now }));
  conversations = new ConversationRepository(db, { now: clock.now });
  messages = new MessageRepository(db, { now: clock.now });
  cards = new FlashcardService(db, new SettingsRepository(db), { now: clock.now });
});

function answerCiting(...cardIds: number[]) {
  const conversation = conversations.create('Renal');
  messages.addUser(conversation.id, 'ECG in hyperkalemia?');
  const answer = messages.startAssistant(conversation.id, { modelName: 'tiny', profile: 'adapter' });
  const citations: NewCitation[] = cardIds.map((cardId, i) => {
    const card = cards.getCard(cardId);
    return {
      kind: 'card',
      number: i + 1,
      cardId,
      deckName: 'Renal',
      front: card.front,
      back: card.back,
      score: 0.9 - i / 10,
    };
  });
  return { conversation, answer: messages.setGrounding(answer.id, 'grounded', citations) };
}

describe('citations', () => {
  it('are read back in order with the answer, from get and from the conversation list', () => {
    const deck = cards.createDeck('Renal');
    const a = cards.createCard({ deckId: deck.id, front: 'Hyperkalemia ECG?', back: 'Peaked T waves' });
    const b = cards.createCard({ deckId: deck.id, front: 'Normal K+?', back: '3.5–5.0 mmol/L' });
    const { conversation, answer } = answerCiting(a.id, b.id);
    const expected = [
      { kind: 'card', number: 1, cardId: a.id, deckName: 'Renal', front: a.front, back: a.back, status: 'current' },
      { kind: 'card', number: 2, cardId: b.id, deckName: 'Renal', front: b.front, back: b.back, status: 'current' },
    ];
    expect(answer).toMatchObject({ grounding: 'grounded', citations: expected });
    expect(messages.get(answer.id)?.citations).toEqual(expected);
    const listed = messages.listForConversation(conversation.id);
    expect(listed.map((m) => [m.role, m.grounding, m.citations.length])).toEqual([
      ['user', null, 0],
      ['assistant', 'grounded', 2],
    ]);
    // Finishing the answer keeps them.
    expect(messages.finish(answer.id, { content: 'Peaked T waves [1].', status: 'complete' }).citations).toEqual(
      expected,
    );
  });

  it('show an edited card as changed, a moved or reviewed one as current, a deleted or purged one as deleted', () => {
    const deck = cards.createDeck('Renal');
    const other = cards.createDeck('Cardio');
    const [edited, moved, deleted, purged] = ['A?', 'B?', 'C?', 'D?'].map((front) =>
      cards.createCard({ deckId: deck.id, front, back: 'x' }),
    );
    const { answer } = answerCiting(edited!.id, moved!.id, deleted!.id, purged!.id);

    cards.updateCard(edited!.id, { back: 'corrected' });
    cards.moveCards([moved!.id], other.id);
    cards.deleteCard(deleted!.id);
    cards.deleteCard(purged!.id);
    cards.purgeDeleted(0);

    const citations = messages.get(answer.id)!.citations;
    expect(citations.map((c) => [c.kind === 'card' ? c.front : c.question, c.status])).toEqual([
      ['A?', 'changed'],
      ['B?', 'current'],
      ['C?', 'deleted'],
      ['D?', 'deleted'],
    ]);
    // The copy is what the answer was given, not the card as it is now.
    expect(citations[0]).toMatchObject({ kind: 'card', back: 'x' });
  });

  it('records an ungrounded answer with no citations, and refuses an unknown message', () => {
    const conversation = conversations.create('Gout');
    const answer = messages.startAssistant(conversation.id, { modelName: 'tiny', profile: 'adapter' });
    expect(messages.setGrounding(answer.id, 'ungrounded', [])).toMatchObject({
      grounding: 'ungrounded',
      citations: [],
    });
    expect(() => messages.setGrounding(9999, 'grounded', [])).toThrow(StoreNotFoundError);
  });

  it('go with their answer', () => {
    const deck = cards.createDeck('Renal');
    const card = cards.createCard({ deckId: deck.id, front: 'Q?', back: 'A' });
    const { conversation, answer } = answerCiting(card.id);
    messages.delete(answer.id);
    const regenerated = messages.startAssistant(conversation.id, { modelName: 'tiny', profile: 'adapter' });
    expect(regenerated.citations).toEqual([]);
    expect(messages.listForConversation(conversation.id).flatMap((m) => m.citations)).toEqual([]);
  });
});

describe('citations of earlier answers', () => {
  /** An earlier chat's question and finished answer, then a new answer citing it after a card. */
  function citeEarlierAnswer() {
    const deck = cards.createDeck('Renal');
    const card = cards.createCard({ deckId: deck.id, front: 'Hyperkalemia ECG?', back: 'Peaked T waves' });
    const earlier = conversations.create('Potassium');
    messages.addUser(earlier.id, 'What does high potassium do to the heart?');
    const started = messages.startAssistant(earlier.id, { modelName: 'tiny', profile: 'adapter' });
    const past = messages.finish(started.id, { content: 'It causes arrhythmias.', status: 'complete' });
    const now = conversations.create('Renal');
    messages.addUser(now.id, 'ECG in hyperkalemia?');
    const answer = messages.startAssistant(now.id, { modelName: 'tiny', profile: 'adapter' });
    const citations: NewCitation[] = [
      { kind: 'card', number: 1, cardId: card.id, deckName: 'Renal', front: card.front, back: card.back, score: 0.9 },
      {
        kind: 'answer',
        number: 2,
        messageId: past.id,
        conversationTitle: 'Potassium',
        question: 'What does high potassium do to the heart?',
        answer: past.content,
        score: 0.6,
      },
    ];
    return { earlier, past, now, answer: messages.setGrounding(answer.id, 'grounded', citations) };
  }

  it('are read back after the cards, with the conversation they open', () => {
    const { earlier, past, now, answer } = citeEarlierAnswer();
    const expected = {
      kind: 'answer',
      number: 2,
      messageId: past.id,
      conversationId: earlier.id,
      conversationTitle: 'Potassium',
      question: 'What does high potassium do to the heart?',
      answer: 'It causes arrhythmias.',
      status: 'current',
    };
    expect(answer.citations.map((c) => c.kind)).toEqual(['card', 'answer']);
    expect(answer.citations[1]).toEqual(expected);
    expect(messages.listForConversation(now.id).at(-1)?.citations[1]).toEqual(expected);
  });

  it('show an edited answer as changed, a deleted chat as deleted until restored, a regenerated one as deleted', () => {
    const { earlier, past, answer } = citeEarlierAnswer();
    const statusOf = () => messages.get(answer.id)!.citations[1];

    // Nothing in the app edits a finished answer today; an edit is still told apart from a regeneration.
    db.prepare("UPDATE messages SET content = 'It may cause arrhythmias.' WHERE id = ?").run(past.id);
    expect(statusOf()).toMatchObject({ status: 'changed', answer: 'It causes arrhythmias.' });

    conversations.softDelete(earlier.id);
    expect(statusOf()).toMatchObject({ status: 'deleted', conversationId: null, answer: 'It causes arrhythmias.' });
    conversations.restore(earlier.id);
    expect(statusOf()).toMatchObject({ status: 'changed', conversationId: earlier.id });

    // Regenerate replaces the answer: the one cited is gone, its copy stays.
    messages.delete(past.id);
    expect(statusOf()).toMatchObject({ status: 'deleted', conversationId: null, question: expect.any(String) });
  });
});
