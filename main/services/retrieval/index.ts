// Retrieval over the student's decks and past answers: the interfaces chat uses and today's FTS5 implementations.
export { FtsAnswerRetriever } from './fts-answer-retriever';
export { FtsCardRetriever } from './fts-card-retriever';
export { ANSWER_RELEVANCE_THRESHOLD, isRelevant, RELEVANCE_THRESHOLD } from './types';
export type {
  AnswerRetriever,
  AnswerSearchOptions,
  CardRetriever,
  CardSearchOptions,
  RetrievedAnswer,
  RetrievedCard,
} from './types';
