// Which cards an answer is given: relevant ones only, best first, whole cards within the token budget,
// at most maxCards; none when the decks are empty; "ungrounded" when nothing is relevant. With past
// answers on: earlier answers of other chats after the cards, in what budget the cards left.
import { describe, expect, it } from 'vitest';
import { CardGrounding, cardBlock, groundedPrompt } from '../../../main/services/grounding';
import { answerBlock } from '../../../main/services/grounding/grounded-prompt';
import {
  ANSWER_RELEVANCE_THRESHOLD,
  RELEVANCE_THRESHOLD,
  type AnswerRetriever,
  type AnswerSearchOptions,
  type CardRetriever,
  type RetrievedAnswer,
  type RetrievedCard,
} from '../../../main/services/retrieval';

function card(cardId: number, score: number, front: string, back = 'answer'): RetrievedCard {
  return { cardId, deckId: 1, deckName: 'Renal', front, back, score, updatedAt: 0 };
}

function past(messageId: number, score: number, question: string, answer = 'an earlier answer'): RetrievedAnswer {
  return {
    messageId,
    conversationId: 100 + messageId,
    conversationTitle: `Chat ${messageId}`,
    question,
    answer,
    score,
    updatedAt: 0,
  };
}

interface PastOptions {
  found: RetrievedAnswer[];
  enabled: boolean;
  asked?: AnswerSearchOptions[];
}

function grounding(
  found: RetrievedCard[],
  options: { budget?: number; maxCards?: number; hasCards?: boolean; past?: PastOptions } = {},
) {
  const searched: string[] = [];
  const retriever: CardRetriever = {
    search: (query) => (searched.push(query), found),
  };
  // One token per word: easy to reason about in the test.
  const countTokens = async (text: string) => text.split(/\s+/).filter(Boolean).length;
  const service = new CardGrounding({
    retriever,
    countTokens,
    hasCards: () => options.hasCards ?? true,
    budgetTokens: options.budget,
    maxCards: options.maxCards,
    pastAnswers: options.past && {
      // Like the real retriever: minScore filters.
      retriever: {
        search: (_query, searchOptions = {}) => {
          options.past!.asked?.push(searchOptions);
          return options.past!.found.filter((a) => a.score >= (searchOptions.minScore ?? 0));
        },
      } satisfies AnswerRetriever,
      enabled: () => options.past!.enabled,
    },
  });
  return { service, searched, countTokens };
}

describe('CardGrounding', () => {
  it('gives nothing (null) when the decks hold no card, without searching', async () => {
    const { service, searched } = grounding([card(1, 0.9, 'x')], { hasCards: false });
    expect(await service.ground('What is hyperkalemia?')).toBeNull();
    expect(searched).toEqual([]);
  });

  it('is ungrounded, the question unchanged, when no card reaches the relevance threshold', async () => {
    const { service } = grounding([card(1, RELEVANCE_THRESHOLD - 0.01, 'Gout crystals?')]);
    expect(await service.ground('What causes gout?')).toEqual({
      prompt: 'What causes gout?',
      grounding: 'ungrounded',
      cards: [],
      answers: [],
      cardTokens: 0,
    });
  });

  it('puts the relevant cards, numbered best first, in front of the question', async () => {
    const found = [card(7, 0.95, 'Hyperkalemia ECG?', 'Peaked T waves'), card(3, 0.7, 'K+ normal range?', '3.5-5.0')];
    const { service, countTokens } = grounding(found);
    const grounded = await service.ground('ECG in hyperkalemia?');
    expect(grounded?.grounding).toBe('grounded');
    expect(grounded?.cards.map((c) => [c.number, c.cardId, c.front])).toEqual([
      [1, 7, 'Hyperkalemia ECG?'],
      [2, 3, 'K+ normal range?'],
    ]);
    const blocks = grounded!.cards.map((c) => cardBlock(c));
    expect(grounded?.prompt).toBe(groundedPrompt('ECG in hyperkalemia?', grounded!.cards));
    for (const block of blocks) expect(grounded?.prompt).toContain(block);
    expect(grounded?.prompt.endsWith('answer my question: ECG in hyperkalemia?')).toBe(true);
    const tokens = await Promise.all(blocks.map(countTokens));
    expect(grounded?.cardTokens).toBe(tokens[0]! + tokens[1]!);
  });

  it('never cuts a card: one that does not fit whole is left out, a shorter one after it still fits', async () => {
    const long = 'word '.repeat(40).trim();
    const found = [card(1, 0.9, 'short one?'), card(2, 0.85, long), card(3, 0.8, 'another short?')];
    const { service } = grounding(found, { budget: 20 });
    const grounded = await service.ground('q');
    expect(grounded?.cards.map((c) => c.cardId)).toEqual([1, 3]);
    expect(grounded?.cards.map((c) => c.number)).toEqual([1, 2]);
    expect(grounded?.cardTokens).toBeLessThanOrEqual(20);
    expect(grounded?.prompt).not.toContain('word word');
  });

  it('gives at most maxCards cards', async () => {
    const found = [1, 2, 3, 4].map((id) => card(id, 0.9, `card ${id}?`));
    const { service } = grounding(found, { maxCards: 2 });
    expect((await service.ground('q'))?.cards.map((c) => c.cardId)).toEqual([1, 2]);
  });

  it('keeps each card on its own lines whatever line breaks the card holds', () => {
    expect(cardBlock({ number: 2, front: 'Line one\n\nline two', back: 'A\nB' })).toBe(
      '[2] Question: Line one line two\nAnswer: A B\n',
    );
  });

  describe('with past answers', () => {
    it('puts earlier answers after the cards, numbered on, and asks without the current chat', async () => {
      const asked: AnswerSearchOptions[] = [];
      const { service } = grounding([card(7, 0.95, 'Hyperkalemia ECG?', 'Peaked T waves')], {
        past: { enabled: true, asked, found: [past(41, 0.8, 'High potassium and the heart?', 'Arrhythmias.')] },
      });
      const grounded = await service.ground('ECG in hyperkalemia?', { conversationId: 5 });
      expect(asked).toEqual([{ excludeConversationId: 5, limit: 10, minScore: ANSWER_RELEVANCE_THRESHOLD }]);
      expect(grounded?.grounding).toBe('grounded');
      expect(grounded?.cards.map((c) => [c.kind, c.number, c.cardId])).toEqual([['card', 1, 7]]);
      expect(grounded?.answers.map((a) => [a.kind, a.number, a.messageId, a.conversationTitle])).toEqual([
        ['answer', 2, 41, 'Chat 41'],
      ]);
      const prompt = grounded!.prompt;
      const cardAt = prompt.indexOf(cardBlock(grounded!.cards[0]!));
      const answerAt = prompt.indexOf(answerBlock(grounded!.answers[0]!));
      expect(cardAt).toBeGreaterThan(-1);
      expect(answerAt).toBeGreaterThan(cardAt);
      expect(prompt).toContain('they may be wrong');
      expect(prompt).toBe(groundedPrompt('ECG in hyperkalemia?', grounded!.cards, grounded!.answers));
    });

    it('grounds in earlier answers alone when the decks are empty, and gives nothing with the setting off', async () => {
      const found = [past(1, 0.9, 'Gout cause?', 'Urate crystals.')];
      const on = grounding([], { hasCards: false, past: { enabled: true, found } });
      const grounded = await on.service.ground('What causes gout?');
      expect(grounded?.cards).toEqual([]);
      expect(grounded?.answers.map((a) => a.messageId)).toEqual([1]);
      expect(grounded?.prompt.startsWith('Earlier answers from my other chats that may help')).toBe(true);
      const off = grounding([], { hasCards: false, past: { enabled: false, found } });
      expect(await off.service.ground('What causes gout?')).toBeNull();
    });

    it('uses at most two, only relevant ones, whole, in what the cards left of the budget', async () => {
      const long = 'word '.repeat(30).trim();
      const found = [
        past(1, 0.9, 'one?', long),
        past(2, 0.8, 'two?'),
        past(3, 0.7, 'three?'),
        past(4, 0.6, 'four?'),
        past(5, ANSWER_RELEVANCE_THRESHOLD - 0.01, 'weak?'),
      ];
      const { service, countTokens } = grounding([card(9, 0.9, 'a card?')], {
        budget: 30,
        past: { enabled: true, found },
      });
      const grounded = await service.ground('q');
      // The long answer does not fit after the card; the next two do.
      expect(grounded?.answers.map((a) => a.messageId)).toEqual([2, 3]);
      const blocks = [cardBlock(grounded!.cards[0]!), ...grounded!.answers.map(answerBlock)];
      const spent = (await Promise.all(blocks.map(countTokens))).reduce((a, b) => a + b, 0);
      expect(grounded?.cardTokens).toBe(spent);
      expect(spent).toBeLessThanOrEqual(30);
    });

    it('is ungrounded when neither a card nor an earlier answer is relevant', async () => {
      const { service } = grounding([card(1, RELEVANCE_THRESHOLD - 0.01, 'x?')], {
        past: { enabled: true, found: [past(2, ANSWER_RELEVANCE_THRESHOLD - 0.01, 'y?')] },
      });
      expect(await service.ground('z?')).toMatchObject({
        grounding: 'ungrounded',
        cards: [],
        answers: [],
        prompt: 'z?',
      });
    });
  });

  it('keeps an earlier answer on its own lines, marked as earlier', () => {
    expect(answerBlock({ number: 3, question: 'Q\none', answer: 'A\n\nB' })).toBe(
      '[3] Earlier question: Q one\nEarlier answer: A B\n',
    );
  });
});
