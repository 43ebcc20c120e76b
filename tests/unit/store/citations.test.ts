// An answer's citations: stored with it as the cards were, read back in order with each card's fate
// since (edited → changed; deleted or purged → deleted; moved or reviewed → still current), and gone
// with the answer.
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

beforeEach(() => {
  const clock = fakeClock();
  const db = track(openDatabase(':memory:', { now: clock.now }));
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
    return { number: i + 1, cardId, deckName: 'Renal', front: card.front, back: card.back, score: 0.9 - i / 10 };
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
      { number: 1, cardId: a.id, deckName: 'Renal', front: a.front, back: a.back, status: 'current' },
      { number: 2, cardId: b.id, deckName: 'Renal', front: b.front, back: b.back, status: 'current' },
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
    expect(citations.map((c) => [c.front, c.status])).toEqual([
      ['A?', 'changed'],
      ['B?', 'current'],
      ['C?', 'deleted'],
      ['D?', 'deleted'],
    ]);
    // The copy is what the answer was given, not the card as it is now.
    expect(citations[0]?.back).toBe('x');
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
