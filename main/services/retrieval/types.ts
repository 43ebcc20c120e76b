// The retrieval contract chat (and anything else) uses to find the student's own cards for a question.
// Any index (FTS5 today, embeddings later) implements CardRetriever; callers never see SQL.

/** One card found for a query, as plain text (HTML cards as their text, cloze markup removed). */
export interface RetrievedCard {
  cardId: number;
  deckId: number;
  deckName: string;
  front: string;
  back: string;
  /**
   * Relevance in [0, 1], higher is better: the share of the query's concepts (weighted by how rare
   * they are in the decks) that the card contains, a hit on the front counting more than one on the
   * back, and one on the back more than one in the tags. Comparable across queries, so one threshold
   * (RELEVANCE_THRESHOLD) decides "relevant" for every question.
   */
  score: number;
  /** Epoch ms of the card's last edit: a citation can tell that a card changed after it was used. */
  updatedAt: number;
}

export interface CardSearchOptions {
  /** Only cards of this deck; null or undefined: every live deck. */
  deckId?: number | null;
  /** At most this many cards (default 10, at most 100). */
  limit?: number;
  /** Leave out cards scoring below this (default 0: every match, ranked). */
  minScore?: number;
}

export interface CardRetriever {
  /** The cards best matching `query`, best first. Never throws on what the user typed. */
  search(query: string, options?: CardSearchOptions): RetrievedCard[];
}

/**
 * Below this score a card is not treated as answering the question: chat says "not in your cards"
 * when no card reaches it. Chosen on the development half of the labeled retrieval set
 * (npm run eval:retrieval), where it balances recall against no-answer precision.
 */
export const RELEVANCE_THRESHOLD = 0.45;

/** Whether a retrieved card is relevant enough to ground an answer. */
export function isRelevant(card: Pick<RetrievedCard, 'score'>, threshold = RELEVANCE_THRESHOLD): boolean {
  return card.score >= threshold;
}

/** One earlier answer found for a query: the question it answered and the answer, as stored. */
export interface RetrievedAnswer {
  /** The answer's message id. */
  messageId: number;
  conversationId: number;
  conversationTitle: string;
  question: string;
  answer: string;
  /** Relevance in [0, 1], as a card's: the question weighing as a front, the answer as a back. */
  score: number;
  /** Epoch ms of the answer's last change. */
  updatedAt: number;
}

export interface AnswerSearchOptions {
  /** Leave out this conversation's answers (the chat already has them in front of it). */
  excludeConversationId?: number | null;
  /** At most this many answers (default 10, at most 100). */
  limit?: number;
  /** Leave out answers scoring below this (default 0). */
  minScore?: number;
}

/** Earlier complete answers of other, live conversations: a second, less trusted source than cards. */
export interface AnswerRetriever {
  search(query: string, options?: AnswerSearchOptions): RetrievedAnswer[];
}

/**
 * Below this score an earlier answer is not used. Stricter than a card's: an answer is the model's own
 * text (it may be wrong), and its length makes a chance match likelier. Chosen on the dev half of the
 * labeled retrieval set run over answers (npm run eval:retrieval -- --source answers).
 */
export const ANSWER_RELEVANCE_THRESHOLD = 0.5;
