// Which cards an answer is given: relevant ones only, best first, whole cards within the token budget,
// at most maxCards; none when the decks are empty; "ungrounded" when nothing is relevant.
import { describe, expect, it } from 'vitest';
import { CardGrounding, cardBlock, groundedPrompt } from '../../../main/services/grounding';
import { RELEVANCE_THRESHOLD, type CardRetriever, type RetrievedCard } from '../../../main/services/retrieval';

function card(cardId: number, score: number, front: string, back = 'answer'): RetrievedCard {
  return { cardId, deckId: 1, deckName: 'Renal', front, back, score, updatedAt: 0 };
}

function grounding(found: RetrievedCard[], options: { budget?: number; maxCards?: number; hasCards?: boolean } = {}) {
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
});
