// Chooses what an answer is given: the best of the student's cards that pass the relevance threshold,
// then (with the setting on) the best earlier answers of other chats, whole blocks only, until the
// token budget (measured with the model's own tokenizer) is spent. Cards come first: they are vetted.
import { ANSWER_RELEVANCE_THRESHOLD, isRelevant, type AnswerRetriever, type CardRetriever } from '../retrieval';
import { answerBlock, cardBlock, groundedPrompt } from './grounded-prompt';
import type { GroundedAnswer, GroundedCard, GroundedQuestion, GroundOptions } from './types';

export interface PastAnswersSource {
  retriever: AnswerRetriever;
  /** Read on every question: the student's setting. */
  enabled(): boolean;
  /** At most this many earlier answers. Default 2. */
  maxAnswers?: number;
}

export interface CardGroundingDeps {
  retriever: CardRetriever;
  /** Tokens of `text` in the vocabulary of the model that answers (`engine`: a server id; null: this computer). */
  countTokens(text: string, engine?: string | null): Promise<number>;
  /** Whether the decks hold any live card (without cards, and without past answers, nothing is grounded). */
  hasCards(): boolean;
  /** Earlier answers as a second source; absent: cards only. */
  pastAnswers?: PastAnswersSource;
  /** Tokens the blocks may take together. Default 512 (a quarter of TinyLlama's 2,048 context). */
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

  /** The prompt to send and what is in it; null when there is nothing to ground with at all. */
  async ground(
    question: string,
    options: GroundOptions & { deckId?: number | null } = {},
  ): Promise<GroundedQuestion | null> {
    const hasCards = this.deps.hasCards();
    const pastAnswers = this.deps.pastAnswers?.enabled() ? this.deps.pastAnswers : null;
    if (!hasCards && pastAnswers === null) return null;
    const budget = { spent: 0 };
    const cards = hasCards ? await this.chooseCards(question, options, budget) : [];
    const answers =
      pastAnswers === null ? [] : await this.chooseAnswers(question, pastAnswers, cards.length, options, budget);
    return {
      prompt: groundedPrompt(question, cards, answers),
      grounding: cards.length + answers.length > 0 ? 'grounded' : 'ungrounded',
      cards,
      answers,
      cardTokens: budget.spent,
    };
  }

  private async chooseCards(
    question: string,
    options: GroundOptions & { deckId?: number | null },
    budget: { spent: number },
  ): Promise<GroundedCard[]> {
    const candidates = this.deps.retriever
      .search(question, { deckId: options.deckId, limit: CANDIDATES })
      .filter((card) => isRelevant(card));
    const chosen: GroundedCard[] = [];
    for (const card of candidates) {
      if (chosen.length === this.maxCards) break;
      options.signal?.throwIfAborted();
      const number = chosen.length + 1;
      const tokens = await this.deps.countTokens(
        cardBlock({ number, front: card.front, back: card.back }),
        options.engine,
      );
      // A card that does not fit whole is left out; a shorter one further down may still fit.
      if (budget.spent + tokens > this.budget) continue;
      budget.spent += tokens;
      chosen.push({
        kind: 'card',
        number,
        cardId: card.cardId,
        deckName: card.deckName,
        front: card.front,
        back: card.back,
        score: card.score,
        tokens,
      });
    }
    return chosen;
  }

  private async chooseAnswers(
    question: string,
    source: PastAnswersSource,
    cardsChosen: number,
    options: GroundOptions,
    budget: { spent: number },
  ): Promise<GroundedAnswer[]> {
    const maxAnswers = source.maxAnswers ?? 2;
    const candidates = source.retriever.search(question, {
      excludeConversationId: options.conversationId ?? null,
      limit: CANDIDATES,
      minScore: ANSWER_RELEVANCE_THRESHOLD,
    });
    const chosen: GroundedAnswer[] = [];
    for (const found of candidates) {
      if (chosen.length === maxAnswers) break;
      options.signal?.throwIfAborted();
      const number = cardsChosen + chosen.length + 1;
      const tokens = await this.deps.countTokens(
        answerBlock({ number, question: found.question, answer: found.answer }),
        options.engine,
      );
      if (budget.spent + tokens > this.budget) continue;
      budget.spent += tokens;
      chosen.push({
        kind: 'answer',
        number,
        messageId: found.messageId,
        conversationTitle: found.conversationTitle,
        question: found.question,
        answer: found.answer,
        score: found.score,
        tokens,
      });
    }
    return chosen;
  }
}
