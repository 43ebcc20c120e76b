// Chooses which of the student's cards an answer is given: the best ones that pass the relevance
// threshold, whole cards only, until the token budget (measured with the model's own tokenizer) is spent.
import { isRelevant, type CardRetriever } from '../retrieval';
import { cardBlock, groundedPrompt } from './grounded-prompt';
import type { GroundedQuestion } from './types';

export interface CardGroundingDeps {
  retriever: CardRetriever;
  /** Tokens of `text` in the loaded model's vocabulary. */
  countTokens(text: string): Promise<number>;
  /** Whether the decks hold any live card (without cards nothing is grounded, nor marked ungrounded). */
  hasCards(): boolean;
  /** Tokens the card blocks may take together. Default 512 (a quarter of TinyLlama's 2,048 context). */
  budgetTokens?: number;
  /** At most this many cards. Default 5. */
  maxCards?: number;
}

const CANDIDATES = 10;

export class CardGrounding {
  private readonly budget: number;
  private readonly maxCards: number;

  constructor(private readonly deps: CardGroundingDeps) {
    this.budget = deps.budgetTokens ?? 512;
    this.maxCards = deps.maxCards ?? 5;
  }

  /** The prompt to send and the cards in it; null when the decks hold no card at all. */
  async ground(
    question: string,
    options: { deckId?: number | null; signal?: AbortSignal } = {},
  ): Promise<GroundedQuestion | null> {
    if (!this.deps.hasCards()) return null;
    const candidates = this.deps.retriever
      .search(question, { deckId: options.deckId, limit: CANDIDATES })
      .filter((card) => isRelevant(card));
    const chosen: GroundedQuestion['cards'] = [];
    let spent = 0;
    for (const card of candidates) {
      if (chosen.length === this.maxCards) break;
      options.signal?.throwIfAborted();
      const number = chosen.length + 1;
      const tokens = await this.deps.countTokens(cardBlock({ number, front: card.front, back: card.back }));
      // A card that does not fit whole is left out; a shorter one further down may still fit.
      if (spent + tokens > this.budget) continue;
      spent += tokens;
      chosen.push({
        number,
        cardId: card.cardId,
        deckName: card.deckName,
        front: card.front,
        back: card.back,
        score: card.score,
        tokens,
      });
    }
    return {
      prompt: groundedPrompt(question, chosen),
      grounding: chosen.length > 0 ? 'grounded' : 'ungrounded',
      cards: chosen,
      cardTokens: spent,
    };
  }
}
